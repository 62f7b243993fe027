# itertools.permutations is native (as CPython's C one): the same order,
# errors, and result tuple recycled while the iterator holds it alone.
import itertools, sys, gc
from itertools import permutations
print(permutations, type(permutations(range(3))), permutations.__name__, permutations.__module__)
print(list(permutations(range(3))))
print(list(permutations("abcd", 2)))
print(list(permutations([], 0)), list(permutations([1], 0)), list(permutations([], 1)), list(permutations(range(3), 5)))
print(list(permutations(range(3), r=None)), list(permutations(iterable=[1, 2])))
for bad in [(range(3), -1), (range(3), "x"), (range(3), 2.0)]:
    try:
        permutations(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    permutations()
except TypeError as e:
    print(e)
try:
    permutations(5)
except TypeError as e:
    print(e)
p = permutations(range(4), 3)
ids = set()
for t in p:
    ids.add(id(t))
print(len(ids))
p = permutations(range(3))
a = next(p); b = next(p)
print(a, b, a is b)
it = iter(p); print(it is p, next(p))
class A:
    def __del__(self): print("del A")
p = permutations([A(), 1])
print(len(list(p)))
del p
print(gc.is_tracked(permutations(range(2))), sys.getrefcount(permutations) > 1)
x = list(permutations(range(3)))
print(len(x), len(set(map(id, x))))
print(sum(1 for _ in permutations(range(7))))
print(isinstance(permutations([]), permutations), next(permutations(range(3)), None))
# corpus: skip-stress marksweep (collections at every allocation change which blocks the results reuse)
