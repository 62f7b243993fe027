# weakref.ref can be subclassed, and proxies are weak references: both
# sit in the referent's list in CPython's order (the shared plain ref,
# then the shared plain proxy, then the others newest first), so
# getweakrefcount, getweakrefs, __weakref__ and the callback order match.
import gc
import re
import sys
import weakref


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


class A:
    def m(self):
        return "m"

    def __call__(self):
        return "called"


def kinds(o):
    return [type(w).__name__ for w in weakref.getweakrefs(o)]


a = A()
r1 = MyRef(a, tag="t1")
print("subclass", isinstance(r1, weakref.ref), r1.tag, r1() is a, r1.__callback__)
print(kinds(a))
r2 = weakref.ref(a)
print("plain first", kinds(a), a.__weakref__ is r2)
r3 = MyRef(a)
print("subclass never shared", r3 is not r1, weakref.ref(a) is r2)
p1 = weakref.proxy(a)
print("proxy after plain ref", kinds(a), weakref.proxy(a) is p1)
p2 = weakref.proxy(a, lambda w: print("proxy callback", type(w).__name__))
print("callback proxy not shared", p2 is not p1, weakref.getweakrefcount(a))
print(kinds(a))
print("proxy forwards", p1.m(), p1(), p1.__class__.__name__, isinstance(p1, A))
print("types", type(p1).__name__, type(r1).__name__, type(r1).__mro__[1].__name__)
print("hash and eq", hash(r1) == hash(a), r1 == r2, r1 != r3, r1 == weakref.ref(A))
print("repr", re.sub("0x[0-9a-f]+", "ADDR", repr(r1)))
print("repr", re.sub("0x[0-9a-f]+", "ADDR", repr(weakref.ref(A))))
print("refcount of a ref", sys.getrefcount(r2))
try:
    weakref.ProxyType(a)
except TypeError as e:
    print("TypeError", e)
try:
    MyRef(1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref.__new__(weakref.ref)
except TypeError as e:
    print("TypeError", e)

order = []
b = A()
w1 = MyRef(b, lambda w: order.append(("w1", w.tag)), tag="first")
w2 = MyRef(b, lambda w: order.append(("w2", w.tag)), tag="second")
w3 = weakref.ref(b, lambda w: order.append(("w3", type(w).__name__)))
del b
gc.collect()  # (marksweep frees b only at a collection)
print("callbacks newest first", order)
print("dead", w1(), w2(), w3())

del a
gc.collect()
print("dead proxy", re.sub("0x[0-9a-f]+", "ADDR", repr(p1)))
try:
    p1.m
except ReferenceError as e:
    print("ReferenceError", e)


class K:
    def meth(self):
        return "meth"


k = K()
wm = weakref.WeakMethod(k.meth, lambda w: print("method died", type(w).__name__))
print("WeakMethod", isinstance(wm, weakref.ref), wm()(), wm == weakref.WeakMethod(k.meth))
kr = weakref.KeyedRef(k, None, "key")
print("KeyedRef", kr.key, kr() is k, isinstance(kr, weakref.ref))
gc.collect()
print(kinds(k))
del k
gc.collect()
print("after", wm(), kr())
print("blocks", type(sys.getallocatedblocks()).__name__, sys._clear_type_cache())
