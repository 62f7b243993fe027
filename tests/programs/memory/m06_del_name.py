# Item 6: `del name` removes the name, not the object.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name
        print("created", name)

    def __del__(self):
        print("freed", self.name)


a = Tracked("A")
b = a
print("two names:", sys.getrefcount(a))
del a
print("deleted name a; b still works:", b.name, sys.getrefcount(b))
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print("about to delete b")
del b
print("b deleted")

items = [Tracked("item0"), Tracked("item1"), Tracked("item2")]
first = items[0]
print("deleting items[0] from the list")
del items[0]
print("list now", len(items), "- item0 still bound to first:", first.name)
del first
print("deleting a slice")
del items[:]
print("slice deleted, list is", items)

d = {"x": Tracked("dx"), "y": Tracked("dy")}
print("del d['x']")
del d["x"]
print("del d")
del d
print("dict gone")


# del of a local inside a function.
def work():
    local = Tracked("local")
    keep = Tracked("keep")
    print("  deleting local")
    del local
    print("  local deleted, returning keep")
    return keep


kept = work()
print("got", kept.name)
del kept


# del of several names in one statement.
p = Tracked("P")
q = Tracked("Q")
r = p
del p, q
print("after del p, q; r is", r.name)
del r


# del of an attribute.
class Bag:
    pass


bag = Bag()
bag.thing = Tracked("attr")
print("hasattr before:", hasattr(bag, "thing"))
del bag.thing
print("hasattr after:", hasattr(bag, "thing"))

# A deleted name can be bound again.
x = Tracked("x1")
del x
x = Tracked("x2")
print("x is now", x.name)
x = Tracked("x3")
print("end of program")
