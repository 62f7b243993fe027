# Freeing one object frees everything only it referenced, in a fixed order.
#
#     ouro run --gc refcount examples/cascade.py
#
# corpus: skip-stress (the test runner does not run this under --stress-gc:
# collecting at every safepoint with a million objects alive takes too long)


class Box:
    def __init__(self, label, contents=None):
        self.label = label
        self.contents = contents

    def __del__(self):
        print("    freed", self.label)


print("A list releases its items from last to first:")
shelf = [Box("first"), Box("second"), Box("third")]
shelf = None

print("A dict releases its entries in insertion order:")
index = {"a": Box("value a"), "b": Box("value b"), "c": Box("value c")}
index = None

print("Nested boxes: the outer box's __del__ runs, then what it held:")
matryoshka = Box("outer", Box("middle", Box("inner")))
matryoshka = None

print("A shared object survives until its last holder goes:")
shared = Box("shared")
left = [Box("left-only"), shared]
right = [shared, Box("right-only")]
shared = None
print("  dropping left")
left = None
print("  dropping right")
right = None

print("A tree is released depth first:")
tree = [[Box("1.1"), Box("1.2")], [Box("2.1"), [Box("2.2.1"), Box("2.2.2")]]]
tree = None

print("A million-link chain is released without a deep native stack:")
freed = 0


class Link:
    def __init__(self, nxt):
        self.next = nxt

    def __del__(self):
        global freed
        freed += 1


chain = None
for _ in range(1000000):
    chain = Link(chain)
print("  built; freed so far:", freed)
chain = None
print("  released; freed now:", freed)
