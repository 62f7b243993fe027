# Instances of classes with 0, 1, 2, 3, 40 and 1000 __slots__ values, each
# count its own layout: values stay in their slots through subclassing,
# __class__ assignment, copying, deletion, collection and weak
# references (a cycle through slots is the collectors' business:
# memory/ tests it).
import copy
import gc
import weakref


def make_class(n, base=object):
    names = tuple(f"s{i}" for i in range(n))
    return type(f"S{n}", (base,), {"__slots__": names})


def fill(obj, n, offset):
    for i in range(n):
        setattr(obj, f"s{i}", i + offset)


def total(obj, n):
    return sum(getattr(obj, f"s{i}") for i in range(n))


for n in (0, 1, 2, 3, 40, 1000):
    cls = make_class(n)
    objs = [cls() for _ in range(5)]
    for k, o in enumerate(objs):
        fill(o, n, k * 10)
    print(n, [total(o, n) for o in objs], hasattr(objs[0], "__dict__"))
    if n:
        last = f"s{n - 1}"
        delattr(objs[0], last)
        try:
            getattr(objs[0], last)
        except AttributeError as e:
            print("deleted:", e)
        setattr(objs[0], last, -1)
        print("restored:", getattr(objs[0], last))
    objs.clear()


class Base:
    __slots__ = ("a", "b")


class Child(Base):
    __slots__ = ("c",)


class Grand(Child):
    __slots__ = ("d", "e", "f")


class WithDict(Child):
    pass


class Twin(Base):
    __slots__ = ("c",)


g = Grand()
g.a, g.b, g.c, g.d, g.e, g.f = range(1, 7)
print([g.a, g.b, g.c, g.d, g.e, g.f])
w = WithDict()
w.a, w.b, w.c = "x", "y", "z"
w.extra = [1, 2]
print(w.a, w.b, w.c, w.extra, sorted(w.__dict__))

c = Child()
c.a, c.b, c.c = 1, 2, 3
c.__class__ = Twin
print(type(c).__name__, c.a, c.b, c.c)
try:
    c.__class__ = Grand
except TypeError as e:
    print("TypeError:", e)

c2 = copy.copy(g)
c3 = copy.deepcopy(g)
g.f = 60
print([c2.a, c2.f], [c3.a, c3.f], g.f)


class Node:
    __slots__ = ("other", "value", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.other = None


a, b = Node(1), Node(2)
a.other, b.other = b, a
r = weakref.ref(a)
print(r().value, r().other.value, gc.is_tracked(a))
b.other = None
del a, b
gc.collect()  # (marksweep frees only when it collects)
print("freed:", r() is None)

big = make_class(300)
objs = [big() for _ in range(50)]
for k, o in enumerate(objs):
    fill(o, 300, k)
print(sum(total(o, 300) for o in objs))
chain = None
for i in range(20000):
    link = Base()
    link.a, link.b = i, chain
    chain = link
n = 0
while chain is not None:
    n += chain.a
    chain = chain.b
print("chain sum:", n)
