# sum(), min() and max() take one item at a time and let it go once it has
# been added or compared, as CPython does: a generator's items are freed
# during the call, not all kept until it returns; max keeps only the best
# so far (item and key).


class D:
    def __init__(self, n):
        self.n = n
        print("  make", n)

    def __del__(self):
        print("  free", self.n)

    def __radd__(self, other):
        print("  add", self.n)
        return other + self.n

    def __add__(self, other):
        print("  add", self.n, "+ D", other.n)
        return self.n + other

    def __lt__(self, other):
        print("  %d < %d" % (self.n, other.n))
        return self.n < other.n

    def __gt__(self, other):
        print("  %d > %d" % (self.n, other.n))
        return self.n > other.n


def gen(order):
    for n in order:
        yield D(n)


print("sum:")
print("=", sum(gen([1, 2, 3])))
print("sum with start:")
print("=", sum(gen([4, 5]), 10))
print("sum of objects (D + int):")
print("=", sum(gen([6]), D(7)))

print("max:")
m = max(gen([2, 5, 1, 4]))
print("= max", m.n)
del m
print("min:")
m = min(gen([2, 5, 1, 4]))
print("= min", m.n)
del m

print("max with key:")
def key(d):
    print("  key", d.n)
    return -d.n
m = max(gen([3, 1, 2]), key=key)
print("= max", m.n)
del m

print("max of arguments:")
a, b, c = D(8), D(9), D(7)
m = max(a, b, c)
print("= max", m.n)
del a, b, c, m

print("max raising midway:")
class Bad(D):
    def __gt__(self, other):
        raise ValueError("cannot compare %d" % self.n)
try:
    max(x for x in [D(1), Bad(2), D(3)])
except ValueError as e:
    print("caught", e)

print("sum raising midway:")
class NoAdd(D):
    def __radd__(self, other):
        raise TypeError("no add for %d" % self.n)
try:
    sum(x for x in [D(1), NoAdd(2), D(3)])
except TypeError as e:
    print("caught", e)

print("empty:")
print(max([], default="dflt"), min((), default=None))
try:
    max(x for x in [])
except ValueError as e:
    print("caught", e)
print("done")
