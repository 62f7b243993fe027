# Item 4: copy.copy makes a new outer object; copy.deepcopy new objects all the way down.
import copy
import sys

original = [[1, 2], [3, 4], "text", 5]
shallow = copy.copy(original)
deep = copy.deepcopy(original)
print("equal:", shallow == original, deep == original)
print("outer new:", shallow is not original, deep is not original)
print("shallow shares inner:", shallow[0] is original[0], shallow[1] is original[1])
print("deep has new inner:", deep[0] is original[0], deep[1] is original[1])
print("immutable items are shared even by deepcopy:", deep[2] is original[2], deep[3] is original[3])

original[0].append("mutated")
print("original:", original)
print("shallow :", shallow)
print("deep    :", deep)
shallow.append("only in shallow")
print("original len", len(original), "shallow len", len(shallow))

# Other ways to make shallow copies.
copies = [original[:], list(original), original.copy(), [x for x in original]]
for c in copies:
    print("shallow via other means:", c is original, c[0] is original[0])

# Dicts.
inventory = {"fruit": ["apple"], "veg": ["leek"], "count": 2}
dshallow = copy.copy(inventory)
ddeep = copy.deepcopy(inventory)
inventory["fruit"].append("pear")
inventory["count"] = 3
print("dict original:", inventory)
print("dict shallow :", dshallow)
print("dict deep    :", ddeep)
print("dict.copy shares values:", inventory.copy()["veg"] is inventory["veg"])

# Shared sub-objects stay shared inside a deep copy (the memo).
part = [0]
pair = [part, part]
dpair = copy.deepcopy(pair)
print("shared part stays shared:", dpair[0] is dpair[1], dpair[0] is part)
dpair[0].append(1)
print("dpair:", dpair, "pair:", pair)

# Cycles are preserved by deepcopy.
ring = [1, 2]
ring.append(ring)
dring = copy.deepcopy(ring)
print("cycle preserved:", dring[2] is dring, dring is not ring, dring[2] is not ring)
print("cycle contents:", dring[0], dring[1], len(dring))
knot = {"name": "knot"}
knot["self"] = knot
dknot = copy.deepcopy(knot)
print("dict cycle preserved:", dknot["self"] is dknot, dknot is not knot, dknot["name"])

# Tuples: copying an immutable tuple of immutables returns the same object.
frozen = (1, 2, (3, 4))
print("copy of tuple is same:", copy.copy(frozen) is frozen, copy.deepcopy(frozen) is frozen)
holding = (1, [2, 3])
dholding = copy.deepcopy(holding)
print("tuple holding a list is rebuilt by deepcopy:", dholding is holding, dholding[1] is holding[1], dholding)


# Instances of user classes.
class Node:
    def __init__(self, label, children):
        self.label = label
        self.children = children

    def __repr__(self):
        return f"Node({self.label!r}, {self.children!r})"


leaf = Node("leaf", [])
root = Node("root", [leaf, Node("other", [leaf])])
croot = copy.copy(root)
droot = copy.deepcopy(root)
print("copy:", croot, croot is root, croot.children is root.children)
print("deepcopy:", droot, droot.children is root.children)
print("leaf shared inside deepcopy:", droot.children[0] is droot.children[1].children[0])
print("but not with the original:", droot.children[0] is leaf)
leaf.label = "changed"
print("after change:", root)
print("copy sees it:", croot)
print("deepcopy does not:", droot)
print("refcount of leaf:", sys.getrefcount(leaf))
print("refcount of root:", sys.getrefcount(root))
