import sys
for e in ["unicode_escape", "raw_unicode_escape", "utf-8-sig", "utf_8_sig"]:
    for s in ["héllo", "tab\there\n", "\\back'\"", "€😀\x00\x7f", "plain"]:
        b = s.encode(e)
        print(e, repr(s), b, b.decode(e) == s)
for raw in [b"a\\x41\\u20ac\\U0001F600\\n\\t\\101\\q\\\\z", b"\\\\u0041", b"\\u0041", b"x\\\\\\u0041"]:
    for e in ["unicode_escape", "raw_unicode_escape"]:
        print(e, raw, repr(raw.decode(e)))
for bad in [b"\\x4", b"\\u12", b"ab\\", b"\\U00110000"]:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(bad, err, repr(bad.decode("unicode_escape", err)))
        except UnicodeDecodeError as ex:
            print(bad, err, "UnicodeDecodeError", ex)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), "hi".encode("utf-8-sig"))
print("é".encode().decode("unicode_escape"), r"C:\new".encode().decode("unicode_escape") if False else "")
