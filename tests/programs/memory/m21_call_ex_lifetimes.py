# f(*args, **kwargs): the caller holds the argument tuple and keyword dict
# until the call returns (CPython's CALL_FUNCTION_EX), and with keywords
# every argument holds one more reference while the call runs.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f(*a, **k):
    for x in a:
        print("positional refcount", sys.getrefcount(x))
    for x in k.values():
        print("keyword refcount", sys.getrefcount(x))
    del a, k
    print("in f")


f(*[D(1)])
f(**{"k": D(2)})
f(*[D(3)], **{"k": D(4)})
l = [D(5)]
f(*l)


def g(a, b):
    print(sys.getrefcount(a), sys.getrefcount(b))


g(*[D(6), D(7)])
g(**{"a": D(8), "b": D(9)})
g(D(10), *[D(11)])


class M:
    def m(self, *a):
        del a
        print("in m")


M().m(*[D(12)])


def boom(*a):
    raise ValueError("boom")


try:
    boom(*[D(13)])
except ValueError as e:
    print("caught", e)
print("end")
