b = b"Hello World 123"
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t\x0b".isspace(), b"".isalpha())
print(b"abc".islower(), b"ABC1".isupper(), b"Hello World".istitle(), b"\xff".isascii(), b"".isascii())
print(b.rfind(b"o"), b.rfind(b"z"), b.rindex(b"l"), b.rfind(b"o", 0, 5), b.rfind(111))
try:
    b.rindex(b"zz")
except ValueError as e:
    print(e)
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"-"), b"-42".zfill(6), b"7".zfill(3), b"abc".center(6))
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"a b  c".rsplit(), b"a,b,c".rsplit(b",", 1), b"  x y ".rsplit(None, 1))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines())
print(b"hello wORLD".title(), b"hELLO".capitalize(), b"Hello".swapcase(), b"a\tb\tc".expandtabs(4))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), len(t))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"\x01\x02\x03\x04".hex(), b"\x01\x02\x03\x04".hex(":"), b"\x01\x02\x03\x04\x05".hex(" ", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(b"%d-%s|%5b|%-4s|%x|%c%c|%r|%a|%%|%.2f" % (5, b"x", b"ab", b"z", 255, 65, b"B", b"q", "é", 3.14159))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(bytearray(b"abc").rjust(5), bytearray(b"a b").rsplit(), bytearray(b"%s!") % (b"hi",))
try:
    b"%s" % ("text",)
except TypeError as e:
    print(e)
try:
    b"ab".ljust(5, b"xy")
except TypeError as e:
    print(e)
print(b" x y  ".split(None,1), b"  x y ".rsplit(None, 1), " x y  ".split(None,1))
