# The references the interpreter holds while it calls a class's special
# methods, as sys.getrefcount(self) inside them shows (CPython 3.11).
import sys


class C:
    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "C"

    def __str__(self):
        print("str", sys.getrefcount(self))
        return "c"

    def __eq__(self, o):
        print("eq", sys.getrefcount(self), sys.getrefcount(o))
        return False

    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return 1

    def __getattr__(self, n):
        print("getattr", sys.getrefcount(self))
        return 5

    def __len__(self):
        print("len", sys.getrefcount(self))
        return 0

    def __iter__(self):
        print("iter", sys.getrefcount(self))
        return iter([])

    def __bool__(self):
        print("bool", sys.getrefcount(self))
        return True

    def __format__(self, spec):
        print("format", sys.getrefcount(self))
        return "f"

    def __call__(self):
        print("call", sys.getrefcount(self))

    def __getitem__(self, k):
        print("getitem", sys.getrefcount(self), sys.getrefcount(k))
        return 1

    def __contains__(self, k):
        print("contains", sys.getrefcount(self))
        return True

    def __add__(self, o):
        print("add", sys.getrefcount(self), sys.getrefcount(o))
        return 1

    def __lt__(self, o):
        print("lt", sys.getrefcount(self))
        return True

    def __round__(self, n=None):
        print("round", sys.getrefcount(self))
        return 0

    def __complex__(self):
        print("complex", sys.getrefcount(self))
        return 1j

    def __bytes__(self):
        print("bytes", sys.getrefcount(self))
        return b""

    def __reversed__(self):
        print("reversed", sys.getrefcount(self))
        return iter([])

    def __int__(self):
        print("int", sys.getrefcount(self))
        return 1


c = C()
print("base", sys.getrefcount(c))
str(c)
repr(c)
"%r" % (c,)
"%s" % (c,)
"%s" % c
f"{c}"
f"{c!r}"
format(c, "x")
k = C()
k in [c]
c == k
hash(c)
{c: 1}
c.missing
getattr(c, "zz")
len(c)
list(c)
bool(c)
c()
c[k]
5 in c
c + k
c < k
if c:
    pass
print(c)
round(c)
complex(c)
bytes(c)
reversed(c)
int(c)
print((c,))
print({1: c})
d = {c: 1}
d[c]
s = {c}
c in s


class A:
    def __init__(self, x):
        print("init", sys.getrefcount(self), sys.getrefcount(x))

    def m(self, x):
        print("m", sys.getrefcount(self), sys.getrefcount(x))


o = object()
a = A(o)
a.m(o)
A.m(a, o)


def fn(x):
    print("f", sys.getrefcount(x))


fn(o)
fn(x=o)


class K(list):
    def __init__(self, x):
        print("K", sys.getrefcount(x))


K(o)
