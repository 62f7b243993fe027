# The sys, gc and copy modules as far as ouro supports them.
import sys
import gc
import copy

print("argv has one entry:", len(sys.argv), sys.argv[0].endswith(".py"))
print("default recursion limit:", sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print("new recursion limit:", sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("recursion 2000 deep:", depth(2000))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print("restored:", sys.getrecursionlimit())

# getsizeof: only relative facts.
small = sys.getsizeof([])
bigger = sys.getsizeof(list(range(1000)))
print("a 1000-item list is bigger than an empty one:", bigger > small)
print("sizes are positive ints:", type(small) is int, small > 0)
print("long string bigger than short:", sys.getsizeof("x" * 10000) > sys.getsizeof("x"))
print("big int bigger than small int:", sys.getsizeof(2 ** 1000) > sys.getsizeof(1))
print("dict with entries bigger than empty:", sys.getsizeof(dict(zip(range(100), range(100)))) > sys.getsizeof({}))

# getrefcount of objects this program created.
box = [1, 2]
print("refcount:", sys.getrefcount(box))
boxes = [box, box]
print("refcount after storing twice:", sys.getrefcount(box))

# gc: enabled by default; collect() can be called (its result differs between
# collectors, so it is not printed).
print("gc enabled:", gc.isenabled())
gc.collect()
print("collect() returns an int:", type(gc.collect()) is int)
print("still enabled:", gc.isenabled())

# copy.
nested = {"list": [1, [2, 3]], "tuple": (4, [5]), "n": 6}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["list"][1].append("x")
nested["tuple"][1].append("y")
nested["n"] = 7
print("original:", nested)
print("shallow :", shallow)
print("deep    :", deep)
print("copy of an int is the int:", copy.copy(12345) == 12345, copy.deepcopy("str") == "str")


class Config:
    def __init__(self, name, values):
        self.name = name
        self.values = values


c1 = Config("base", [1, 2])
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.values.append(3)
c1.name = "renamed"
print("instance copies:", c2.name, c2.values, c3.name, c3.values, type(c2) is Config)
print("refcount of c1.values:", sys.getrefcount(c1.values))
sys.exit()
print("not reached")
