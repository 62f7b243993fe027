"""GC workload: objects with __del__ made and dropped: most die by their
count reaching zero, some inside cycles (finalized by the collector,
PEP 442), some resurrect themselves once."""
import sys

finalized = 0
revived = []


class Resource:
    def __init__(self, n):
        self.n = n
        self.peer = None

    def __del__(self):
        global finalized
        finalized += 1


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if len(revived) < 1000:
            revived.append(self)


def main(rounds):
    import gc
    total = 0
    for r in range(rounds):
        a = Resource(r)
        total += a.n
        if r % 3 == 0:
            b = Resource(r)
            a.peer = b
            b.peer = a
        if r % 50 == 0:
            Phoenix(r)
        del a
    gc.collect()
    # (Under pure reference counting the cycles are never finalized: what
    # every collector agrees on is that the acyclic ones were.)
    acyclic = rounds - (rounds + 2) // 3
    print("made:", rounds, "acyclic finalized:", finalized >= acyclic,
          "revived:", len(revived), "sum:", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
