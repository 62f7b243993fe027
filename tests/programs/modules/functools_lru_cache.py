# functools.lru_cache and cache: hits, misses, eviction order, keys.
import functools
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

# LRU eviction order: the least recently *used* goes first
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4]:
    sq(x)
print("calls", calls)
info = sq.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[-1], info[1:3], len(info), list(info), tuple(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
print(info == (hits, misses, maxsize, currsize), (hits, misses, maxsize, currsize) == info)
print(info != (0, 0, 0, 0), info == sq.cache_info(), 3 in info)
print(type(info).__name__, info._fields, info._asdict())
print(info._replace(hits=0), info.count(3), info.index(3))
print(hash(info) == hash(tuple(info)), info + (1,), info < (99,))
print("%s / %d" % (info, info.hits))
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())

# maxsize=1
calls.clear()
@lru_cache(maxsize=1)
def one(x):
    calls.append(x)
    return -x
print([one(x) for x in [1, 1, 2, 1, 1, 2, 2]], calls, one.cache_info())

# maxsize=0: no caching at all, only misses are counted
@lru_cache(maxsize=0)
def nocache(x):
    calls.append(("nc", x))
    return x
calls.clear()
print(nocache(1), nocache(1), calls, nocache.cache_info())
@lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1); negative(1)
print(negative.cache_info(), negative.cache_parameters())

# maxsize=None and cache: unbounded
@lru_cache(maxsize=None)
def unb(x):
    calls.append(("unb", x))
    return str(x)
calls.clear()
for x in list(range(20)) + list(range(10)):
    unb(x)
print(unb.cache_info(), len(calls))

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info())
print(fact(25), fact.cache_info())
print(fact.__name__, fact.__wrapped__.__name__, fact.cache_parameters())

# bare @lru_cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.cache_parameters())
fib.cache_clear()
print(fib(10), fib.cache_info())

# keys: keyword order matters, positional vs keyword differ, 1 and 1.0
@lru_cache(maxsize=None)
def kw(a, b=0, *, c=0):
    calls.append(("kw", a, b, c))
    return a + b + c
calls.clear()
print(kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw(1, 2), kw(1, b=2))
print(kw(1, c=1), kw(1, c=1), kw(1.0, 2), kw(1, 2.0), kw(True, 2))
print(kw.cache_info(), len(calls))

# typed=True separates int / float / bool
@lru_cache(maxsize=None, typed=True)
def typed(x, y=0):
    return (type(x).__name__, type(y).__name__)
print(typed(1), typed(1.0), typed(True), typed(1), typed(1, y=1), typed(1, y=1.0))
print(typed.cache_info(), typed.cache_parameters())
@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(untyped("a"), untyped("a"), untyped(("a",)), untyped.cache_info())

# hash() is computed once per call for a compound key
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v
@lru_cache(maxsize=4)
def byobj(k, tag=""):
    return k.v * 2
k1 = Key(5)
print("first", byobj(k1))
print("again", byobj(k1))
print("equal", byobj(Key(5)))
print("kw", byobj(k1, tag="t"))
print(byobj.cache_info())

# unhashable arguments raise TypeError; nothing is cached
@lru_cache
def takes_list(x):
    return len(x)
try:
    takes_list([1, 2])
except TypeError as e:
    print("TypeError", e)
print(takes_list.cache_info())

# exceptions are not cached
attempts = []
@lru_cache(maxsize=2)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError("first time")
    return x
for _ in range(3):
    try:
        print("flaky", flaky(7))
    except ValueError as e:
        print("ValueError", e)
print(attempts, flaky.cache_info())

# bad arguments to lru_cache
for bad in ["x", 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print("TypeError", e)
print(lru_cache(None)(len).cache_parameters())
tq = lru_cache(len, typed=True) if False else lru_cache(maxsize=7, typed=True)(len)
print(tq("abc"), tq.cache_info(), tq.cache_parameters())

# wrapper attributes
@lru_cache(maxsize=10)
def documented(a):
    "Some documentation."
    return a
documented.extra = 1
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__, documented.__wrapped__(3), documented.extra)

# as a method (looked up through the class)
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=8)
    def mul(self, x):
        calls.append(("mul", self.k, x))
        return self.k * x
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
calls.clear()
a, b = Calc(2), Calc(3)
print(a.mul(5), a.mul(5), b.mul(5), Calc(2).mul(5), calls)
print(Calc.mul.cache_info())
Calc.mul.cache_clear()
print(Calc.mul.cache_info())

# recursion re-entering the cache while it is full
@lru_cache(maxsize=2)
def r(n):
    return n if n < 2 else r(n - 1) + r(n - 2)
print([r(n) for n in range(10)], r.cache_info())

# a larger deterministic workload checked against a model of LRU
def model_lru(seq, size):
    order = []
    hits = misses = 0
    for x in seq:
        if x in order:
            hits += 1
            order.remove(x)
        else:
            misses += 1
            if len(order) >= size:
                order.pop(0)
        order.append(x)
    return hits, misses, order
seq = []
v = 17
for _ in range(120):
    v = (v * 5 + 3) % 97
    seq.append(v % 9)
@lru_cache(maxsize=6)
def ident(x):
    return x
for x in seq:
    ident(x)
mh, mm, order = model_lru(seq, 6)
ci = ident.cache_info()
print(ci, (mh, mm) == (ci.hits, ci.misses), order)
