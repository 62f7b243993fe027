# Deep structures: past 50 nested deallocations CPython 3.11 defers the
# next (the "trashcan", _PyTrash_UNWIND_LEVEL) and frees the deferred
# objects, newest first, once the outermost deallocation is done. The
# order of __del__ shows it.
import gc

class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        out.append(self.n)


def show(title):
    gc.collect()  # (nothing to find but under marksweep, which frees here)
    print(title, len(out), out[:8], "...", out[-12:])
    out.clear()


out = []

# A chain of lists, each [previous, leaf].
chain = None
for i in range(52):
    chain = [chain, D(i)]
del chain
show("lists 52")

chain = None
for i in range(300):
    chain = [chain, D(i)]
del chain
show("lists 300")

# Tuples and dicts.
chain = None
for i in range(120):
    chain = (chain, D(i))
del chain
show("tuples")

chain = {}
for i in range(120):
    chain = {"next": chain, "leaf": D(i)}
del chain
show("dicts")



# Instances whose __del__ is the node's own, each with a leaf.
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
        self.leaf = D(1000 + i)

    def __del__(self):
        out.append(("N", self.i))


head = None
for i in range(80, -1, -1):
    head = Node(i, head)
head = None
show("instances")

# Mixed: a list inside an instance inside a tuple, repeated.
x = None
for i in range(70):
    x = (Node(i, None), [x, D(i)])
x = None
show("mixed")

# A wide structure never nests deeply: plain order.
wide = [[D(i)] for i in range(100)]
del wide
show("wide")

# A bound method chain (each method's self holds the next).
class M:
    def __init__(self, i, nxt):
        self.i, self.nxt = i, nxt

    def f(self):
        pass

    def __del__(self):
        out.append(self.i)


m = None
for i in range(60):
    m = M(i, m).f
del m
show("methods")
