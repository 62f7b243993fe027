"""GC workload: many small reference cycles made and dropped at once
(pairs, triangles, self-references, a parent with children pointing
back), which only a cycle collector can reclaim."""
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


class Parent:
    def __init__(self, n):
        self.children = [Child(self, i) for i in range(n)]


class Child:
    def __init__(self, parent, i):
        self.parent = parent
        self.i = i


def main(rounds):
    total = 0
    for r in range(rounds):
        a = Node(r)
        b = Node(r + 1)
        a.other = b
        b.other = a
        c = Node(r + 2)
        c.other = c
        x, y, z = Node(1), Node(2), Node(3)
        x.other, y.other, z.other = y, z, x
        p = Parent(3)
        total += a.other.value + c.other.value + x.other.other.value + len(p.children)
        if r % 1000 == 0:
            d = {"self": None}
            d["self"] = d
            lst = [r]
            lst.append(lst)
            total += len(lst)
    print("cycles made:", rounds * 5, "checksum:", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
