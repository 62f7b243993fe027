# random: the real-valued distributions must give CPython's floats bit for
# bit (this needs ouro's math module to round log/exp/sqrt/cos/sin/acos as
# CPython's libm does), gauss() with its cached second value included.
import random
r = random.Random(12345)
for name, f in [
    ("gauss", lambda: r.gauss()),
    ("gauss2", lambda: r.gauss(10, 2.5)),
    ("normal", lambda: r.normalvariate()),
    ("normal2", lambda: r.normalvariate(-3, 0.5)),
    ("lognorm", lambda: r.lognormvariate(0.0, 1.0)),
    ("expo", lambda: r.expovariate(1.5)),
    ("expo-", lambda: r.expovariate(-2)),
    ("vonmises", lambda: r.vonmisesvariate(1.0, 4.0)),
    ("vonmises0", lambda: r.vonmisesvariate(1.0, 0.0)),
    ("vonmises-small", lambda: r.vonmisesvariate(-2.0, 0.5)),
    ("gamma.5", lambda: r.gammavariate(0.5, 1.0)),
    ("gamma1", lambda: r.gammavariate(1.0, 2.0)),
    ("gamma2", lambda: r.gammavariate(2.0, 1.0)),
    ("gamma20", lambda: r.gammavariate(20.0, 3.0)),
    ("gamma.01", lambda: r.gammavariate(0.01, 1.0)),
    ("beta", lambda: r.betavariate(3.0, 3.0)),
    ("beta.5", lambda: r.betavariate(0.5, 0.5)),
    ("pareto", lambda: r.paretovariate(2.5)),
    ("weibull", lambda: r.weibullvariate(1.0, 1.5)),
    ("triangular", lambda: r.triangular(0.0, 10.0, 3.0)),
    ("uniform", lambda: r.uniform(-1.0, 1.0)),
    ("triangular0", lambda: r.triangular()),
    ("triangular2", lambda: r.triangular(1, 3)),
    ("triangular-rev", lambda: r.triangular(2, 1)),
    ("triangular-hi", lambda: r.triangular(0, 10, 10)),
]:
    print(name, [f() for i in range(12)])
for mod in [random]:
    mod.seed(2024)
    print(mod.gauss(), mod.gauss(), mod.gauss(), mod.normalvariate(), mod.lognormvariate(1, 0.5),
          mod.expovariate(3), mod.vonmisesvariate(0, 1), mod.gammavariate(3, 2), mod.betavariate(2, 5),
          mod.paretovariate(1), mod.weibullvariate(2, 3))
random.seed(7)
x = random.gauss()
s = random.getstate()
y = random.gauss()
random.setstate(s)
print(x, y, random.gauss() == y)
random.seed(7)
print(random.gauss() == x, random.gauss() == y)
random.seed(7)
random.gauss()
random.seed(7)
print(random.gauss() == x)
random.seed(3)
print([random.gauss(5, 2) for i in range(5)])
print(random.triangular(1, 1, 1), random.triangular(1, 1))
print(random.vonmisesvariate(0.0, 1e-7), random.vonmisesvariate(-7.0, 1e-6))
print(random.expovariate(1), random.paretovariate(1), random.weibullvariate(1, 1))

# Longer runs, compared exactly through a checksum of the floats' ratios.
P = (1 << 61) - 1


def checksum(values):
    h = 0
    for v in values:
        n, d = v.as_integer_ratio()
        h = (h * 1000003 + n * 7 + d) % P
    return h


r = random.Random(2**100)
for name, args in [("gauss", ()), ("normalvariate", (1, 2)),
                   ("lognormvariate", (0, 1)), ("expovariate", (0.5,)),
                   ("vonmisesvariate", (3, 0.7)), ("vonmisesvariate", (6, 50)),
                   ("gammavariate", (0.3, 1)), ("gammavariate", (5.5, 2)),
                   ("betavariate", (0.4, 2)), ("paretovariate", (3,)),
                   ("weibullvariate", (2, 0.5)), ("triangular", (0, 5, 1))]:
    f = getattr(r, name)
    values = [f(*args) for i in range(200)]
    print(name, args, checksum(values), values[-1])
