# int.to_bytes / int.from_bytes / bit_count, str.translate / str.maketrans,
# attributes of bound methods, and %-formatting of objects with __index__.

for v, n, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False),
                            (-1, 2, "big", True), (-129, 2, "little", True),
                            (0, 0, "big", False), (255, 1, "big", False),
                            (2**70, 9, "big", False)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), (65).to_bytes(1, byteorder="little"), int.from_bytes(b"\x00\x10"))
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes("ab", "big"),
            lambda: int.from_bytes([256], "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((0).bit_count(), (255).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count())

table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("aabbccdd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print("hello".translate(str.maketrans({"e": "3", "l": None})))
class Upper:
    def __getitem__(self, code):
        if chr(code).isalpha():
            return chr(code).upper()
        raise LookupError
print("mixed 123 text".translate(Upper()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1),
            lambda: str.maketrans({"ab": 1}), lambda: "x".translate({120: 1.5}),
            lambda: "x".translate({120: 0x110000})]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def f():
    pass
f.note = "attached"
class K:
    m = f
print(K().m.note, K().m.__name__)
try:
    K().m.missing
except AttributeError as e:
    print("AttributeError", e)

class Idx:
    def __index__(self):
        return 42
class Int:
    def __int__(self):
        return 7
print("%d %x %o %i" % (Idx(), Idx(), Idx(), Idx()), "%d" % Int())
try:
    "%x" % Int()
except TypeError as e:
    print("TypeError", e)
