"""N-body workload: the Sun and the four gas giants integrated with a
symplectic Euler step, positions and velocities kept in small float lists and
every pair visited per step -- float arithmetic, list indexing and tuple
unpacking in a tight loop; in the spirit of pyperformance's `nbody`
benchmark (itself the Computer Language Benchmarks Game program).

Prints the system's energy before and after, and the final positions."""

import sys

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def planet(pos, vel, mass):
    return (
        list(pos),
        [v * DAYS_PER_YEAR for v in vel],
        mass * SOLAR_MASS,
    )


def solar_system():
    sun = ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS)
    jupiter = planet(
        (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01),
        (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
        9.54791938424326609e-04,
    )
    saturn = planet(
        (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01),
        (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
        2.85885980666130812e-04,
    )
    uranus = planet(
        (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01),
        (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
        4.36624404335156298e-05,
    )
    neptune = planet(
        (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01),
        (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
        5.15138902046611451e-05,
    )
    return {
        "sun": sun,
        "jupiter": jupiter,
        "saturn": saturn,
        "uranus": uranus,
        "neptune": neptune,
    }


def all_pairs(bodies):
    return [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1 :]]


def offset_momentum(bodies, sun):
    px = py = pz = 0.0
    for _, (vx, vy, vz), m in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    _, v, m = sun
    v[0] = px / m
    v[1] = py / m
    v[2] = pz / m


def energy(bodies, pairs):
    e = 0.0
    for ((x1, y1, z1), _, m1), ((x2, y2, z2), _, m2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for _, (vx, vy, vz), m in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for ((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** -1.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for r, (vx, vy, vz), _ in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def main(steps):
    system = solar_system()
    names = ["sun", "jupiter", "saturn", "uranus", "neptune"]
    bodies = [system[name] for name in names]
    pairs = all_pairs(bodies)
    offset_momentum(bodies, system["sun"])
    print("%.9f" % energy(bodies, pairs))
    advance(bodies, pairs, 0.01, steps)
    print("%.9f" % energy(bodies, pairs))
    for name in names:
        x, y, z = system[name][0]
        print("%-8s %.9f %.9f %.9f" % (name, x, y, z))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `100000`.
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 160000 (about a second under python3, for `ouro bench`)
