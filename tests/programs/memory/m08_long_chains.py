# Item 8: a chain of a million objects is freed without overflowing any stack.
# corpus: skip-stress (too many objects to collect at every safepoint)
import sys

freed = 0


class Link:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

    def __del__(self):
        global freed
        freed += 1


class Plain:
    def __init__(self, nxt):
        self.next = nxt


# A million instances, each pointing at the previous one.
head = None
for i in range(1000000):
    head = Link(i, head)
print("built a chain of", head.value + 1, "links")
walk = head
steps = 0
while walk is not None and steps < 5:
    print("  link", walk.value)
    walk = walk.next
    steps += 1
walk = None
print("freed so far:", freed)
head = None
print("after dropping the head, freed:", freed)

# The same without __del__.
chain = None
for i in range(1000000):
    chain = Plain(chain)
print("plain chain built, head refcount:", sys.getrefcount(chain))
chain = None
print("plain chain dropped")

# A list nested 100,000 deep.
deep = []
for i in range(100000):
    deep = [deep]
depth = 0
probe = deep
while probe:
    probe = probe[0]
    depth += 1
print("nested list depth:", depth)
probe = None
deep = None
print("nested list dropped")

# Nested dicts and tuples.
d = {}
for i in range(200000):
    d = {"inner": d, "i": i}
print("outer dict i:", d["i"], "next i:", d["inner"]["i"])
d = None
t = ()
for i in range(200000):
    t = (t, i)
print("outer tuple value:", t[1], "inner value:", t[0][1])
t = None
print("dict and tuple chains dropped")

# A chain whose last reference is a list slot.
freed = 0
holder = [None]
for i in range(300000):
    holder[0] = Link(i, holder[0])
print("chain in a list slot, head value:", holder[0].value)
holder.pop()
print("popped, freed:", freed)

# A chain released by a function returning.
def build_and_drop(n):
    local = None
    for i in range(n):
        local = Link(i, local)
    return local.value


freed = 0
print("function built and dropped, last value:", build_and_drop(500000))
print("freed by return:", freed)
print("done")
