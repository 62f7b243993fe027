"""Float workload: N Point objects built from sin and cos of their index,
each normalized to unit length in place, then folded into one point by a
componentwise maximum -- allocation of many small instances with float
attributes, math-module calls, float boxing and attribute stores; in the
spirit of pyperformance's `float` benchmark.

Prints the resulting point with nine decimals and the sum of all the
normalized coordinates."""

import sys
from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    total = 0.0
    for p in points:
        total += p.x + p.y + p.z
    return maximize(points), total


def main(rounds, n):
    for _ in range(rounds):
        result, total = benchmark(n)
    print(result)
    print("sum of coordinates %.6f" % total)


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `10 100000`.
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40000
    main(rounds, n)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 16 (about a second under python3, for `ouro bench`)
