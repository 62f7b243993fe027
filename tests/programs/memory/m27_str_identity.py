# Which str operations answer with the very object they were given, and
# which one-character strings are one object (CPython 3.11).
import sys

# One-character strings: chr() and slicing give the Latin-1 singleton; a
# constant or name is the interned string, which for the characters CPython
# has a static identifier for ("a", "x", "_", ...) is another object.
a_lit, g_lit, comma = "a", "g", ","
print(chr(97) is a_lit, chr(103) is g_lit, "a,b".partition(",")[1] is comma)
xgy, xay = "xgy", "xay"
print(xay.split("x")[1][0] is a_lit, xgy[1] is g_lit, sys.intern(chr(97)) is a_lit)
print(chr(97) is xay[1], chr(97) == a_lit, hash(chr(97)) == hash(a_lit))
class C:
    pass
c = C()
c.a = 1
setattr(c, chr(120), 2)
print(list(vars(c))[0] is a_lit, getattr(c, chr(97)), c.x, {a_lit: 1}[chr(97)])
d = {chr(97): 1}
print(list(d)[0] is a_lit, d["a"], "a" in d)
print(sys.getrefcount(a_lit) > 10**8, sys.getrefcount(chr(97)) > 10**8)

# Operations that hand back their operand unchanged.
s = "hello world"[:7]
print("%s" % s is s, "%s" % (s,) is s, f"{s}" is s, "".join([s]) is s, s * 1 is s)
print(str(s) is s, "{}".format(s) is s, "{0}".format(s) is s, format(s) is s)
print(s + "" is s, "" + s is s, s[:] is s, s.strip() is s, s.replace("z", "y") is s)
print("%s%s" % (s, "") is s, "%r" % s is s, s.ljust(3) is s, s.zfill(2) is s, s.center(1) is s)
print(s.expandtabs() is s, s.lstrip() is s, s.rstrip() is s)


class S(str):
    pass


t = S("sub")
print("%s" % t is t, "{}".format(t) is t, type("%s" % t).__name__, type("{}".format(t)).__name__)
