import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -2.5, 10.0, 1e-300, 1e300, 123456.789, 7, -3]
for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
             "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
             "atanh", "cbrt", "erf", "erfc", "gamma", "lgamma", "fabs", "floor", "ceil",
             "trunc", "degrees", "radians", "isfinite", "isinf", "isnan", "ulp"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))

for v in [float("inf"), float("-inf"), float("nan")]:
    row = []
    for name in ["sqrt", "exp", "log", "sin", "atan", "tanh", "gamma", "lgamma", "erf", "floor", "fabs", "isinf"]:
        try:
            row.append(repr(getattr(math, name)(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(v, row)

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10))
try:
    math.log(0)
except ValueError as e:
    print("log(0):", e)
try:
    math.log(-(2**200))
except ValueError as e:
    print("log(-big):", e)
for a, b in [(2, 10), (2.0, -1), (-8, 1/3), (0, -1), (1e308, 2), (-2, 3), (float("inf"), -1), (float("nan"), 0), (1, float("nan"))]:
    try:
        print("pow", a, b, math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print("pow", a, b, type(e).__name__, e)
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.copysign(3, -0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, float("inf")), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5.5, 2))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("fmod:", e)
print(math.modf(3.25), math.modf(-2.5), math.modf(float("inf")))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3), math.frexp(5e-324), math.frexp(0.0))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1080))
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print("ldexp:", e)
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([float("inf"), 1]))
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("fsum:", e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), type(math.floor(2.0)))
print(math.floor(1e20), math.ceil(1e300) == 10**300 or "big", math.floor(True))
for bad in [(math.factorial, -1), (math.factorial, 2.5), (math.isqrt, -1), (math.comb, -1, 2), (math.sqrt, "x"), (math.floor, float("inf")), (math.floor, float("nan")), (math.gcd, 1.5), (math.exp, 1000), (math.trunc, "s")]:
    try:
        print(bad[0].__name__, bad[0](*bad[1:]))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad[0].__name__, type(e).__name__, e)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class Fl:
    def __floor__(self):
        return "floored"
print(math.sqrt(F()), math.sqrt(I()), math.gcd(I(), 21), math.floor(Fl()), math.floor(F()))
print(math.gamma(0.5) ** 2, math.gamma(5), math.gamma(-1.5), math.gamma(171.5) if False else math.gamma(170.5), math.lgamma(-0.5), math.lgamma(100))
for bad in [0, -1, 172]:
    try:
        print(math.gamma(bad))
    except (ValueError, OverflowError) as e:
        print("gamma", bad, type(e).__name__, e)
