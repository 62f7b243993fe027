"""Generators workload: a balanced binary tree walked in order by recursive
generators (`yield from` at every level), a pipeline of generator
expressions, and a generator driven with send(); in the spirit of
pyperformance's `generators` benchmark."""

import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count


def main(size, rounds):
    t = tree(0, size)
    checksum = 0
    for _ in range(rounds):
        for v in t:
            checksum += v
        evens = (v for v in t if v % 2 == 0)
        squares = (v * v for v in evens)
        checksum += sum(squares) % 1000
        m = running_mean()
        next(m)
        for v in t:
            last = m.send(v)
        m.close()
        checksum += int(last)
    return checksum


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `20 12`.
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    print(main(2**depth, rounds))

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 120 12 (about a second under python3, for `ouro bench`)
