# A local followed by an attribute access (`self.x`, `self.x = v`,
# `self.m()`): the fused instructions take the cached path only when no code
# can run, and otherwise behave exactly as the two instructions would --
# properties, __getattr__, __setattr__, slots, shadowing, changed classes,
# unbound locals, finalizers of replaced values and the refcounts they see.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def move(self, dx):
        self.x = self.x + dx
        return self


def reads(p, n):
    total = 0
    for _ in range(n):
        total += p.x + p.y
    return total


p = P(3, 4)
print(reads(p, 5), p.norm1(), p.move(2).x)

# The same site sees instances of several classes, a property, __getattr__.
class Q:
    def __init__(self):
        self.x = 10

    @property
    def y(self):
        return self.x * 2


class G:
    def __getattr__(self, name):
        return "getattr:" + name


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x_y(o):
    return o.x, o.y


for o in [P(1, 2), Q(), G(), S(5, 6), P(7, 8), S(9, 10), Q()]:
    print(type(o).__name__, read_x_y(o))


# A missing attribute and an unset slot: AttributeError at the right line.
def missing(o):
    try:
        return o.zz
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(missing(P(1, 2)))
s = S(1, 2)
del s.y
print(missing(s))
try:
    read_x_y(s)
except AttributeError as e:
    print("AttributeError:", e)


# An unbound local as the object.
def unbound():
    if False:
        o = None
    return o.x


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_store():
    if False:
        o = None
    o.x = 1


try:
    unbound_store()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# Stores: in place, new attributes, __setattr__, property setters, slots.
class Logged:
    def __init__(self):
        self.a = 0

    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


class WithSetter:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  setter", value)
        self._v = value


def store_all(o, value):
    o.a = value
    o.b = value


def store_v(o, value):
    o.v = value


store_all(P(0, 0), 1)
lg = Logged()
store_all(lg, 2)
store_all(lg, 3)
ws = WithSetter()
for i in range(3):
    store_v(ws, i)
print(ws.v)
sl = S(0, 0)


def store_slots(o, value):
    o.x = value
    o.y = value


for i in range(3):
    store_slots(sl, i)
print(sl.x, sl.y)
try:
    store_all(sl, 1)
except AttributeError as e:
    print("AttributeError:", e)


# A replaced value whose finalizer runs during the store sees the object
# held as CPython holds it, and can read the new value.
class Noisy:
    def __init__(self, tag, owner):
        self.tag = tag
        self.owner = owner

    def __del__(self):
        owner = self.owner_ref()
        print("  del", self.tag, "owner.val is", getattr(owner.val, "tag", None),
              "refs", sys.getrefcount(owner))


class Owner:
    def __init__(self):
        self.val = None

    def set(self, tag):
        self.val = Noisy(tag, self)


import weakref


def make_noisy(tag, owner):
    n = Noisy(tag, None)
    n.owner_ref = weakref.ref(owner)
    return n


def replace(owner, tag):
    owner.val = make_noisy(tag, owner)


ow = Owner()
ow.val = make_noisy("first", ow)
for t in ["second", "third", "fourth"]:
    replace(ow, t)
ow.val = None


# Methods: cached, shadowed by the instance, replaced on the class, bound
# methods in the instance dict, a class changed under the site.
class M:
    def f(self):
        return "M.f"


class N(M):
    def f(self):
        return "N.f"


def call_f(o):
    return o.f()


m = M()
print(call_f(m), call_f(N()), call_f(m))
m.f = lambda: "instance f"
print(call_f(m), call_f(M()))
del m.f
print(call_f(m))
M.f = lambda self: "replaced M.f"
print(call_f(m), call_f(N()))
m.__class__ = N
print(call_f(m))


def call_missing(o):
    return o.nope()


try:
    call_missing(m)
except AttributeError as e:
    print("AttributeError:", e)


# Refcounts seen inside a method, a property and __getattr__ called
# through the fused forms match CPython's.
class R:
    def count(self):
        return sys.getrefcount(self)

    @property
    def prop(self):
        return sys.getrefcount(self)

    def __getattr__(self, name):
        return sys.getrefcount(self)


def counts():
    r = R()
    return r.count(), r.prop, r.other


print(counts())


# Many instances, one site: the totals are right.
def sum_moves(points):
    for q in points:
        q.move(1)
    return sum(q.x for q in points)


pts = [P(i, -i) for i in range(100)]
print(sum_moves(pts), sum(q.norm1() for q in pts))
