"""Hexiom workload: solving the hexagonal tile puzzle. A hexagon of cells
must receive a given multiset of numbered tiles (some locked in place) so
that every tile's number equals how many of its six neighbours hold a
tile. Levels are made by a seeded generator (random tiles on a hexagon of
side N, numbers computed, a few locked); the solver does constraint
propagation over bit-mask domains and depth-first search, counting every
solution. In the spirit of pyperformance's `hexiom` benchmark. Stresses
small-integer bit operations, list indexing, copying and recursion."""

import random
import sys

EMPTY = 7              # bit 7 of a domain: the cell stays empty
ALL_TILES = 0x7F       # bits 0..6: a tile numbered 0..6
POPCOUNT = [bin(m).count("1") for m in range(256)]


class Hexagon:
    """The cells of a hexagon of side `size`, in reading order."""

    def __init__(self, size):
        self.size = size
        n = size - 1
        self.coords = []
        for r in range(-n, n + 1):
            for q in range(-n, n + 1):
                if -n <= q + r <= n:
                    self.coords.append((q, r))
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = []
        for q, r in self.coords:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(ns)

    def render(self, cells):
        """cells: a value per cell (None for empty) -> rows of text."""
        lines = []
        i = 0
        n = self.size - 1
        for r in range(-n, n + 1):
            width = 2 * self.size - 1 - abs(r)
            row = []
            for _ in range(width):
                v = cells[i]
                row.append("." if v is None else str(v))
                i += 1
            lines.append(" " * abs(r) + " ".join(row))
        return lines


class Level:
    def __init__(self, hexagon, counts, locked):
        self.hexagon = hexagon
        self.counts = counts      # counts[k]: tiles numbered k (k < 7),
                                  # counts[EMPTY]: cells left empty
        self.locked = locked      # {cell: value}


def generate(hexagon, rng, fill, n_locked):
    """A random solvable level: occupy cells, number them, lock a few."""
    cells = len(hexagon.coords)
    occupied = [rng.random() < fill for _ in range(cells)]
    values = []
    for i in range(cells):
        if occupied[i]:
            values.append(sum(1 for j in hexagon.neighbours[i] if occupied[j]))
        else:
            values.append(None)
    counts = [0] * 8
    for v in values:
        counts[EMPTY if v is None else v] += 1
    tiles = [i for i in range(cells) if occupied[i]]
    locked = {}
    for i in rng.sample(tiles, min(n_locked, len(tiles))):
        locked[i] = values[i]
    return Level(hexagon, counts, locked), values


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self, level):
        self.level = level
        self.neighbours = level.hexagon.neighbours
        self.ncells = len(self.neighbours)
        self.solutions = []
        self.nodes = 0

    def initial_domains(self):
        allowed = 0
        for k in range(8):
            if self.level.counts[k]:
                allowed |= 1 << k
        domains = [allowed] * self.ncells
        for cell, v in self.level.locked.items():
            domains[cell] = 1 << v
        return domains

    def propagate(self, domains):
        """Narrow the domains in place until nothing changes."""
        neighbours = self.neighbours
        counts = self.level.counts
        empty_bit = 1 << EMPTY
        changed = True
        while changed:
            changed = False
            # Neighbour counting: a tile k needs lo <= k <= hi, where lo are
            # the neighbours surely occupied and hi those possibly occupied.
            for i in range(self.ncells):
                d = domains[i]
                lo = hi = 0
                for j in neighbours[i]:
                    dj = domains[j]
                    if dj & ALL_TILES:
                        hi += 1
                        if not dj & empty_bit:
                            lo += 1
                mask = empty_bit | (((1 << (hi + 1)) - 1) & ~((1 << lo) - 1))
                nd = d & mask
                if nd != d:
                    if not nd:
                        raise Contradiction()
                    domains[i] = d = nd
                    changed = True
                if POPCOUNT[d] == 1 and d != empty_bit:
                    k = d.bit_length() - 1
                    if k == lo and hi > lo:
                        # Already enough neighbours: the rest stay empty.
                        for j in neighbours[i]:
                            dj = domains[j]
                            if dj & empty_bit and dj != empty_bit:
                                domains[j] = empty_bit
                                changed = True
                    elif k == hi and hi > lo:
                        # Needs every possible neighbour occupied.
                        for j in neighbours[i]:
                            dj = domains[j]
                            if dj & empty_bit and dj & ALL_TILES:
                                domains[j] = dj & ~empty_bit
                                changed = True
            # Tile counting: a value used up is removed elsewhere; a value
            # with only just enough candidate cells is forced on them.
            for k in range(8):
                bit = 1 << k
                fixed = 0
                possible = 0
                for d in domains:
                    if d & bit:
                        possible += 1
                        if d == bit:
                            fixed += 1
                need = counts[k]
                if fixed > need or possible < need:
                    raise Contradiction()
                if fixed == need and possible > need:
                    for i in range(self.ncells):
                        d = domains[i]
                        if d & bit and d != bit:
                            domains[i] = d & ~bit
                            changed = True
                elif possible == need and possible > fixed:
                    for i in range(self.ncells):
                        if domains[i] & bit and domains[i] != bit:
                            domains[i] = bit
                            changed = True

    def search(self, domains, limit):
        self.nodes += 1
        try:
            self.propagate(domains)
        except Contradiction:
            return
        best = -1
        best_size = 99
        for i in range(self.ncells):
            size = POPCOUNT[domains[i]]
            if 1 < size < best_size:
                best = i
                best_size = size
        if best < 0:
            if self.check(domains):
                self.solutions.append(domains[:])
            return
        d = domains[best]
        for k in range(8):
            if d & (1 << k):
                trial = domains[:]
                trial[best] = 1 << k
                self.search(trial, limit)
                if len(self.solutions) >= limit:
                    return

    def check(self, domains):
        values = [d.bit_length() - 1 for d in domains]
        used = [0] * 8
        for i, v in enumerate(values):
            used[v] += 1
            if v != EMPTY:
                around = sum(1 for j in self.neighbours[i]
                             if values[j] != EMPTY)
                if around != v:
                    return False
        return used == self.level.counts

    def solve(self, limit):
        self.search(self.initial_domains(), limit)
        return [[None if d == 1 << EMPTY else d.bit_length() - 1
                 for d in s] for s in self.solutions]


