# bytes: equality, ordering and hashing by content, concatenation and
# repetition, indexing to ints, slicing, iteration, membership of bytes and
# of ints, truth, decode and hex.
b = b"hello"
print(b == b"hello", b != b"help", b < b"help", b"" < b"a", sorted([b"b", b"a", b"ab"]))
print(hash(b) == hash(b"hel" + b"lo"), hash(b"abc") == hash("abc"), {b: 1}[b"hello"], len({b"x", b"x"}))
print(b + b"!", b * 2, 3 * b"ab", b * 0, b * -1)
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), [x for x in b"AB"])
print(b"ell" in b, b"" in b, 104 in b, 255 in b, bool(b""), bool(b"\x00"))
print(type(iter(b)).__name__, next(iter(b"z")), max(b), sum(b))
for bad in (lambda: b[5], lambda: 256 in b, lambda: "h" in b, lambda: b + "x", lambda: b[1.5]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9t\xe9".decode("latin-1"), "é".encode())
print(b"\xff\xfeok".decode("utf-8", "replace"), b"\xff\xfeok".decode(errors="ignore"), b"\x80a".decode("ascii", "replace"))
for data, enc in ((b"\xff", "utf-8"), (b"ok\xc3(", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"a\x80", "ascii")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"x".decode("klingon")
except LookupError as e:
    print("LookupError:", e)
print(b"\x00\x10\xff".hex(), b"".hex(), bytes([1, 2, 3]) == b"\x01\x02\x03", bytes(2))
