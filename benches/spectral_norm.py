"""Spectral-norm workload: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by ten rounds of
the power method on A^T A. Each product is a generator expression summed per
row, calling a small function for every matrix entry -- calls, float
division and `zip` in nested loops; in the spirit of pyperformance's
`spectral_norm` benchmark.

Prints the norm with nine decimals (for N=100: 1.274219991)."""

import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum(entry(i, j) * uj for j, uj in enumerate(u)) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum(entry(j, i) * uj for j, uj in enumerate(u)) for i in range(n)]


def times_ata(u):
    return times_at(times_a(u))


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main(n):
    print("%.9f" % spectral_norm(n))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `400`.
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 300 (about a second under python3, for `ouro bench`)
