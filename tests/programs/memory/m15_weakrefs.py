# Item 15: weak references do not count; they read None once the referent
# is freed, and the callback runs then (before __del__ under generational).
# corpus: skip-stress (counts what gc.collect() finds)
import weakref, gc, sys

class A:
    def __init__(self, name): self.name = name
    def __repr__(self): return "A(%s)" % self.name

a = A("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))
print(sys.getrefcount(a))
log = []
r2 = weakref.ref(a, lambda w: log.append(("cb2", w() is None)))
r3 = weakref.ref(a, lambda w: log.append(("cb3", w is r3)))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefs(a)[0] is r)
print(r2.__callback__ is not None, r.__callback__)
print(r == r2, hash(r) == hash(a))
del a
print(r(), r2(), log)
print(r == r2, r != r2)
h = hash(r)
b = A("b")
rb = weakref.ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print("TypeError", e)
for bad in (1, "s", [], {}, (), None, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

# a cycle member
gc.collect()
c = A("c"); d = A("d"); c.o = d; d.o = c
out = []
wc = weakref.ref(c, lambda w: out.append("callback"))
del c, d
print(wc() is not None)
print(gc.collect(), wc(), out)

# a callback that drops its own weak reference: counted by collect
holder = {}
e = A("e"); e.me = e
holder["w"] = weakref.ref(e, lambda w: holder.pop("w"))
del e
print("freed with its weakref", gc.collect(), sorted(holder))

# weakref and __del__ order in a cycle
class D:
    def __del__(self):
        order.append("del, weakref dead: " + str(wd() is None))
order = []
x = D(); y = D(); x.y = y; y.x = x
wd = weakref.ref(x, lambda w: order.append("callback"))
del x, y
gc.collect()
print(order)

def f(): pass
wf = weakref.ref(f)
print(wf() is f, weakref.ref(A)() is A, weakref.ref({1})() == {1})
print(repr(weakref.ref(A)).startswith("<weakref at 0x"), "to 'type'" in repr(weakref.ref(A)))
z = A("z"); wz = weakref.ref(z); del z
print(repr(wz).endswith("; dead>"))
