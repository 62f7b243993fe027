"""urllib.parse: splitting, joining and quoting URLs (RFC 3986), for str
URLs, with CPython's results (named tuples with `hostname`, `port`,
`username`, `password` and `geturl()`)."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit",
           "urlunsplit", "urlencode", "parse_qs", "parse_qsl", "quote",
           "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git',
               'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')
_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE = '\t\r\n'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')


class _NetlocMixin:
    __slots__ = ()

    def _userinfo(self):
        user, at, _ = self.netloc.rpartition('@')
        if not at:
            return None, None
        name, colon, password = user.partition(':')
        return name, (password if colon else None)

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        if hostinfo.startswith('['):
            host, _, rest = hostinfo[1:].partition(']')
            _, colon, port = rest.partition(':')
        else:
            host, colon, port = hostinfo.partition(':')
        return host, (port if colon else None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        zone = '%' in host
        host, pct, rest = host.partition('%')
        return host.lower() + pct + rest if zone else host.lower()

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        port = port.strip()
        if not port:
            return None
        if port.isdigit() and port.isascii():
            value = int(port)
        else:
            raise ValueError("Port could not be cast to integer value as %r" % port)
        if not 0 <= value <= 65535:
            raise ValueError("Port out of range 0-65535")
        return value


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


def _check_str(*parts):
    for p in parts:
        if not isinstance(p, str):
            raise TypeError("ouro's urllib.parse takes str URLs, not %s"
                            % type(p).__name__)


def urlsplit(url, scheme='', allow_fragments=True):
    """`scheme://netloc/path?query#fragment` as a SplitResult."""
    _check_str(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _UNSAFE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """`urlsplit`, with `;params` of the last path segment split off."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        start = url.rfind('/') if '/' in url else 0
        semi = url.find(';', start)
        if semi >= 0:
            url, params = url[:semi], url[semi + 1:]
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = url + ';' + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """`url` resolved against `base` (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        base_dirs = bpath.split('/')
        if base_dirs[-1] != '':
            base_dirs.pop()
        segments = base_dirs + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment))


def urldefrag(url):
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    return DefragResult(url, '')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode what is not a letter, digit, `_.-~` or in `safe`."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """`quote`, with spaces as `+`."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe = safe + ' '
    else:
        safe = safe + b' '
    return quote(string, safe, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = bytes(string).split(b'%')
    out = bytearray(pieces[0])
    hexdigits = b'0123456789ABCDEFabcdef'
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in hexdigits and piece[1] in hexdigits:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace `%XX` escapes (runs of them decoded together)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    parts = string.split('%')
    out = [parts[0]]
    run = bytearray()
    hexdigits = '0123456789ABCDEFabcdef'
    for part in parts[1:]:
        if len(part) >= 2 and part[0] in hexdigits and part[1] in hexdigits:
            run.append(int(part[:2], 16))
            rest = part[2:]
            if rest:
                out.append(run.decode(encoding, errors))
                run = bytearray()
                out.append(rest)
        else:
            if run:
                out.append(run.decode(encoding, errors))
                run = bytearray()
            out.append('%' + part)
    if run:
        out.append(run.decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """`a=1&b=2` as `[('a', '1'), ('b', '2')]`."""
    if not qs:
        return []
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    out = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            out.append((unquote(name.replace('+', ' '), encoding, errors),
                        unquote(value.replace('+', ' '), encoding, errors)))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """`a=1&a=2` as `{'a': ['1', '2']}`."""
    out = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding, errors, max_num_fields, separator):
        out.setdefault(name, []).append(value)
    return out


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A mapping or sequence of pairs as `k=v&...`, each quoted."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x) if not isinstance(x, str) else x, safe, encoding, errors)

    out = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + q(v))
            continue
        for item in v:
            out.append(k + '=' + q(item))
    return '&'.join(out)
