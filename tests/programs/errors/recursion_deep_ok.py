# With a raised recursion limit, 50,000 nested Python calls work.
# corpus: skip-stress (50,000 frames are too slow when every safepoint collects)
import sys

sys.setrecursionlimit(100000)
print("limit:", sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


def build(n):
    return [] if n == 0 else [build(n - 1)]


def measure(nested):
    count = 0
    while nested:
        nested = nested[0]
        count += 1
    return count


print("depth(50000):", depth(50000))
print("sum_to(50000):", sum_to(50000), 50000 * 50001 // 2)
tower = build(20000)
print("built nested lists recursively:", measure(tower))
tower = None


class Tree:
    def __init__(self, child):
        self.child = child

    def height(self):
        return 0 if self.child is None else 1 + self.child.height()


t = None
for _ in range(30001):
    t = Tree(t)
print("tree height by method recursion:", t.height())
t = None
for n in [10, 1000, 49999]:
    print("depth", n, "->", depth(n))
print("done")
