"""Unpack-sequence workload: tuples and lists unpacked into names, swaps,
starred targets and nested targets in tight loops; in the spirit of
pyperformance's `unpack_sequence`."""
import sys


def tuples(n):
    acc = 0
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
    return acc


def lists(n):
    acc = 0
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        acc += b + i
    return acc


def swaps_and_stars(n):
    x, y = 0, 1
    acc = 0
    for k in range(n):
        x, y = y, (x + y) % 1000003
        first, *middle, last = (k, x, y, k + 1)
        (p, q), r = (x, k), y
        acc += first + last + len(middle) + p - q + r % 7
    return acc


def main(n):
    print("tuples", tuples(n))
    print("lists", lists(n))
    print("swaps and stars", swaps_and_stars(n))


if __name__ == "__main__":
    # Small by default (the test corpus runs it).
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
# bench-args: 1000000
