# itertools.product, combinations and zip_longest are native, as CPython's C ones: the
# pools taken at once, each distinct pool held once (repeat shares it), the
# result tuple refilled in place while nothing else holds it.
import itertools, sys
print(list(itertools.product("ab", [1, 2], repeat=1)), list(itertools.product()), list(itertools.product([1,2], repeat=2)))
print(list(itertools.product([1], [], [2])), list(itertools.product([1, 2], repeat=0)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations("ab", 3)), list(itertools.combinations("ab", 0)), list(itertools.combinations([], 0)))
for bad in [lambda: itertools.combinations("ab", -1), lambda: itertools.product("a", repeat=-1), lambda: itertools.combinations("ab"), lambda: itertools.combinations(1, 2), lambda: itertools.product(1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class E: pass
a, b = E(), E()
for t in itertools.product([a], [b]): print("product", sys.getrefcount(t), sys.getrefcount(a))
for t in itertools.product([a], repeat=3): print("product rep", sys.getrefcount(t), sys.getrefcount(a))
for t in itertools.combinations([a, b], 2): print("comb", sys.getrefcount(t), sys.getrefcount(a))
ids = set()
for t in itertools.product([1, 2], [3, 4]): ids.add(id(t))
print("product ids", len(ids))
keep = list(itertools.product([1, 2], [3, 4]))
print(keep)
ids = set()
for t in itertools.combinations(range(5), 3): ids.add(id(t))
print("comb ids", len(ids))
print(type(itertools.product()).__name__, type(itertools.combinations("", 0)), itertools.product.__module__)
it = itertools.combinations(range(4), 2); next(it); print(list(it))
print(isinstance(itertools.product(), itertools.product))
cwr = itertools.combinations_with_replacement
print(list(cwr("abc", 2)), list(cwr("", 2)), list(cwr("", 0)), list(cwr("ab", 0)), list(cwr([1], 3)))
ids = set()
for t in cwr(range(3), 2): ids.add(id(t))
print("cwr ids", len(ids), type(cwr("a", 1)).__name__)
try: cwr("a", -1)
except ValueError as e: print(e)
zl = itertools.zip_longest
print(list(zl("abc", [1])), list(zl()), list(zl("ab", "xyz", fillvalue="-")), list(zl([], [])))
try: zl(1)
except TypeError as e: print(e)
try: zl("a", fill=1)
except TypeError as e: print(e)
class E: pass
a, b = E(), E()
for t in zl([a], [b]): print("zl", sys.getrefcount(t))
ids = set()
for t in zl([1, 2, 3], [4]): ids.add(id(t))
print("zl ids", len(ids))
keep = list(zl([1, 2], [3]))
print(keep, type(zl()).__name__)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen(n):
    for i in range(n):
        yield D(i)
    print("gen", n, "done")
z = zl(gen(1), gen(2))
for pair in z:
    print("pair", [p.n if p else None for p in pair])
    del pair
print("loop done")
del z
def boom():
    yield 1
    raise ValueError("boom")
z = zl(boom(), [1, 2, 3])
try:
    for x in z: print(x)
except ValueError as e:
    print("error", e)
print(list(z))
