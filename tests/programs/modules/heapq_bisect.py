# heapq and bisect: results, comparison order, keys, errors.
import heapq
import bisect

# --- a deterministic pseudo-random sequence (no random module needed)
def lcg(seed, n, mod=1000):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out

data = lcg(7, 40)
print("data", data)

# heappush / heappop give sorted order
h = []
for v in data:
    heapq.heappush(h, v)
print("heap after pushes", h)
print("invariant", all(h[k] <= h[c] for k in range(len(h))
                       for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
popped = [heapq.heappop(h) for _ in range(len(h))]
print("popped", popped)
print("sorted?", popped == sorted(data))

# heapify
h = list(data)
heapq.heapify(h)
print("heapify", h)
print("replace", heapq.heapreplace(h, 500), h[:5])
print("pushpop small", heapq.heappushpop(h, -1), h[:5])
print("pushpop big", heapq.heappushpop(h, 999), h[:5])
print("pushpop empty", heapq.heappushpop([], 3))

# tuples with priorities
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(5)])

# comparison order is identical to CPython's (nsmallest/nlargest end with
# list.sort, whose comparisons are not checked here)
log = []
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v

h = [Cmp(v) for v in lcg(3, 12, 50)]
heapq.heapify(h)
print("heapify cmps", log)
del log[:]
heapq.heappush(h, Cmp(1))
print("push cmps", log)
del log[:]
heapq.heappop(h)
print("pop cmps", log)
del log[:]
heapq.heapreplace(h, Cmp(25))
print("replace cmps", log)
del log[:]
heapq.heappushpop(h, Cmp(30))
print("pushpop cmps", log, h)
del log[:]
print(heapq.nsmallest(3, [Cmp(v) for v in lcg(5, 10, 40)]))
del log[:]
print(heapq.nlargest(3, [Cmp(v) for v in lcg(5, 10, 40)]))
del log[:]

# errors
for fn, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                 (heapq.heappush, ((), 1)), (heapq.heapify, ((3, 1),)),
                 (heapq.heappop, ((),)), (heapq.heapreplace, ("ab", 1)),
                 (heapq.heappushpop, ({}, 1))]:
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)

# nlargest / nsmallest
words = "the quick brown fox jumps over the lazy dog again".split()
for n in (0, 1, 2, 3, 5, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nlargest(n, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(2, []), heapq.nlargest(1, []), heapq.nsmallest(1, [], key=abs))
print(heapq.nsmallest(3, [(1, "b"), (1, "a"), (0, "z"), (2, "c")]))
print(heapq.nlargest(2, [-5, 3, -7, 2], key=abs))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 4, 0], [6], reverse=True)))
print(list(heapq.merge(["ccc", "a"], ["bb", "b"], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
a = sorted(lcg(11, 15, 100)); b = sorted(lcg(12, 10, 100)); c = sorted(lcg(13, 5, 100))
m = list(heapq.merge(a, b, c))
print(m, m == sorted(a + b + c))
# stability: equal keys come out in input order
print(list(heapq.merge([(1, "a1"), (2, "a2")], [(1, "b1"), (2, "b2")], key=lambda t: t[0])))
g = heapq.merge(iter([1, 4]), (x * 2 for x in range(3)))
print(next(g), next(g), list(g))

# --- bisect
a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (0, 1, 2, 3, 4, 8, 13, 14):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
print(bisect.bisect_left(a, 8, 1, 5), bisect.bisect_right(a, 0, 4))
print(bisect.bisect_left(a, 8, hi=None), bisect.bisect_left(a, 8, lo=7, hi=9))
print(bisect.bisect_right([], 1), bisect.bisect_left([], 1))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.insort_right(a, 1, lo=-2)
except ValueError as e:
    print("ValueError", e)
for args in [(a, 2, "x"), (a, 2, 0, "y"), (a, 2, 0, 10), (5, 1)]:
    for fn in (bisect.bisect_left, bisect.bisect_right):
        try:
            print(fn(*args))
        except (TypeError, IndexError) as e:
            print(fn.__name__, type(e).__name__, e)
# hi=-1 means len(a) (the C accelerator's default); other negatives: empty
print(bisect.bisect_left(a, 8, 0, -1), bisect.bisect_right(a, 8, 0, -2))

b = []
for v in lcg(21, 15, 30):
    bisect.insort(b, v)
print(b, b == sorted(b))
b = []
for v in [(1, "x"), (0, "y"), (1, "z"), (0, "w")]:
    bisect.insort_left(b, v, key=lambda t: t[0])
print(b)
b = []
for v in [(1, "x"), (0, "y"), (1, "z"), (0, "w")]:
    bisect.insort_right(b, v, key=lambda t: t[0])
print(b)
recs = [("ann", 20), ("bob", 31), ("cat", 31), ("dan", 45)]
print(bisect.bisect_left(recs, 31, key=lambda r: r[1]),
      bisect.bisect_right(recs, 31, key=lambda r: r[1]),
      bisect.bisect(recs, 50, key=lambda r: r[1]))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
words = sorted("pear apple fig banana kiwi".split())
bisect.insort(words, "cherry")
print(words, bisect.bisect_left(words, "fig"))
log = []
xs = [Cmp(v) for v in range(0, 20, 2)]
print(bisect.bisect_left(xs, Cmp(7)), bisect.bisect_right(xs, Cmp(8)))
print("bisect cmps", log)
