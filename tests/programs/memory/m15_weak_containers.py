# Item 15: weakref's containers, finalize and proxy (written in Python on
# _weakref, compiled into ouro), under every collector.
# corpus: skip-stress (entries vanish at collections)
import weakref, gc

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
    def hello(self): return "hello from %d" % self.n

gc.collect()
d = weakref.WeakValueDictionary()
a, b, c = A(1), A(2), A(3)
d["a"] = a; d["b"] = b; d["c"] = c
print(len(d), sorted(d.keys()), d["a"], "b" in d, d.get("zz", "none"))
del b
print(len(d), sorted(d.keys()), "b" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted([(k, v.n) for k, v in d.items()]))
print(d.pop("a"), len(d))

k = weakref.WeakKeyDictionary()
x, y = A(10), A(20)
k[x] = "ten"; k[y] = "twenty"
print(len(k), k[x], x in k)
del x
print(len(k), sorted(k.values()))

s = weakref.WeakSet()
p, q = A(5), A(6)
s.add(p); s.add(q); s.add(p)
print(len(s), p in s)
del p
print(len(s), sorted([o.n for o in s]))

log = []
def bye(name):
    log.append("bye " + name)
r = A(7)
f = weakref.finalize(r, bye, "r")
print(f.alive, f.peek()[1] is bye)
del r
print(f.alive, log)
g = A(8)
f2 = weakref.finalize(g, bye, "g")
print(f2(), f2.alive, log)
f2()
print(log)

t = A(9)
pr = weakref.proxy(t)
print(pr.n, pr.hello())
pr.n = 99
print(t.n)
del t
try:
    pr.n
except ReferenceError as e:
    print("ReferenceError", e)

# cycle members in a WeakValueDictionary go at collection
cyc = A(11); cyc.me = cyc
d["cyc"] = cyc
del cyc
print("cyc" in d, end=" ")
gc.collect()
print("cyc" in d)

# Proxies forward every operation, unwrapping proxy operands.
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __lt__(self, o): return self.v < o.v
    def __neg__(self): return Num(-self.v)
    def __index__(self): return self.v
    def __repr__(self): return "Num(%d)" % self.v
n1, n2 = Num(1), Num(2)
p1, p2 = weakref.proxy(n1), weakref.proxy(n2)
print(p1 + p2, 10 + p1, p1 < p2, -p1, [0, 1, 2][p1], type(p1).__name__)
print(type(weakref.proxy(len)).__name__, weakref.proxy(bye)("called"), log[-1])
items = [3, 1, 2]
class Box:
    def __init__(self): self.items = [3, 1, 2]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
box = Box()
pb = weakref.proxy(box)
pb[0] = 30
del pb[1]
print(len(pb), pb[0], box.items, weakref.ProxyTypes)
try:
    hash(pb)
except TypeError:
    print("unhashable")
del box
try:
    len(pb)
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(pb).startswith("<weakproxy at 0x"), repr(pb).split(" ")[3])
