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
