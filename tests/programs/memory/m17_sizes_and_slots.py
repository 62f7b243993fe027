# Items 17 and 18: sys.getsizeof reports ouro's real sizes, so relative
# facts hold (an instance with __slots__ is smaller than one with a dict);
# a class's own __sizeof__ is asked, plus the collector head. Slot
# instances take part in cycles, weak references and finalizers as any.
import gc
import sys
import weakref


class Plain:
    def __init__(self):
        self.x = 1
        self.y = 2


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


print("slots smaller than a dict:", sys.getsizeof(Slotted()) < sys.getsizeof(Plain()))
print("a list grows with its items:", sys.getsizeof([]) < sys.getsizeof(list(range(100))))
print("a str grows with its text:", sys.getsizeof("a") < sys.getsizeof("a" * 100))
print("__sizeof__ leaves out the head:",
      object.__sizeof__(Slotted()) == sys.getsizeof(Slotted()) - 16)


class Sized:
    __slots__ = ()

    def __sizeof__(self):
        return 1000


class Negative:
    def __sizeof__(self):
        return -1


class Wrong:
    def __sizeof__(self):
        return "big"


print("own __sizeof__ plus the head:", sys.getsizeof(Sized()))
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
try:
    sys.getsizeof(Wrong())
except TypeError as e:
    print("TypeError:", e)
print("default on TypeError:", sys.getsizeof(Wrong(), -7))


class Node:
    __slots__ = ("name", "other", "__weakref__")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
print("a slot instance alone dies at its last reference:")
solo = Node("solo")
del solo
print("tracked:", gc.is_tracked(Node("t")))
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("referents:", [type(x).__name__ for x in gc.get_referents(a)])
r = weakref.ref(a, lambda ref: print("  callback"))
del a, b
print("a cycle through slots:")
print("collected:", gc.collect())
print("weak reference cleared:", r() is None)
