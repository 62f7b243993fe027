# The weak dictionaries' keys(), values() and items() are generators, as
# CPython's, over the live entries.
import weakref
class O: pass
a, b = O(), O()
d = weakref.WeakValueDictionary({"a": a, "b": b})
print(type(d.keys()).__name__, sorted(d.keys()), len(d), sorted(k for k in d))
k = weakref.WeakKeyDictionary({a: 1, b: 2})
print(type(k.items()).__name__, sorted(v for _, v in k.items()), len(k))
del a
print(sorted(d), len(d), len(k))
