"""Chaos workload: the chaos game played with curved maps. Three cubic
B-splines (evaluated with de Boor's algorithm) each define a map of the
unit square onto a band around the curve; a point jumps through maps
chosen at random (weighted by curve length, seeded so the run is
reproducible) and every landing is counted in a pixel grid, which is
reduced to a checksum; in the spirit of pyperformance's `chaos` benchmark.
Float arithmetic on small vector objects, random numbers, list indexing."""

import math
import random
import sys


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    def lerp(self, other, t):
        """(1 - t) * self + t * other."""
        s = 1.0 - t
        return GVector(self.x * s + other.x * t,
                       self.y * s + other.y * t,
                       self.z * s + other.z * t)

    def __repr__(self):
        return "<%.6f, %.6f, %.6f>" % (self.x, self.y, self.z)


class Spline:
    """A clamped B-spline of the given degree through control points."""

    def __init__(self, points, degree=3):
        if len(points) <= degree:
            raise ValueError("need more control points than the degree")
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        # Clamped uniform knot vector on [0, 1].
        self.knots = ([0.0] * degree +
                      [i / inner for i in range(inner + 1)] +
                      [1.0] * degree)

    def span(self, u):
        """The index k with knots[k] <= u < knots[k + 1] (clamped at 1)."""
        knots = self.knots
        lo, hi = self.degree, len(self.points)
        if u >= knots[hi]:
            return hi - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __call__(self, u):
        p = self.degree
        k = self.span(u)
        knots = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]

    def length(self, samples=64):
        total = 0.0
        prev = self(0.0)
        for i in range(1, samples + 1):
            cur = self(i / samples)
            total += cur.dist(prev)
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        lengths = [s.length() for s in splines]
        total = sum(lengths)
        self.cumulative = []
        acc = 0.0
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        margin = thickness
        self.minx, self.maxx = min(xs) - margin, max(xs) + margin
        self.miny, self.maxy = min(ys) - margin, max(ys) + margin

    def choose(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return i
        return len(self.cumulative) - 1

    def transform(self, point):
        """Map the point (taken relative to the bounding box) onto a band
        around a randomly chosen spline."""
        spline = self.splines[self.choose()]
        u = (point.y - self.miny) / (self.maxy - self.miny)
        v = (point.x - self.minx) / (self.maxx - self.minx)
        if random.randrange(2):
            u = 1.0 - u
        u = min(max(u, 0.0), 1.0)
        base = spline(u)
        eps = 1e-4
        ahead = spline(min(u + eps, 1.0))
        behind = spline(max(u - eps, 0.0))
        tx, ty = ahead.x - behind.x, ahead.y - behind.y
        norm = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / norm, tx / norm
        offset = (v - 0.5) * self.thickness
        return GVector(base.x + nx * offset, base.y + ny * offset, 0.0)

    def run(self, width, height, iterations):
        grid = [[0] * width for _ in range(height)]
        point = GVector((self.minx + self.maxx) / 2.0,
                        (self.miny + self.maxy) / 2.0, 0.0)
        sx = (width - 1) / (self.maxx - self.minx)
        sy = (height - 1) / (self.maxy - self.miny)
        for _ in range(iterations):
            point = self.transform(point)
            px = int((point.x - self.minx) * sx)
            py = int((self.maxy - point.y) * sy)
            if 0 <= px < width and 0 <= py < height:
                grid[py][px] += 1
        return grid, point


def make_splines():
    V = GVector
    return [
        Spline([V(1.597350, 3.304460), V(1.575810, 4.123260),
                V(1.313210, 5.288350), V(1.618900, 5.329910),
                V(2.889940, 5.502700), V(2.373060, 4.381830),
                V(1.662000, 4.360280), V(1.618900, 5.329910)]),
        Spline([V(2.804500, 4.017350), V(2.550500, 3.525230),
                V(1.979010, 2.620360), V(1.979010, 2.620360)]),
        Spline([V(2.001670, 4.011320), V(2.335040, 3.312830),
                V(2.366800, 3.233460), V(2.366800, 3.233460)]),
    ]


def main(iterations, size):
    random.seed(1234)
    game = ChaosGame(make_splines(), 0.25)
    grid, last = game.run(size, size, iterations)
    hit = sum(1 for row in grid for c in row if c)
    busiest = max(c for row in grid for c in row)
    checksum = 0
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            if c:
                checksum = (checksum * 131 + c * (x + 1) + y) % 1000000007
    print("%d iterations on a %dx%d grid" % (iterations, size, size))
    print("pixels hit %d, busiest %d" % (hit, busiest))
    print("last point %r" % (last,))
    print("checksum %d" % checksum)
    # A coarse picture of the attractor, one character per 4x4 block.
    step = max(1, size // 16)
    for y in range(0, size, step * 2):
        line = ""
        for x in range(0, size, step):
            cell = sum(grid[yy][xx]
                       for yy in range(y, min(y + step * 2, size))
                       for xx in range(x, min(x + step, size)))
            line += " .:*#"[min(4, (cell + 4) // 5)]
        print(line.rstrip())


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with `50000 256`.
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    main(iterations, size)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 40000
