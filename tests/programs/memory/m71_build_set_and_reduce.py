# BUILD_SET releases each item's stack reference as soon as it is added;
# reduce() lets go of the last item before it returns, so the iterable's
# own release frees the items in its order.
import functools
import gc
import sys


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, o):
        print(" eq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return False


a, b, c = H("a"), H("b"), H("c")
print("display")
s = {a, b, c}
del s
print("set(list)")
s = set([a, b])
del s
print("comprehension")
s = {x for x in (a, b)}
del s
print(gc.is_tracked(iter([])))


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __add__(self, o):
        return D(self.n + o.n)


r = functools.reduce(lambda x, y: x + y, [D(1), D(2), D(4)])
print("reduced", r.n)
r = functools.reduce(lambda x, y: x + y, [D(8), D(16)], D(32))
print("reduced", r.n)
del r
print("end")
