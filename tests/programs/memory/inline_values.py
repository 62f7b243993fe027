# An instance's attributes kept inline (CPython 3.11's "inline values"):
# every way a program can read, write, delete, enumerate or copy them, and
# each way the values must turn into the dict they stand for (a name out
# of the class's order, one past its room, a deletion, `__dict__` asked
# for, a new class, a non-str name), with the release order CPython keeps
# (the class's order of names, not the instance's).
import copy
import gc
import pickle
import sys


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  release", self.tag)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


# The first instance names the attributes; later ones keep them inline.
ps = [P(i, i + 1) for i in range(5)]
print("reads", [p.x for p in ps], [p.norm() for p in ps])
for p in ps:
    p.x += 10
print("writes", [(p.x, p.y) for p in ps])
print("vars", vars(ps[3]), ps[3].__dict__ is ps[3].__dict__)
print("getattr", getattr(ps[4], "y"), getattr(ps[4], "z", "none"), hasattr(ps[4], "x"))
setattr(ps[4], "y", "set")
print("setattr", ps[4].y, ps[4].__dict__)

# A new name past the class's names, then out of order, then deleted.
q = P(1, 2)
q.z = 3
print("past", vars(q), q.norm())
r = P.__new__(P)
r.y = 2
r.x = 1
print("out of order", vars(r), list(r.__dict__))
s = P(5, 6)
del s.x
print("deleted", vars(s), hasattr(s, "x"))
try:
    s.x
except AttributeError as e:
    print("AttributeError", e)
s.x = 7
print("again", vars(s), s.norm())

# An instance attribute shadows a method, and stops when deleted.
t = P(1, 1)
t.norm = lambda: "shadowed"
print("shadow", t.norm(), P(2, 2).norm())
del t.norm
print("unshadowed", t.norm())


# Release order: the class's order of names (the first instance's), even
# for an instance that got them the other way round.
class Pair:
    def __init__(self, a, b, flip=False):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


print("release in order")
x = Pair(Noisy("a1"), Noisy("b1"))
del x
print("release flipped")
x = Pair(Noisy("a2"), Noisy("b2"), flip=True)
print("  keys", list(vars(x)))
del x
print("release after __dict__")
x = Pair(Noisy("a3"), Noisy("b3"))
d = x.__dict__
del x
print("  dict lives", sorted(d))
del d


# __dict__ replaced and __class__ changed.
class Q:
    def __init__(self):
        self.u = 1
        self.v = 2


class R:
    def __init__(self):
        self.v = "r"


qs = [Q() for _ in range(3)]
qs[1].__dict__ = {"w": 9}
print("new dict", vars(qs[1]), hasattr(qs[1], "u"))
qs[2].__class__ = R
print("new class", type(qs[2]).__name__, vars(qs[2]), qs[2].u)
rr = R()
rr.__class__ = Q
rr.u = 5
print("to Q", vars(rr))

# A name that is not an exact str, through setattr and __dict__.
class S(str):
    pass


o = Q()
setattr(o, S("u"), 10)
print("str subclass name", vars(o), o.u)
o.__dict__[S("k")] = 1
print("dict key", sorted(vars(o)), getattr(o, "k"))

# Copies, pickles, referents, dir.
c = Q()
c.u = [1]
print("copy", vars(copy.copy(c)), copy.copy(c).u is c.u)
print("deepcopy", vars(copy.deepcopy(c)), copy.deepcopy(c).u is c.u)
print("pickle", vars(pickle.loads(pickle.dumps(c))))
print("referents", [type(r).__name__ for r in gc.get_referents(c)])
print("dir", [n for n in dir(c) if not n.startswith("__")])
print("sizeof grows", sys.getsizeof(Q()) >= sys.getsizeof(object()))


# Many attributes: more than the class has names for when an instance is
# made, and more than the keys can share (30).
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


m1 = Many(3)
m2 = Many(40)
m3 = Many(35)
print("many", len(vars(m1)), len(vars(m2)), len(vars(m3)), m3.a34, m2.a39)


# A cycle through inline values is collected.
class Node:
    def __init__(self):
        self.other = None
        self.tag = None


gc.collect()
for i in range(3):
    a, b = Node(), Node()
    a.other, b.other = b, a
    a.tag = Noisy("cycle%d" % i)
    del a, b
print("collected", gc.collect() >= 3)
print("done")
