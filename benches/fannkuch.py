"""Fannkuch workload: every permutation of 1..N, generated in place by
rotations driven by a counter array, is "pancake flipped" (reverse the first
k elements, where k is the first element) until a 1 comes to the front.
Small lists mutated by slice assignment, slice reversal and indexing; in the
spirit of pyperformance's `fannkuch` benchmark (fannkuch-redux).

Prints the alternating-sign checksum of the flip counts and the maximum
number of flips (for N=7: 228 and 16; for N=8: 1616 and 22)."""

import sys


def count_flips(perm):
    flips = 0
    first = perm[0]
    if first == 0:
        return 0
    p = perm[:]
    while first != 0:
        p[: first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    checksum = 0
    max_flips = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation: rotate the first r+1 elements left by one,
        # carrying into the next position when a counter runs out.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1 : r + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `10`.
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 9 (about a second under python3, for `ouro bench`)
