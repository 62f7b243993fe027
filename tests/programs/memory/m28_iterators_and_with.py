# Result tuples enumerate, zip and a dict's items iterator recycle when
# nothing else holds them (CPython's en_result, zip.result, di_result), and
# the references a with block's __enter__/__exit__ see.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = {"k": D("dictval")}
it = iter(d.items())
k, v = next(it)
del v
d.clear()
print("dict cleared")
del it
print("items iterator gone")
L = [D("listitem")]
e = enumerate(L)
i, x = next(e)
del x
L.clear()
print("list cleared")
del e
print("enumerate gone")
A = [D("za")]; B = [D("zb")]
z = zip(A, B)
a, b = next(z)
del a, b
A.clear(); B.clear()
print("zip inputs cleared")
del z
print("end")

import sys
class CM:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, t, v, tb):
        print("exit", sys.getrefcount(self), t is None)
        return False
cm = CM()
print("before", sys.getrefcount(cm))
with cm:
    print("inside no as", sys.getrefcount(cm))
print("after", sys.getrefcount(cm))
with cm as x:
    print("inside as", sys.getrefcount(cm))
print("after as", sys.getrefcount(cm))
del x
with CM() as y:
    print("temp inside", sys.getrefcount(y))
print("temp after", sys.getrefcount(y))
class Supp(CM):
    def __exit__(self, t, v, tb):
        print("exit exc", t.__name__, sys.getrefcount(v))
        return True
with Supp():
    raise RuntimeError("boom")
print("suppressed")

import sys
class Obj: pass
items = [Obj() for _ in range(3)]
for it in items:
    print("for list", sys.getrefcount(it))
print("after loop", sys.getrefcount(items[-1]))
d = {1: Obj(), 2: Obj()}
for k in d:
    print("dict val", sys.getrefcount(d[k]))
for k, v in d.items():
    print("items", sys.getrefcount(v))
for v in d.values():
    print("values", sys.getrefcount(v))
for i, it in enumerate(items):
    print("enumerate", i, sys.getrefcount(it))
other = [Obj(), Obj()]
for a, b in zip(items, other):
    print("zip", sys.getrefcount(a), sys.getrefcount(b))
for t in zip(items, other):
    print("zip tuple", sys.getrefcount(t), sys.getrefcount(t[0]))
tup = tuple(items)
for it in tup:
    print("tuple iter", sys.getrefcount(it))
for it in reversed(items):
    print("reversed", sys.getrefcount(it))
