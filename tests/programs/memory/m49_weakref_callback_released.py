# A referent that dies of its count reaching zero: each weak reference to it
# gives up its callback before the callback runs (CPython's
# PyObject_ClearWeakRefs), so what the callback holds dies after the calls,
# not with the weak reference. A collection's weak references keep theirs.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make_cb(tag):
    payload = A(tag)

    def cb(ref):
        print("callback", tag, "payload", payload.n, "ref dead:", ref() is None)

    return cb


target = A(1)
r = weakref.ref(target, make_cb(99))
print(r.__callback__ is not None)
del target
print("callback after death:", r.__callback__ is None and "None")
print("weakref still referenced")
del r
print("--- two callbacks and a plain reference")
t = A(2)
plain = weakref.ref(t)
r1 = weakref.ref(t, make_cb(10))
r2 = weakref.ref(t, make_cb(20))
del t
print(r1.__callback__ is None, r2.__callback__ is None, plain.__callback__ is None)
del r1, r2
print("--- a weak reference that dies before its referent")
u = A(3)
r3 = weakref.ref(u, make_cb(30))
del r3
print("r3 gone")
del u
print("--- a referent in a cycle, found by the collector")
c = A(4)
c.self = c
r4 = weakref.ref(c, make_cb(40))
del c
gc.collect()
print("callback kept:", r4.__callback__ is not None)
del r4
print("end")
# corpus: skip-stress marksweep (a collection at every allocation finalizes the objects earlier)
