import weakref, copy
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K({self.n})"
keys = [K(1), K(2)]
wk = weakref.WeakKeyDictionary({keys[0]: "a", keys[1]: "b"})
c = wk.copy()
print(type(c).__name__, sorted((k.n, v) for k, v in c.items()))
c2 = copy.copy(wk)
print(type(c2).__name__, len(c2))
wv = weakref.WeakValueDictionary({"x": keys[0]})
print(sorted(copy.copy(wv).items(), key=lambda kv: kv[0]), type(copy.deepcopy(wv)).__name__)
d = copy.deepcopy(wk)
print(len(d) <= 2)
del keys[0]
import gc; gc.collect()
print(len(wk), len(c), len(c2))
