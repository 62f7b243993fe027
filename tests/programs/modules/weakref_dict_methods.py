# WeakValueDictionary and WeakKeyDictionary: popitem, itervaluerefs,
# clear, ==, and the | operators of collections.abc.MutableMapping.
import weakref

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n

a, b, c = A(1), A(2), A(3)
d = weakref.WeakValueDictionary({1: a, 2: b})
k, v = d.popitem()
print(k, v, sorted(d.keys()))
d[3] = c
print(sorted(r() .n for r in d.itervaluerefs()))
e = d | {4: a}
print(type(e).__name__, sorted(e.keys()))
f = {5: b} | d
print(type(f).__name__, sorted(f.keys()))
d |= {6: c}
print(sorted(d.keys()), d == {2: b, 3: c, 6: c}, d != {2: b})
d.clear()
print(len(d), list(d.items()))
try:
    d.popitem()
except KeyError as ex:
    print("KeyError", ex)

w = weakref.WeakKeyDictionary({a: 1, b: 2})
k, v = w.popitem()
print(k, v, len(w))
w2 = w | {c: 3}
print(type(w2).__name__, sorted(x.n for x in w2.keys()))
w |= {c: 9}
print(sorted((x.n, y) for x, y in w.items()))
print(w == {b: 2, c: 9} or w == {a: 1, c: 9})
print(d.__or__(5) is NotImplemented, w.__ror__(5) is NotImplemented)
del c
print(len(w), len(d))
