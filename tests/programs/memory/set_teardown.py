# A set's keys are released in table order when it dies (with nothing
# made on the way); its size follows resizes whichever way keys arrive.
import gc
import sys

log = []


class K:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name

    def __del__(self, log=log):
        log.append(self.name)


def dies(keys):
    s = set(keys)
    del keys
    return s


log.clear()
s = dies([K("a", 5), K("b", 1), K("c", 3), K("d", 9)])
del s
gc.collect()
print("table order:", log)

log.clear()
fs = frozenset([K("x", 2), K("y", 1)])
del fs
gc.collect()
print("frozenset:", log)


class S(set):
    pass


log.clear()
ss = S([K("p", 4), K("q", 2)])
ss.attr = K("attr", 0)
del ss
gc.collect()
print("subclass:", log)

# Many sets made and dropped, with keys that live on.
keep = [K(str(i), i) for i in range(10)]
total = 0
for i in range(2000):
    t = {keep[i % 10], keep[(i + 3) % 10]}
    t.add(keep[(i + 5) % 10])
    total += len(t) + (keep[0] in t)
print("total", total, "refs", sys.getrefcount(keep[0]) - 1)


# Sizes follow the table through resizes, however the keys came in.
base = sys.getsizeof(set())
a = set()
sizes = []
for i in range(40):
    a.add(i)
    sizes.append(sys.getsizeof(a) - base)
print(sorted(set(sizes)))
b = set()
b.update(range(40))
print(sys.getsizeof(b) - base, sys.getsizeof(set(range(40))) - base)
c = set()
c.update({i: i for i in range(25)})
print(sys.getsizeof(c) - base)
d = set(range(100))
for i in range(90):
    d.discard(i)
d.difference_update(range(5))
print(len(d), sys.getsizeof(d) - base)
e = {i for i in range(30)}
e.clear()
print(len(e), sys.getsizeof(e) - base)
print(sys.getsizeof(frozenset(range(10))) - sys.getsizeof(frozenset()))
del keep
