# Item 8: freeing an object releases what it referenced, in CPython's order.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  free", self.name)


def section(title):
    print(title)


section("list: items are released last to first")
lst = [Noisy("L0"), Noisy("L1"), Noisy("L2"), Noisy("L3")]
lst = None

section("tuple: also last to first")
tup = (Noisy("T0"), Noisy("T1"), Noisy("T2"))
tup = None

section("dict: entries in insertion order, key before value")
d = {}
d["first"] = Noisy("D-first")
d["second"] = Noisy("D-second")
d["third"] = Noisy("D-third")
d = None

section("dict with instance keys")
d = {Noisy("K1"): Noisy("V1"), Noisy("K2"): Noisy("V2")}
d = None

section("dict after deleting and re-adding a key")
d = {"a": Noisy("a1"), "b": Noisy("b1"), "c": Noisy("c1")}
del d["a"]
d["a"] = Noisy("a2")
d = None

section("nested lists: depth first, each list last to first")
nested = [[Noisy("A0"), Noisy("A1")], [Noisy("B0"), [Noisy("B1a"), Noisy("B1b")]], Noisy("C")]
nested = None

section("instance attributes: __del__ of the owner first, then attributes in order")
owner = Noisy("owner")
owner.left = Noisy("owner.left")
owner.right = Noisy("owner.right")
owner.extra = [Noisy("extra0"), Noisy("extra1")]
owner = None

section("a tree of instances")
root = Noisy("root")
root.kids = [Noisy("kid0"), Noisy("kid1")]
root.kids[0].kids = [Noisy("grandkid00"), Noisy("grandkid01")]
root.kids[1].kids = (Noisy("grandkid10"),)
root = None

section("a shared item is freed only with its last holder")
shared = Noisy("shared")
x = [Noisy("x0"), shared]
y = [shared, Noisy("y1")]
shared = None
print(" drop x")
x = None
print(" drop y")
y = None

section("list.pop, list.clear and slice deletion")
many = [Noisy("M" + str(i)) for i in range(6)]
many.pop()
many.pop(0)
print(" clear the rest")
many.clear()
more = [Noisy("N" + str(i)) for i in range(5)]
print(" del more[1:4]")
del more[1:4]
print(" more[0] = None")
more[0] = None
print(" more = None")
more = None

section("replacing a slot frees the old item at once")
slots = [Noisy("old0"), Noisy("old1")]
slots[1] = Noisy("new1")
slots[0] = "plain"
print(" slots now hold", slots[0], slots[1].name)
slots = None
section("done")