def make_unique(level, answer):
    """Lock cells of the answer until the level has one solution; return
    the number of search nodes spent."""
    nodes = 0
    while True:
        solver = Solver(level)
        solutions = solver.solve(limit=2)
        nodes += solver.nodes
        if len(solutions) == 1:
            if solutions[0] != answer:
                raise AssertionError("unique solution isn't the answer")
            return nodes
        if not solutions:
            raise AssertionError("no solution found")
        other = solutions[1] if solutions[0] == answer else solutions[0]
        for i in range(len(answer)):
            if other[i] != answer[i]:
                level.locked[i] = EMPTY if answer[i] is None else answer[i]
                break


def main(size, puzzles, seed):
    rng = random.Random(seed)
    hexagon = Hexagon(size)
    total_nodes = 0
    checksum = 0
    for p in range(puzzles):
        level, answer = generate(hexagon, rng, 0.6, len(hexagon.coords) // 8)
        nodes = make_unique(level, answer)
        total_nodes += nodes
        tiles = " ".join("%d:%d" % (k, level.counts[k]) for k in range(7)
                         if level.counts[k])
        print("puzzle %d: tiles %s, %d locked, %d nodes"
              % (p, tiles, len(level.locked), nodes))
        # The level (locked tiles, "." for a cell locked empty, "?" free)
        # beside its unique solution.
        puzzle = ["?"] * len(answer)
        for i, v in level.locked.items():
            puzzle[i] = "." if v == EMPTY else v
        for left, right in zip(hexagon.render(puzzle),
                               hexagon.render(answer)):
            print("   %-*s   %s" % (4 * size, left, right))
        for i, v in enumerate(answer):
            checksum = (checksum * 7 + (9 if v is None else v) + i) % 1000003
        for i in sorted(level.locked):
            checksum = (checksum * 11 + i) % 1000003
    print("nodes %d checksum %d" % (total_nodes, checksum))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `4 10`.
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    puzzles = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    main(size, puzzles, seed)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 3 128 (about a second under python3, for `ouro bench`)
