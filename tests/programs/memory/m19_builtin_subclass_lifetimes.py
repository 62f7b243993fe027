# Instances of builtin subclasses are ordinary objects of their class for
# memory management: counted references, __del__ when the last one goes,
# items released after the instance dict, cycles through them collected,
# weak references where CPython allows them.
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class L(list):
    def __del__(self):
        print("  del L with", len(self), "items")


print("list subclass released at once")
l = L([D("a"), D("b")])
l.tag = D("tag")
print(sys.getrefcount(l), gc.is_tracked(l), type(l).__name__)
x = l
print(sys.getrefcount(l))
del x
del l
print("after del")


class Dct(dict):
    pass


print("dict subclass: values released in order")
d = Dct(one=D("one"), two=D("two"))
d.attr = D("attr")
del d
print("after del")


class T(tuple):
    pass


print("tuple subclass")
t = T((D("t0"), D("t1")))
print(gc.is_tracked(t), gc.is_tracked(T((1, 2))))
del t


class I(int):
    pass


i = I(7)
print("int subclass tracked:", gc.is_tracked(i), "refcount", sys.getrefcount(i))
i.note = D("note")
del i


print("a cycle through a list subclass")
class Plain(list):
    pass


gc.collect()
c = Plain([D("in-cycle")])
c.append(c)
r = weakref.ref(c)
del c
print("before collect", r() is not None)
n = gc.collect()
print("collected", n, "alive", r() is not None)


print("weak references")
for cls in (L, Dct, I, T):
    try:
        obj = cls()
        w = weakref.ref(obj)
        print(cls.__name__, "weakrefable", w() is obj)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
print("end")
