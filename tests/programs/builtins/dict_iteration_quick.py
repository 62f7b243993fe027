# Dict iterators stepped the quick way (FOR_ITER and the builtins that
# consume an iterable): keys, values and items; a dict changed while it is
# iterated; the item pairs, each a tuple of its own once kept; references.
import sys

d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
print(sum(d.values()), list(d), tuple(d.values()), sorted(d.items()))
print(max(d), min(d.values()), "-".join(d), set(d.values()) == {1, 2, 3})
kept = list(d.items())
print(kept, kept[0] is kept[1], len({id(t) for t in kept}))
kept = [t for t in d.items()]
print(kept, len({id(t) for t in kept}))

# Changing the size while iterating is a RuntimeError, at the next step.
e = {i: i for i in range(5)}
try:
    for k in e:
        print("saw", k)
        if k == 2:
            e[10] = 10
except RuntimeError as err:
    print("RuntimeError:", err)
print(len(e))

f = {i: i for i in range(5)}
try:
    for v in f.values():
        if v == 1:
            del f[3]
except RuntimeError as err:
    print("RuntimeError:", err)

# Same size, other keys: CPython notices once more keys come than it had.
g = {1: 1, 2: 2, 3: 3}
try:
    for k in g:
        print("g", k)
        if k == 1:
            del g[2]
            g[4] = 4
except RuntimeError as err:
    print("RuntimeError:", err)

# Replacing values while iterating is allowed.
h = {i: 0 for i in range(4)}
for k in h:
    h[k] = k * k
print(h)

# An exhausted iterator stays exhausted and lets the dict go.
big = {i: str(i) for i in range(3)}
before = sys.getrefcount(big)
it = iter(big.values())
print(sys.getrefcount(big) - before)
print(list(it), list(it), next(it, "done"))
print(sys.getrefcount(big) - before)
it2 = iter(big.items())
print(next(it2), sys.getrefcount(big) - before)
del it2
print(sys.getrefcount(big) - before)

# Values that are the only reference to objects; items consumed one by one.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"


owned = {i: V(i) for i in range(4)}
total = 0
for k, v in owned.items():
    total += v.n
print(total, [repr(v) for v in owned.values()])
pairs = iter(owned.items())
first = next(pairs)
second = next(pairs)
print(first, second, first is second)
del first
third = next(pairs)
print(third, sys.getrefcount(owned[2]))

# Empty dicts, subclasses and views.
class D(dict):
    pass


for m in [{}, D(x=1, y=2)]:
    print(type(m).__name__, list(m), list(m.values()), list(m.items()))
print(list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1}.items())))
print([k for k in {"z": 1}.keys()], sum(x for x in {1: 5, 2: 6}.values()))
