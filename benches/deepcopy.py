"""Deepcopy workload: `copy.deepcopy` of nested containers -- dicts of lists
of tuples, sets, shared sublists that must stay shared, a cyclic ring of
plain instances -- and of instances that customise copying: a dataclass, a
class with `__slots__`, one with `__reduce__`, one with `__getstate__` and
`__setstate__`, one with its own `__deepcopy__` that uses the memo. Memo
lookups keyed by id, instance creation without `__init__`, and recursion
through the copy module; in the spirit of pyperformance's `deepcopy`
benchmark.

Every copy is checked: equal to the original, sharing and cycles
reproduced, no mutable object shared with the original. Prints counts and a
checksum of the copies."""

import copy
import sys
from dataclasses import dataclass, field


@dataclass
class Record:
    name: str
    scores: list
    tags: dict = field(default_factory=dict)
    parent: object = None


class Node:
    def __init__(self, label):
        self.label = label
        self.edges = []


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Interval:
    """Copied by calling the class again with copies of (lo, hi)."""

    made = 0

    def __init__(self, lo, hi):
        Interval.made += 1
        self.lo = lo
        self.hi = hi
        self.width = hi - lo

    def __reduce__(self):
        return (Interval, (self.lo, self.hi))

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)


class Counter:
    """Drops its derived total when copied and rebuilds it."""

    restored = 0

    def __init__(self, items):
        self.items = list(items)
        self.total = sum(self.items)

    def __getstate__(self):
        return {"items": self.items}

    def __setstate__(self, state):
        Counter.restored += 1
        self.items = state["items"]
        self.total = sum(self.items)

    def __eq__(self, other):
        return isinstance(other, Counter) and self.items == other.items


class Cache:
    """Shares its (big, read-only) table between copies; copies the rest."""

    def __init__(self, table):
        self.table = table
        self.hits = [0, 0]

    def __deepcopy__(self, memo):
        new = Cache.__new__(Cache)
        memo[id(self)] = new
        new.table = self.table
        new.hits = copy.deepcopy(self.hits, memo)
        return new


TABLE = {i: str(i) * 3 for i in range(50)}


def build(i):
    shared = [i, i + 1, (i, "x%d" % i)]
    ring = [Node("n%d.%d" % (i, j)) for j in range(4)]
    for j, node in enumerate(ring):
        node.edges.append(ring[(j + 1) % len(ring)])
        node.edges.append(shared)
    parent = Record("parent%d" % i, [i], {"depth": 0})
    return {
        "ints": list(range(i % 7 + 5)),
        "floats": [i * 0.5, -1.25, 1e300],
        "strings": ("a", "bc", str(i)),
        "nested": [[shared, shared], {"k": shared}, ([i], [i + 1])],
        "set": {1, 2, 3, i},
        "frozen": frozenset({i, -i}),
        "record": Record("r%d" % i, [i, i * i], {"t": i}, parent),
        "sibling": Record("s%d" % i, [], parent=parent),
        "interval": Interval(i, i + 10),
        "counter": Counter(range(i % 5)),
        "point": Point(i, -i),
        "ring": ring,
        "cache": Cache(TABLE),
        "bytes": b"\x00\x01" * (i % 3),
        None: True,
        3.5: "a float key",
        (1, 2): "a tuple key",
    }


def mutable_ids(obj, seen, out):
    """Collect id() of every mutable object reachable from obj."""
    if id(obj) in seen:
        return
    seen[id(obj)] = obj  # keeps obj alive, so its id is not reused
    if isinstance(obj, (list, dict, set)) or hasattr(obj, "__dict__") or isinstance(obj, Point):
        out.add(id(obj))
    if isinstance(obj, dict):
        for k, v in obj.items():
            mutable_ids(k, seen, out)
            mutable_ids(v, seen, out)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            mutable_ids(v, seen, out)
    elif isinstance(obj, Point):
        mutable_ids(obj.x, seen, out)
        mutable_ids(obj.y, seen, out)
    elif hasattr(obj, "__dict__") and not isinstance(obj, type):
        for v in vars(obj).values():
            mutable_ids(v, seen, out)


def check(orig, dup):
    plain = [k for k in orig if k not in ("ring", "cache")]
    for k in plain:
        assert orig[k] == dup[k], k
    assert dup["strings"] is orig["strings"], "tuple of atoms is copied as itself"
    a, b = dup["nested"][0]
    assert a is b is dup["nested"][1]["k"], "sharing lost"
    assert a is not orig["nested"][0][0]
    assert dup["record"].parent is dup["sibling"].parent, "shared parent"
    assert dup["record"].parent is not orig["record"].parent
    ring = dup["ring"]
    for j, node in enumerate(ring):
        assert node.label == orig["ring"][j].label
        assert node.edges[0] is ring[(j + 1) % len(ring)], "cycle"
        assert node.edges[1] is a, "shared list inside the ring"
    cache = dup["cache"]
    assert cache.table is TABLE and cache.hits == [0, 0]
    assert cache.hits is not orig["cache"].hits
    assert dup["counter"].total == orig["counter"].total
    assert dup["interval"].width == 10
    mine = set()
    mutable_ids(orig, {}, mine)
    mine.discard(id(TABLE))
    theirs = set()
    mutable_ids(dup, {}, theirs)
    assert not (mine & theirs), "a mutable object is shared with the original"


def checksum(obj, seen):
    """A structural checksum that follows cycles only once.

    `seen` maps id to object: holding the objects keeps their ids from being
    reused by temporaries while the walk goes on."""
    if isinstance(obj, (int, float, str, bytes, bool)) or obj is None:
        return sum(repr(obj).encode()) % 9973
    if id(obj) in seen:
        return 1
    seen[id(obj)] = obj
    if isinstance(obj, dict):
        items = sorted(obj.items(), key=lambda kv: repr(kv[0]))
        total = 0
        for j, (k, v) in enumerate(items):
            total += (j + 1) * (checksum(k, seen) + 3 * checksum(v, seen))
        return total % 999983
    if isinstance(obj, (set, frozenset)):
        return sum(checksum(v, seen) for v in sorted(obj)) % 999983
    if isinstance(obj, (list, tuple)):
        return sum((j + 1) * checksum(v, seen) for j, v in enumerate(obj)) % 999983
    if isinstance(obj, Point):
        return (checksum(obj.x, seen) + 7 * checksum(obj.y, seen)) % 999983
    return checksum(vars(obj), seen)


def main(n, rounds):
    originals = [build(i) for i in range(n)]
    total = 0
    copies = 0
    for _ in range(rounds):
        dups = copy.deepcopy(originals)
        copies += 1
        for orig, dup in zip(originals, dups):
            check(orig, dup)
            copies += 1
            one = copy.deepcopy(orig)
            check(orig, one)
        # Mutating a copy leaves the original alone.
        dups[0]["nested"][0][0].append("changed")
        dups[0]["record"].scores.clear()
        assert originals[0]["nested"][0][0][-1] != "changed"
        assert originals[0]["record"].scores == [0, 0]
        total = (total + checksum(dups, {})) % 1000000007
    print("copies", copies)
    print("Interval.__init__ calls", Interval.made)
    print("Counter.__setstate__ calls", Counter.restored)
    print("checksum", total)


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `200 20`.
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    main(n, rounds)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 20 37 (about a second under python3, for `ouro bench`)
