# Item 11: reference counting alone never frees a cycle. Under refcount the
# objects below stay alive to the end; under generational the cycle
# detector frees them at gc.collect() (MEMORY-MODEL.md items 11, 13).
# corpus: skip-stress
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  freed", self.name)


gc.collect()
print("a list appended to itself")
l = []
l.append(l)
print("  refcount with the name:", sys.getrefcount(l))
del l
print("two objects pointing at each other")
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("a dict holding itself")
d = {}
d["self"] = d
del d
print("nothing was freed by the dels above; now gc.collect():")
print("unreachable:", gc.collect())
print("and again:", gc.collect())
