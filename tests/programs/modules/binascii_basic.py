# binascii: hex, base64, uu, quoted-printable, CRCs and errors.
import binascii


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


data = bytes(range(0, 256, 7))
print(binascii.hexlify(data))
print(binascii.b2a_hex(b"\x00\xff\x10"))
print(binascii.hexlify(b"abcdef", "-"))
print(binascii.hexlify(b"abcdef", b":", 2))
print(binascii.hexlify(b"abcdefg", "_", 3))
print(binascii.hexlify(b"abcdefg", "_", -3))
print(binascii.hexlify(b"abcdefg", " ", 0))
print(binascii.hexlify(bytearray(b"xyz")), binascii.hexlify(memoryview(b"mv")))
print(binascii.unhexlify(b"48656c6c6f"), binascii.a2b_hex("DEADbeef"))
print(binascii.unhexlify(bytearray(b"00ff")))
show("odd", binascii.unhexlify, b"abc")
show("nonhex", binascii.unhexlify, "zz")
show("nonascii", binascii.a2b_hex, "\u00e9\u00e9")
show("str-in", binascii.hexlify, "abc")
show("sep2", binascii.hexlify, b"ab", "--")
show("sepint", binascii.hexlify, b"ab", 5)
show("sepbytearray", binascii.hexlify, b"ab", bytearray(b"-"))
show("seplatin1", binascii.hexlify, b"ab", "\u00e9")
show("sepwide", binascii.hexlify, b"ab", "\u0100")
show("int-in", binascii.unhexlify, 5)

# base64
for n in range(8):
    chunk = b"Ouro!"[:n] + bytes(range(250, 250 + max(0, n - 5)))
    enc = binascii.b2a_base64(chunk)
    print(n, enc, binascii.b2a_base64(chunk, newline=False),
          binascii.a2b_base64(enc) == chunk)
print(binascii.a2b_base64("T3Vybw=="), binascii.a2b_base64(b"T3V\nyby\x00E="))
print(binascii.a2b_base64(b"T3Vybw==trailing"), binascii.a2b_base64(b"T3Vy=b=w="))
show("mid-pad", binascii.a2b_base64, b"T3Vy=b=w")
for bad in [b"T3Vyb", b"T3Vybw=", b"T", b"=T3Vybw==", b"T3Vybw==x", b"T3V!ybw==",
            b"T3Vy=bw==", b"T3Vybw===", b"==", b"", b"Az+A=/A=", b"QUJD\nQUJD"]:
    show("a2b", binascii.a2b_base64, bad)
    show("strict", binascii.a2b_base64, bad, strict_mode=True)

# uu
for n in (0, 1, 2, 3, 10, 45):
    line = binascii.b2a_uu(bytes(range(n)))
    print(n, line, binascii.b2a_uu(bytes(n), backtick=True))
    print(binascii.a2b_uu(line) == bytes(range(n)))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu("#86)C"))
show("uu-long", binascii.b2a_uu, bytes(46))
show("uu-illegal", binascii.a2b_uu, b"#8\x016)C\n")
show("uu-trailing", binascii.a2b_uu, b"!80  xx\n")

# quoted-printable
texts = [b"hello world", b"caf\xc3\xa9 = tea", b"tab\tend \nnext line\t\n",
         b"a" * 80, b"=" * 30, b"line\r\nwith crlf \r\n", b"_under_score", b".\n",
         b"trailing space "]
for t in texts:
    enc = binascii.b2a_qp(t)
    print(enc, binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, header=True),
          binascii.b2a_qp(t, istext=False))
    print(binascii.a2b_qp(enc) == t)
print(binascii.a2b_qp(b"a=3Db=\nc=\r\nd==e=zz=4"), binascii.a2b_qp(b"a_b=5F", header=True))

# CRCs
for s in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", data]:
    print(binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc32(s, -1),
          binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
crc = 0
for part in (b"The quick ", b"brown fox ", b"jumps"):
    crc = binascii.crc32(part, crc)
print(crc == binascii.crc32(b"The quick brown fox jumps"))
show("crc-str", binascii.crc32, "abc")

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.unhexlify("0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
