# At exit CPython's __main__ leaves sys.modules and dies; its dict, in a
# cycle with the class and functions defined here, is left to the final
# collection, which runs every finalizer in the collector's list order
# before it clears anything. So the items of a list at module level are
# finalized first to last (a list released by its count goes last to
# first), and a dict's first value, stored before the dict was tracked,
# comes after the others. Instance attributes are inline in CPython 3.11:
# the collector's order follows the instance, not an attribute dict.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Pair:
    def __init__(self, name):
        self.name = name
        self.left = D(name + ".left")
        self.right = D(name + ".right")

    def __del__(self):
        print("del pair", self.name)


# During the run: cycles through instance attributes, collected.
a = Pair("a")
b = Pair("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect() > 0)

# At exit.
items = [D("list%d" % k) for k in range(4)]
table = {}
for k in range(4):
    table[k] = D("table%d" % k)
del k
spare = (D("tuple0"), D("tuple1"))
pair = Pair("p")
dropped = {k: D("dropped%d" % k) for k in range(3)}
dropped.popitem()
del dropped
print("end of program")
