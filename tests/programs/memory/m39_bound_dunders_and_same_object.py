# What a learner sees through `is` and `sys.getrefcount` where CPython 3.11
# answers with the same object or calls a dunder bound.
import gc
import operator
import os
import sys


# --- methods that return the receiver itself (exact types only) ---------
s = "nospace"
b = b"nospace"
i = 10**20
f = 2.5
c = 1 + 2j
print("str split", s.split()[0] is s, s.split("z")[0] is s, s.rsplit()[0] is s,
      s.rsplit("q")[0] is s, s.splitlines()[0] is s)
print("str split limits", s.split(maxsplit=0)[0] is s, s.split("x", 0)[0] is s,
      "ab\n".splitlines(True)[0] == "ab\n", "  ab".split()[0] == "ab")
print("bytes", b.replace(b"z", b"y") is b, b"".join([b]) is b, b"-".join([b]) is b,
      b.split()[0] is b, b.rsplit()[0] is b, b.splitlines()[0] is b)
print("bytes replace", b.replace(b"n", b"n") is b, b.replace(b"", b"") is b,
      b.replace(b"n", b"m", 0) is b, b.split(maxsplit=0)[0] is b)
print("int", i.__index__() is i, i.__int__() is i, i.__trunc__() is i,
      i.__floor__() is i, i.__ceil__() is i, i.__pos__() is i, i.conjugate() is i)
print("round", round(i) is i, round(i, 2) is i, round(i, -2) is i, i.__round__() is i)
print("float/complex", f.__pos__() is f, f.conjugate() is f, c.__pos__() is c)


class I(int):
    pass


class S(str):
    pass


class B(bytes):
    pass


x = I(5)
print("subclasses get new exact objects:", type(x.conjugate()).__name__,
      type(x.__pos__()).__name__, type(x.__index__()).__name__,
      type(x.__int__()).__name__, type(round(x)).__name__,
      type(True.conjugate()).__name__)
print(type(S("ab").strip()).__name__, type(S("ab").split()[0]).__name__,
      type(B(b"ab").split()[0]).__name__, type(B(b"ab").replace(b"z", b"")).__name__,
      type(b"".join([B(b"x")])).__name__)
ba = bytearray(b"ab")
print("bytearray never:", bytearray(b"-").join([ba]) is ba, ba.split()[0] is ba,
      ba.replace(b"z", b"") is ba)


# --- dunders CPython calls bound (the method holds self) ----------------
class D(dict):
    def __missing__(self, k):
        print("__missing__", sys.getrefcount(self))
        return 0


class T:
    def __sizeof__(self):
        print("__sizeof__", sys.getrefcount(self))
        return 0

    def __length_hint__(self):
        print("__length_hint__", sys.getrefcount(self))
        return 0

    def __fspath__(self):
        print("__fspath__", sys.getrefcount(self))
        return "p"


d = D()
d[0]
t = T()
sys.getsizeof(t)
operator.length_hint(t)
os.fspath(t)


class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", sys.getrefcount(self), sys.getrefcount(owner.__dict__["k"]))


class Base:
    def __init_subclass__(cls):
        print("__init_subclass__", sys.getrefcount(cls), sys.getrefcount(cls.__dict__["k"]))


class Attr:
    pass


class Sub(Base):
    x = Named()
    k = Attr()


print("after the class statement", sys.getrefcount(Sub.__dict__["k"]))


# A hook sees the filled __class__ cell.
class Base2:
    def __init_subclass__(cls):
        cls.hello()


class Sub2(Base2):
    @classmethod
    def hello(cls):
        print("hello from", super().__thisclass__.__name__)


# --- gc.get_objects takes its argument by keyword -----------------------
print(type(gc.get_objects(generation=None)).__name__, type(gc.get_objects(generation=2)).__name__)
try:
    gc.get_objects(0, generation=1)
except TypeError as e:
    print(e)
