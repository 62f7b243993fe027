# urllib.parse: split, parse, unsplit, join (RFC 3986's examples), quote
# and unquote, query strings, and the results' named fields.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          urlencode, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes)
import urllib.parse

for u in ["http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag",
          "https://[::1]:443/x", "file:///etc/passwd", "mailto:a@b.c",
          "//host/path", "/just/a/path?x", "relative/path#f", "HTTP://X.com",
          "http://host:/p", "  http://a.b/c\t\n", "path;params", "http://a/b;c/d;e"]:
    s = urlsplit(u)
    p = urlparse(u)
    print(s)
    print(p)
    print(s.hostname, s.port, s.username, s.password, p.geturl(), s.geturl())
    print(urlunsplit(s) == s.geturl(), urlunparse(p))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
            "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
            "../g", "../..", "../../", "../../g", "../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
            "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x",
            "http:g", "https://other/x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "a"), urljoin("http://a/b", ""), urljoin("mailto:x", "y"))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag("http://a/b#c").geturl())

for s in ["a b&c/d?e=f", "ünïcode", "~user_name-1.2", "", "100%"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote_plus(s, safe="/")))
print(quote(b"\x00\xff/"), quote_from_bytes(b"a b"), quote("a/b", safe="/:"))
for s in ["a%20b", "%E2%82%AC", "%zz%4", "a+b%2Bc", "%e2%82", "plain", "%41%42c%43"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))

print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}))
print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}, doseq=True))
print(urlencode([("k", "v/w"), ("k", b"by tes")], safe="/"))
print(urlencode({"q": "a b"}, quote_via=quote))
try:
    urlencode("abc")
except TypeError as e:
    print(e)
qs = "a=1&b=2&a=3&empty=&flag&c=x+y%21"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
for bad in [lambda: parse_qsl("a&b=1", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1),
            lambda: urlsplit("http://[::1/x"), lambda: urlsplit("http://h:99999").port,
            lambda: urlsplit("http://h:xx").port]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(urllib.parse.uses_netloc[:3], type(urlparse("x")).__name__, urlparse("http://a")._replace(path="/z").geturl())
