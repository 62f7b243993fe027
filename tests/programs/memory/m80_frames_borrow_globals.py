"""A function's frame borrows its globals from the function (CPython 3.11's
interpreter frames hold no reference to them): the module dict's refcount
does not grow with the calls running, suspended generators, class bodies
or frame objects."""
import sys

G = globals()
base = sys.getrefcount(G)
print("module level", sys.getrefcount(G) - base)


def depth(n):
    if n == 0:
        return sys.getrefcount(G) - base
    return depth(n - 1)


print("in calls", [depth(n) for n in range(4)])


def gen():
    yield sys.getrefcount(G) - base
    yield sys.getrefcount(G) - base


gens = [gen() for _ in range(3)]
print("generators", [next(g) for g in gens], sys.getrefcount(G) - base)
del gens


class K:
    inside = sys.getrefcount(G) - base

    def method(self):
        return sys.getrefcount(G) - base


print("class body", K.inside, "method", K().method())

frames = []


def keep_frame():
    frames.append(sys._getframe())
    return sys.getrefcount(G) - base


print("frame kept", keep_frame(), sys.getrefcount(G) - base)
print("f_globals is G", frames[0].f_globals is G, sys.getrefcount(G) - base)
frames.clear()
print("frames dropped", sys.getrefcount(G) - base)

lam = lambda: sys.getrefcount(G) - base
print("lambda", lam())


def closure():
    x = 1

    def inner():
        return x + sys.getrefcount(G) - base

    return inner()


print("closure", closure())


def raises():
    raise ValueError("x")


try:
    raises()
except ValueError as e:
    err = e
print("traceback held", sys.getrefcount(G) - base)
del err
print("traceback dropped", sys.getrefcount(G) - base)
