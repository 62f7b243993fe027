# A store through StoreAttr's inline cache keeps CPython's rules: the
# instance dict is tracked once it holds a container (so a cycle through
# it is collected), and the old value is released after the new one is in
# place. (refcount has no cycle detector; marksweep runs finalizers at its
# collections: see the overrides.)


class Hint:
    def __init__(self):
        self.other = None


def store(o, v):
    o.other = v


for _ in range(3):   # the cache is warm by the third time round
    store(Hint(), 1)

# Values stored through the cache are tracked for the cycle detector.
import gc


class Node:
    def __init__(self):
        self.other = None


a, b = Node(), Node()
da = a.__dict__      # a dict of its own now, tracked by its contents
store(a, 1)
store(b, 1)
print("tracked", gc.is_tracked(da))
store(a, b)
store(b, a)
print("tracked", gc.is_tracked(da))
del da
del a, b
print("collected", gc.collect() >= 2)


# The old value goes after the store, its finalizer seeing the new one.
class D:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        print("del sees", self.owner.v if not isinstance(self.owner.v, D) else "D")


h = Node()
h.v = 0
h.v = D(h)
h.v = "new"
print("end")
