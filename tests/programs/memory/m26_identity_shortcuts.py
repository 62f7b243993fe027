# Operations CPython answers with the same object, and the singletons it
# keeps: what `is` and id() show.
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, tuple(t) is t, t + () is t, () + t is t, t * 1 is t)
s = "hello world"
print(s + "" is s, "" + s is s, s[:] is s, str(s) is s, s * 1 is s, s.strip() is s,
      s.replace("z", "y") is s, format(s) is s, s.lower() is s)
i = 10 ** 20
print(int(i) is i, +i is i, i + 0 is i, abs(i) is i, i * 1 is i, int(True) == 1)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
f = 1.5e300
print(float(f) is f, +f is f, f * 1 is f)
empty = ""
print(() is tuple(), tuple() is tuple([]), empty is str(), str() is "abc"[5:],
      b"" is bytes(), bytes([65]) is b"A", "abc"[0] is "a"[0])
one = "1"
print("%d" % 1 is one, "%s" % "x" is "xyz"[0])
x = "a" * 3
aaa = "aaa"
print(x is aaa)
l = [1]
print(l[:] is l, list(l) is l)
b = b"xyz"
print(bytes(b) is b, b[:] is b, b + b"" is b)
import sys
print(sys.intern("hello world") is sys.intern("hello" + " world"))
print(int("5") is 5 + 0, (2 ** 8) is 256 + 0, (2 ** 8 + 1) is 257 + 0)


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


s2 = S("abc")
t2 = T((1, 2))
i2 = I(5)
print(type(s2 + ""), type(s2[:]), type(s2 * 1), type(t2[:]), type(t2 + ()), type(t2 * 1),
      type(+i2), type(abs(i2)), type(int(i2)))
print(s2 + "" is s2, s2[:] is s2, t2[:] is t2, +i2 is i2, int(i2) is i2)
print("x".join(["abc"]), type("x".join([s2])))
abc = "abc"
print(abc.partition("z")[0] is abc, abc.replace("z", "y") is abc,
      abc.removeprefix("z") is abc, "a\tb".expandtabs() is "a\tb")
print(b"".join([b"ab"]), bytes(b"xyz") is b"xyz")
