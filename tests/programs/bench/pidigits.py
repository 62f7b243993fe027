"""Pi-digits workload: Gibbons' unbounded spigot streams the decimal digits of
pi from a 2x2 matrix of ever-growing integers -- big-int multiplication,
addition, floor division and small-by-big products, with a generator
yielding each digit; in the spirit of pyperformance's `pidigits` benchmark.

Prints the first N digits ten to a line, each line tagged with its digit
count, as the Benchmarks Game program does."""

import sys


def pi_digits():
    """Yield the decimal digits of pi forever."""
    # The linear fractional transformation (q r / 0 t) applied to the
    # terms k = 1, 2, ...; a digit is produced once the floor of the
    # transformation at x=3 and x=4 agree.
    q, r, t, k = 1, 0, 1, 1
    while True:
        # compose with the k-th term (k, 4k+2 / 0, 2k+1)
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d, rem = divmod(3 * q + r, t)
        if rem + q < t:
            # floor((4q + r) / t) == d too: emit d and shift it out
            yield d
            q, r = 10 * q, 10 * (r - d * t)


def main(n):
    digits = pi_digits()
    line = []
    for i in range(1, n + 1):
        line.append(str(next(digits)))
        if i % 10 == 0 or i == n:
            print("%-10s\t:%d" % ("".join(line), i))
            line = []


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `10000`.
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 5400
