# itertools.groupby (its groups die when the outer iterator moves on),
# islice (CPython's arithmetic and when the source is read) and tee (copies
# share one buffer, values are read once, in order).
from itertools import groupby, islice, tee, count, chain
import itertools

from pull_log import Src, log, pulls


# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [(k, "".join(g)) for k, g in groupby("")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2.0, 3, True, 1], key=None)])
print([(k, list(g)) for k, g in groupby(range(10), lambda n: n // 3)])

gb = groupby("aabbbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, next(g2), list(g2), list(g2))
gb = groupby([1, 1, 2, 3, 3])
groups = list(gb)
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyz")
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print("old group after advance:", list(g), "new:", k2, list(g2))

nan = float("nan")
print("nan keys group by identity:", [(str(k), len(list(g))) for k, g in groupby([nan, nan, 1])])

gsrc = Src("s", [1, 1, 2, 2, 3])
gb = groupby(gsrc)
k, g = next(gb)
print(k, pulls(), next(g), pulls(), next(g), pulls())
k, g = next(gb)
print(k, pulls())
k, g = next(gb)
print(k, pulls(), list(g), pulls(), list(gb), pulls())

print(type(gb), type(g), type(g).__name__, iter(g) is g)
print(repr(itertools._grouper).startswith("<class 'itertools._grouper"))

# key functions that raise
def key(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x % 2
gb = groupby([1, 3, 5], key)
k, g = next(gb)
try:
    list(g)
except ValueError as e:
    print("ValueError:", e)

# islice
s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(range(20), 1, 15, 4)), list(islice(range(3), 10)), list(islice(range(5), 3, 1)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, None, 3, 2)))
print(list(islice(count(), 5, 10)), list(islice(count(), 0)), list(islice("ab", True, 5)))
src = Src("i", range(10))
sl = islice(src, 2, 7, 2)
print(pulls() == "", next(sl), pulls(), next(sl), pulls(), next(sl), pulls(), list(sl), pulls())
src = Src("j", range(3))
sl = islice(src, 5)
print(list(sl), pulls(), list(sl), pulls())
src = Src("k", range(10))
sl = islice(src, 3)
print(list(sl), pulls(), src.pos)
print(list(islice(src, 1)), pulls(), src.pos)
print("consumed window:", list(islice(iter(range(10)), 4, 4)))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))
print(type(islice([], 1)), type(islice([], 1)).__name__)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(islice(range(10), Index(2), Index(8), Index(3))))

# tee
a, b = tee([1, 2, 3])
print(type(a), type(a).__name__, type(a) is type(b), a is b)
print(list(a), list(b), list(a))
a, b, c = tee(Src("t", "xyz"), 3)
print(next(a), pulls(), next(b), pulls(), next(a), pulls(), list(c), pulls())
print(list(a), pulls(), list(b), pulls())
print(tee([], 0), len(tee("ab", 1)), list(tee("ab", 1)[0]), [list(t) for t in tee(range(3), 4)])
a, b = tee(range(5))
c, d = tee(a)
print(list(b), next(c), list(d), list(c), list(a))
a, b = tee(iter([1, 2]))
a2 = a.__copy__()
print(next(a), list(a2), list(a), list(b))
t = tee("abc")[0]
print(list(itertools._tee(t)), list(t))
print(list(zip(*tee(range(4), 2))))

# tee of a long stream: the copies can be far apart
a, b = tee(range(200))
print(sum(a), sum(islice(b, 150)), list(b))
print([sum(x) for x in tee(iter(range(100)), 3)])

# groupby over tee, islice over groupby, chain of groups
print([(k, list(g)) for k, g in groupby(tee("aabcc")[1])])
print([(k, list(g)) for k, g in islice(groupby("aabbccdd"), 1, 3)])
print(list(chain.from_iterable(g for k, g in groupby("aabbcc"))))
