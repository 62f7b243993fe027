"""Attribute stores through the inline cache: a new instance's first
attribute makes its dict; names added in another order, deleted and added
again, past the class's shared keys, on slotted classes, and after the class
changes. Release order follows the class's keys, as in CPython."""
import sys


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class P:
    def __init__(self, a, b, c, order=0):
        if order == 0:
            self.x = a
            self.y = b
            self.z = c
        else:
            self.z = c
            self.x = a
            self.y = b


def make(order, n):
    return P(D(f"x{n}"), D(f"y{n}"), D(f"z{n}"), order)


p = make(0, 1)
q = make(1, 2)
print(list(vars(p)), list(vars(q)))
print("drop p")
del p
print("drop q")
del q

# The same store site, on instances that already have the name elsewhere.
ps = [make(i % 2, 10 + i) for i in range(4)]
for i, o in enumerate(ps):
    o.x = D(f"new-x{i}")
print([list(vars(o)) for o in ps])
del o
del ps
print("list gone")


# Delete and store again: the name goes to the end of the dict.
class R:
    def __init__(self):
        self.a = 1
        self.b = 2


r = R()
del r.a
r.a = 3
print(vars(r))
for _ in range(3):
    r.c = 4
    r.b = 5
print(vars(r), r.a, r.b, r.c)


# More names than the shared keys hold.
class Many:
    pass


def fill(o, n):
    for i in range(n):
        setattr(o, f"n{i}", i)


m = Many()
fill(m, 40)
m.extra = D("extra")
print(len(vars(m)), m.n39, m.extra.tag)
del m


class Wide:
    def __init__(self, k):
        self.first = k
        self.second = k * 2
        self.third = D(f"third{k}")


ws = [Wide(k) for k in range(40)]
print(sum(w.second for w in ws), ws[-1].third.tag)
del ws[5:]
print("kept five")
del ws


# Slots: no dict to make; the store is an AttributeError.
class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class SD:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


def set_b(o):
    o.b = 5


s = S()
try:
    set_b(s)
except AttributeError as e:
    print("AttributeError:", e)
sd = SD()
set_b(sd)
print(sd.a, sd.b, vars(sd))


# The class changes under a store site: a property, then __setattr__.
class C:
    pass


def store(o, v):
    o.v = v


c = C()
for i in range(3):
    store(c, i)
print(c.v)
C.v = property(lambda self: "prop", lambda self, v: print("setter", v))
store(c, 9)
print(c.v)
del C.v


def hook(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


C.__setattr__ = hook
store(c, 7)
print(c.v, vars(c))
del C.__setattr__
store(C(), 1)

# A fresh instance under the cache, seen through refcounts and ids.
class T:
    def __init__(self, v):
        self.v = v


v = object()
before = sys.getrefcount(v)
ts = [T(v) for _ in range(5)]
print(sys.getrefcount(v) - before)
del ts
print(sys.getrefcount(v) - before)
print("end")
