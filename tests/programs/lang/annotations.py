# Annotations: module and class `__annotations__` (simple names only, in
# order, values evaluated), function `__annotations__`, what is not
# evaluated, and name mangling.
x: int = 5
y: "str"
(z): list = []
print(__annotations__, x, z)


class Point:
    """A point."""
    x: int
    y: float = 0.0
    __secret: bytes
    label: "Point"
    if True:
        nested: dict
    for _i in range(1):
        looped: set

    def method(self, a: int, *args: str, b: "B" = 1, **kw: float) -> bool:
        local: undefined_name_never_evaluated = 1
        return local


print(Point.__annotations__)
print(list(Point.__dict__)[:4])
print(Point.method.__annotations__)


def plain(a, b=2):
    pass


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__ = {'a': 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)


def f(pos: 1, /, reg: 2, *, kw: 3) -> 4:
    pass


print(f.__annotations__)
order = []


def note(v):
    order.append(v)
    return v


def g(a: note("a"), b: note("b") = note("default")) -> note("ret"):
    pass


print(order, g.__annotations__)
lam = lambda q: q
print(lam.__annotations__)


class Holder:
    pass


h = Holder()
h.attr: int = 3
print(h.attr, Holder.__dict__.get("__annotations__"))


class Empty:
    def m(self):
        pass


print("__annotations__" in Empty.__dict__)
ns = {}
exec("a: int = 1\nb: str", ns)
print(ns["__annotations__"], "b" in ns)
