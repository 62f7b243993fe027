"""GC workload: a million-node singly linked list built, walked and
dropped; dropping it frees a million objects in one cascade."""
import sys


class Link:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def main(n, rounds):
    for r in range(rounds):
        head = None
        for i in range(n):
            head = Link(i + r, head)
        total = 0
        count = 0
        node = head
        while node is not None:
            total += node.value
            count += 1
            node = node.next
        head = None
        print("round", r, "nodes", count, "sum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000, 1)
