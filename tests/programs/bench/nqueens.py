"""N-queens workload: every placement of N non-attacking queens, found two
ways -- a recursive generator that backtracks with three sets of attacked
columns and diagonals, and a brute-force filter over
`itertools.permutations` that checks the diagonals with set comprehensions.
Generators, sets, tuples and comprehensions; in the spirit of
pyperformance's `nqueens` benchmark.

Prints the number of solutions (92 for N=8), the first and last in
lexicographic order, and a checksum."""

import sys
from itertools import permutations


def place(n, row, cols, diag1, diag2, board):
    if row == n:
        yield tuple(board)
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        board.append(col)
        yield from place(n, row + 1, cols, diag1, diag2, board)
        board.pop()
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def backtracking(n):
    return list(place(n, 0, set(), set(), set(), []))


def brute_force(n):
    rows = range(n)
    return [
        p
        for p in permutations(rows)
        if len({p[i] + i for i in rows}) == n == len({p[i] - i for i in rows})
    ]


def main(n, brute_n):
    solutions = backtracking(n)
    print("%d queens: %d solutions" % (n, len(solutions)))
    print("first", solutions[0])
    print("last ", solutions[-1])
    checksum = 0
    for sol in solutions:
        for row, col in enumerate(sol):
            checksum = (checksum * 31 + row * n + col) % 1000000007
    print("checksum", checksum)
    brute = brute_force(brute_n)
    assert brute == backtracking(brute_n), "solvers disagree"
    print("%d queens by brute force: %d solutions" % (brute_n, len(brute)))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `10 9`,
    # or `8 8` to weigh the brute force.
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    brute_n = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    main(n, brute_n)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 11 9
