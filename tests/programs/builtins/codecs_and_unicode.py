# Codecs (utf-16/32, cp1252, error handlers), Unicode errors' arguments,
# titlecase and casefold.
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "cp1252", "latin-1"]:
    data = "Aé€😀".encode(enc, "replace")
    print(enc, data, data.decode(enc, "replace"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "replace"))
print("ü€".encode("ascii", "xmlcharrefreplace"), "ü€".encode("latin-1", "backslashreplace"))
try:
    b"ab\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
try:
    "abc€déf".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
try:
    "€€x".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e, e.args)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print("ǆx".capitalize(), "they're bill's 1st ǉub".title(), "ǈ".istitle(), "Straße".casefold(), "ΣΑΣ".casefold())
print(str(b"caf\xc3\xa9", "utf-8") if False else "", bytes("Aé", "utf-16-le"))
