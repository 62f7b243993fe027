# Calling a class in every shape the interpreter takes apart: the direct
# path (plain layout, object.__new__, a Python __init__ the arguments fill)
# and every reason to leave it, with the references __init__ sees.
import sys


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


p = P(1)
print(p.x, p.y, P(2, 3).y)

# The argument tuple type.__call__ makes holds one reference more.
marker = object()


class Counts:
    def __init__(self, a, b):
        self.seen = (sys.getrefcount(a), sys.getrefcount(b))


base = sys.getrefcount(marker)
c = Counts(marker, marker)
print("extra refs in __init__:", c.seen[0] - base, c.seen[1] - base)
print("after:", sys.getrefcount(marker) - base)
del c
print("released:", sys.getrefcount(marker) - base)


# __init__ returning something else.
class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


# __init__ raising: the instance is released, its __del__ runs once.
class Boom:
    def __init__(self, n):
        self.n = n
        raise ValueError(n)

    def __del__(self):
        print("del Boom", self.n)


try:
    Boom(7)
except ValueError as e:
    print("ValueError", e)

# Wrong argument counts take the general path and its messages.
for args in [(), (1, 2, 3)]:
    try:
        P(*args) if not args else P(args[0], args[1], args[2])
    except TypeError as e:
        print("TypeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)


# __init__ replaced after the class was first called.
class R:
    def __init__(self, v):
        self.v = v


print(R(1).v)


def new_init(self, v):
    self.v = v * 100


R.__init__ = new_init
print(R(2).v)
del R.__init__
try:
    R(3)
except TypeError as e:
    print("TypeError:", e)
print(type(R()).__name__)


# A base class's __init__ replaced.
class Base:
    def __init__(self, v):
        self.v = ("base", v)


class Derived(Base):
    pass


print(Derived(1).v)
Base.__init__ = lambda self, v: setattr(self, "v", ("lambda", v))
print(Derived(2).v)


# A user __new__, added later too.
class N:
    def __init__(self, v):
        self.v = v


print(N(1).v)


def n_new(cls, v):
    print("__new__", cls.__name__, v)
    return object.__new__(cls)


N.__new__ = n_new
print(N(2).v)


# A metaclass with __call__.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(5).v)


# A metaclass without __call__ (the direct path stays open).
class PlainMeta(type):
    pass


class PM(metaclass=PlainMeta):
    def __init__(self, v):
        self.v = v


print(PM(6).v)


# __init__ with a closure cell (super()) and a parameter that is a cell.
class S(Base):
    def __init__(self, v):
        super().__init__(v)
        self.get = lambda: v


s = S(9)
print(s.v, s.get())


# A generator __init__ is refused.
class G:
    def __init__(self):
        yield 1


try:
    G()
except TypeError as e:
    print("TypeError:", e)


# Recursion through __init__ ends in RecursionError.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError:
    print("RecursionError")


# Called as a method (a class held as an attribute).
class Holder:
    Inner = P


h = Holder()
print(h.Inner(4).x)
print(Holder.Inner(5, 6).y)


# __slots__ classes and keyword calls take other paths; same results.
class Sl:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Sl(3).a, P(x=1, y=2).y)

# Many instances: their attributes released in the class's key order.
class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


items = [D(i) for i in range(3)]
del items
print("done")
