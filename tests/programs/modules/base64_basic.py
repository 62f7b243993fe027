# base64: the RFC 4648 codecs, base85/ascii85 and the MIME helpers.
import base64
import binascii
import io


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar",
           bytes(range(256))[::17], b"\xfb\xff\xfe>?"]
for s in samples:
    print(base64.b64encode(s), base64.standard_b64encode(s),
          base64.urlsafe_b64encode(s), base64.b64encode(s, altchars=b"-_"))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    print(base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    print(base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s))
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s

print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"))
print(base64.b64decode(b"Zm9vYmFy", validate=True), base64.b64decode("Zm9-YmF_", altchars="-_"))
print(base64.urlsafe_b64decode("-_-_"), base64.standard_b64decode(bytearray(b"YWJj")))
show("validate", base64.b64decode, b"Zm9v\nYmFy", validate=True)
show("padding", base64.b64decode, b"Zm9vYmF")
show("nonascii", base64.b64decode, "Zm9v\u00ff")
show("type", base64.b64decode, 3)
show("enc-str", base64.b64encode, "abc")
show("altchars", base64.b64encode, b"abc", b"-")

print(base64.b32decode("mzxw6ytboi======", casefold=True))
print(base64.b32decode("MZXW6YTB0I======"[:8] + "========"[:0] + "MZXW6YQ=", map01="L"))
print(base64.b32decode(b"ME======"), base64.b32hexdecode("CO======"))
for bad in ["MZXW6YT", "MZXW6YT!", "M=======", "MZ=XW6YQ", "MZXW6===", "========"]:
    show("b32 " + bad, base64.b32decode, bad)
show("b32 str", base64.b32encode, "abc")

print(base64.b16decode("48656C6C6F"), base64.b16decode("48656c6c6f", casefold=True))
show("b16 lower", base64.b16decode, "48656c6c6f")
show("b16 odd", base64.b16decode, "486")
show("b16 type", base64.b16encode, 5)

print(base64.a85encode(b"    spaces    ", foldspaces=True))
print(base64.a85encode(b"\0\0\0\0zeros\0\0\0\0"))
print(base64.a85encode(b"Hello, World! " * 3, wrapcol=20, adobe=True))
print(base64.a85encode(b"Hello", adobe=True), base64.a85encode(b"xy", pad=True))
print(base64.a85decode(b"<~87cURDZ~>", adobe=True), base64.a85decode(b"87cUR DZ\n"))
print(base64.a85decode(b"y+<VdLz", foldspaces=True))
show("a85 bad", base64.a85decode, b"87cUR{DZ")
show("a85 z", base64.a85decode, b"87z")
show("a85 y", base64.a85decode, b"87y", foldspaces=True)
show("a85 adobe", base64.a85decode, b"87cURDZ", adobe=True)
show("a85 overflow", base64.a85decode, b"uuuuu")
print(base64.b85decode(b"VPa!sWoBn+X="), base64.b85decode("cXxL#aCvlSZ*DGca%T"))
show("b85 bad", base64.b85decode, b"VPa!\"")
show("b85 overflow", base64.b85decode, b"~~~~~")

big = bytes(range(256)) * 2
enc = base64.encodebytes(big)
print(enc.count(b"\n"), max(len(line) for line in enc.split(b"\n")))
print(base64.decodebytes(enc) == big, base64.encodebytes(b""), base64.encodebytes(b"hi"))
show("encodebytes str", base64.encodebytes, "x")
src = io.BytesIO(big)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == enc)
back = io.BytesIO()
base64.decode(io.BytesIO(enc), back)
print(back.getvalue() == big)
print(base64.__all__)
print(binascii.Error is type(getattr(base64, "binascii").Error("x")))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
