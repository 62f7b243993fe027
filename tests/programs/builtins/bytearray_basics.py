# bytearray: construction, the sequence protocol, mutation, the bytes
# methods with bytearray results, operators and comparisons with bytes.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, bool(ba), bool(bytearray()))
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("héllo", "utf-8"), bytearray(range(3)), bytearray(b"x"))
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.extend([46, 46])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba, ba.count(b"l"), ba.find(b"wor"), ba.index(b"d"), b"ell" in ba, 108 in ba, 7 in ba)
ba[1:3] = b"EY"
print(ba)
ba[0:0] = bytearray(b">>")
del ba[-1]
del ba[::3]
print(ba)
ba[::2] = b"xxxxxxx"[: len(ba[::2])]
print(ba, list(ba)[:4])
c = ba.copy()
c.reverse()
print(c, c is ba, c == ba, ba.upper(), type(ba.upper()).__name__, ba.decode(), ba.hex())
print(bytearray(b" pad ").strip(), bytearray(b"a,b,c").split(b","), bytearray(b"-").join([b"a", bytearray(b"b")]))
print(bytearray(b"abc").replace(b"b", b"BB"), bytearray(b"abc").startswith(b"ab"), bytearray.fromhex("de ad"), bytearray(b"ab") * 2, 3 * bytearray(b"z"))
x = bytearray(b"ab")
x += b"cd"
x *= 2
print(x, b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"a"))
print(bytes(bytearray(b"frozen")), list(bytearray(b"\x00\xff")), [c for c in bytearray(b"hi")])
c.clear()
print(c, len(c))
for bad in [lambda: hash(bytearray()), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").pop(5),
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9), lambda: bytearray("x"),
            lambda: bytearray(-1), lambda: bytearray([1, "a"]), lambda: bytearray(b"ab").__setitem__(0, 300),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"a")[5],
            lambda: bytearray(b"a") + "s", lambda: bytearray(b"a").extend("s")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
