# The fast paths of sum() (a machine int total, then a machine float total,
# then objects, never back), dict.copy() and dict(d) / {**d} (the table
# copied as it is, or merged into one sized at once), list(seq) and the
# tuples of dict.items(), enumerate() and zip(): the same results, types,
# sizes, tracking and calls as CPython's.
import gc
import sys


class Loud(int):
    def __add__(self, other):
        print("Loud.__add__", int(self), other)
        return int(self) + other

    def __radd__(self, other):
        print("Loud.__radd__", other, int(self))
        return other + int(self)


class Money:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("Money.__radd__", type(other).__name__)
        return Money(other + self.v if not isinstance(other, Money) else other.v + self.v)

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __repr__(self):
        return "Money(%r)" % self.v


big = 2 ** 62
cases = [
    [],
    [1, 2, 3],
    [True, True, 5],
    [big, big, big],
    [big, big, -big, -big, 1],
    [-big, -big, -big, -big],
    [1, 2.5, 3],
    [1.5, 2, True, 2 ** 70],
    [1.5, 2 ** 70, 0.5],
    [0.1] * 10,
    [1, Loud(2), 3],
    [1.0, Loud(2), 3],
    [1, 2, Money(3), 4],
    [1.5, Money(1), 2],
    [2 ** 64, 1, 2.0],
    [1, 2, 3.5j, 1],
]
for c in cases:
    r = sum(c)
    print(repr(r), type(r).__name__)
for start in (0, 10, 2.5, -0.0, big * 4, True, Money(1), [], ()):
    try:
        if isinstance(start, list):
            r = sum([[1], [2, 3]], start)
        elif isinstance(start, tuple):
            r = sum(((1,), (2,)), start)
        else:
            r = sum([1, 2, 3.0, 4], start)
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)
print(repr(sum([-0.0, -0.0])), repr(sum([-0.0], -0.0)), repr(sum([], -0.0)))
print(sum(x * x for x in range(1000)), sum(range(10 ** 6)), sum(i / 8 for i in range(100)))
for bad in (["a", "b"], [1, "b"], [1.5, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1, 2], "")
except TypeError as e:
    print("TypeError:", e)
x = 300
y = sum([x])
print(y == x, y is x)


# -- dict copies ------------------------------------------------------------
def shape(d):
    return len(d), list(d.items())[:3]


for n in (1, 5, 6, 10, 11, 21, 22, 100):
    d = {i: str(i) for i in range(n)}
    c = d.copy()
    print(n, shape(c), sys.getsizeof(c) == sys.getsizeof(d),
          sys.getsizeof(dict(d)) == sys.getsizeof(d),
          sys.getsizeof({**d}) == sys.getsizeof(d))
    sparse = {i: i for i in range(n * 3)}
    for i in range(0, n * 3, 3):
        del sparse[i]
    for i in range(1, n * 3, 3):
        del sparse[i]
    sc = sparse.copy()
    print("  sparse", len(sc), list(sc)[:3], sys.getsizeof(sc) <= sys.getsizeof(sparse),
          sys.getsizeof(sc) == sys.getsizeof(dict(sparse)))
few = {1: 1}
for i in range(2, 9):
    few[i] = i
for i in range(2, 9):
    del few[i]
print(sys.getsizeof(few.copy()) - sys.getsizeof({1: 1}) >= 0, few.copy(), dict(few))

# Keys and values are shared, one more reference each.
k, v = "key-%d" % 7, ["value"]
d = {k: v, "other": 1}
before = sys.getrefcount(k), sys.getrefcount(v)
c = d.copy()
after = sys.getrefcount(k), sys.getrefcount(v)
print(after[0] - before[0], after[1] - before[1], c[k] is v)
del c
print(sys.getrefcount(k) == before[0], sys.getrefcount(v) == before[1])

# Tracking follows the source.
atoms = {1: 2, "a": "b"}
holds = {1: [], 2: 3}
print(gc.is_tracked(atoms.copy()), gc.is_tracked(holds.copy()),
      gc.is_tracked(dict(atoms)), gc.is_tracked(dict(holds)), gc.is_tracked({**holds}))
was = {1: []}
was[1] = 2
print(gc.is_tracked(was), gc.is_tracked(was.copy()))


class Sub(dict):
    pass


s = Sub(a=1, b=2)
print(type(s.copy()).__name__, s.copy(), dict.copy(s), dict(s))

# Updating a non-empty dict, and a dict into itself.
t = {"x": 0}
t.update({i: i for i in range(20)})
print(len(t), list(t)[:4])
t.update(t)
print(len(t))
e = {}
e.update(t)
print(e == t, list(e) == list(t))

# -- list(), items(), enumerate(), zip() ------------------------------------
print(list((1, 2, 3)), list([4, 5]), list(range(3)), list("ab"), list({1: 2}))
l = [1, 2]
l.extend(l)
l.extend((3,))
print(l, len(list(range(100))))
dd = {"a": 1, "b": 2, "c": 3}
seen = []
for kv in dd.items():
    seen.append(kv)
print(seen, [t for t in enumerate("xy")], list(zip("ab", "cd", "ef")))
it = iter(dd.items())
first = next(it)
second = next(it)
print(first, second, first is second)
pairs = list(zip(range(3), range(3)))
print(pairs, len(set(map(id, pairs))) == 3)
for a, b in zip([1, 2, 3], "xyz"):
    pass
print(a, b)
z = zip([1, 2], [3], strict=False)
print(list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
wide = list(zip(*[range(3)] * 12))
print(len(wide), wide[1])
