# heapq and bisect as CPython runs them, through its C accelerators
# (_heapq, _bisect): the same results, the same comparisons in the same
# order, the same references held while __lt__ runs, the same errors.
import bisect
import heapq
import random
import sys

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if logging:
            log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % self.v


logging = True


def digest(entries):
    h = 0
    for a, b in entries:
        h = (h * 1000003 + a * 31 + b) % (1 << 61)
    return h


rng = random.Random(7)
for n in (0, 1, 2, 5, 17, 100, 2501):
    values = [rng.randrange(1000) for _ in range(n)]
    h = [K(v) for v in values]
    log.clear()
    heapq.heapify(h)  # past 2500 items, in CPython's cache-friendly order
    first = len(log), digest(log)
    out = []
    log.clear()
    logging = n <= 100
    while h:
        out.append(heapq.heappop(h).v)
    logging = True
    print("heapify", n, first, "pops", len(log), digest(log), out == sorted(values))

h = []
log.clear()
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, K(v))
print("push", [k.v for k in h], log)
log.clear()
print("pushpop", heapq.heappushpop(h, K(4)).v, heapq.heappushpop(h, K(0)).v, log)
log.clear()
print("replace", heapq.heapreplace(h, K(7)).v, [k.v for k in h], len(log))
print("max", heapq._heappop_max([9, 5, 7]), heapq._heapreplace_max([9, 5, 7], 1))
m = [1, 8, 3, 9]
heapq._heapify_max(m)
print("heapify_max", m)
print("nsmallest", heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, "hello"))
print("merge", list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))


class L(list):
    pass


hl = L([4, 1, 3])
heapq.heapify(hl)
print("list subclass", hl, type(hl).__name__)

for call in (lambda: heapq.heappush((), 1), lambda: heapq.heappop([]),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None),
             lambda: heapq.heappop(), lambda: heapq.heappushpop([], 3)):
    try:
        print("ok:", call())
    except Exception as e:
        print(type(e).__name__, e)


class Shrinker:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap

    def __lt__(self, other):
        self.heap.clear()
        return True


hh = []
hh.extend([Shrinker(1, hh), Shrinker(2, hh), Shrinker(3, hh)])
try:
    heapq.heapify(hh)
except RuntimeError as e:
    print("RuntimeError", e)


# References while __lt__ runs.
class R:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v


rh = [R(2), R(1)]
heapq.heapify(rh)
heapq.heappush(rh, R(0))
bl = [R(1), R(3)]
bisect.insort(bl, R(2))

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
print("bisect", bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4),
      bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=None))
print("key", bisect.bisect_left([("a", 1), ("b", 5)], 3, key=lambda p: p[1]),
      bisect.bisect_right(range(0, 100, 10), 35), bisect.bisect_left("acegi", "d"))
b = [1, 3]
bisect.insort_left(b, 2)
bisect.insort_right(b, 3)
bisect.insort(b, 0, 0, 0)
bisect.insort(b, ("x", 9), key=lambda p: p if isinstance(p, int) else p[1])
print("insort", b)


class Ins:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert called", i, x)
        self.items.insert(i, x)


s = Ins()
bisect.insort(s, 5)
bisect.insort(s, 1)
print(s.items)
for call in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect([1], 1, "0"),
             lambda: bisect.bisect([1]), lambda: bisect.bisect([1], 1, 0, 1, None),
             lambda: bisect.bisect([1], 1, kee=1), lambda: bisect.bisect(5, 1),
             lambda: bisect.bisect([1, 2, 3], 2, hi=-1), lambda: bisect.bisect([1, 2, 3], 2, hi=-3)):
    try:
        print("ok:", call())
    except Exception as e:
        print(type(e).__name__, e)
print(type(heapq.heappush).__name__, type(bisect.bisect).__name__)
for call in (lambda: heapq.heapify(), lambda: heapq.heappush([]), lambda: heapq.heappop(1),
             lambda: heapq.heapreplace(1, 2), lambda: heapq.heappushpop(1, 2),
             lambda: heapq._heapify_max(1), lambda: heapq._heappop_max(()),
             lambda: heapq._heapreplace_max((), 1), lambda: heapq.heappush(1, 2, 3),
             lambda: heapq.heappop(heap=[]), lambda: heapq.heappush([], item=1)):
    try:
        call()
    except TypeError as e:
        print(e)
