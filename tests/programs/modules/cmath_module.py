# cmath: every function on ordinary values (bit-exact reprs), on the 7x7
# special-value classes (-inf, negative, -0.0, +0.0, positive, inf, nan for
# each part), near its overflow and underflow thresholds, the errors
# ("math domain error", "math range error"), log with a base, rect, polar,
# phase, isclose, the constants, and the argument conversions and checks.
import cmath


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


inf = float("inf")
nan = float("nan")

FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh",
         "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]

ordinary = [complex(0.5, 0.25), complex(-1.5, 2.0), complex(3.0, -4.0),
            complex(-0.75, -0.125), complex(1.0, 0.0), complex(-1.0, -0.0),
            complex(0.0, 1.0), complex(2.0, 0.0), complex(0.0, -2.0),
            complex(1e-8, 1e-8), complex(1e-300, -1e-300),
            complex(5e-324, 5e-324), complex(1e300, 1e300),
            complex(-1.7976931348623157e308, 1.0), complex(0.9, 0.4),
            complex(1.0, 1e-160), complex(1.0, -1e-200), complex(20.0, 3.0),
            complex(-30.0, 0.5), complex(0.3, 25.0), complex(709.5, 1.0),
            complex(-710.5, 2.0), complex(1.0, 800.0), 7, -2.5, True]
for name in FUNCS:
    f = getattr(cmath, name)
    print(name)
    for i in range(0, len(ordinary), 6):
        print("  " + " ".join(show(f, z) for z in ordinary[i:i + 6]))

classes = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in FUNCS:
    f = getattr(cmath, name)
    print(name, "special values")
    for x in classes:
        print("  " + " ".join(show(f, complex(x, y)) for y in classes))

# overflow where the real function overflows but the complex one does not
for z in [complex(710.0, 0.1), complex(-710.0, 0.1), complex(711.0, 1.5),
          complex(0.1, 710.0), complex(1000.0, 0.0), complex(-1000.0, 3.0)]:
    print(z, [show(getattr(cmath, n), z)
              for n in ("exp", "cosh", "sinh", "tanh", "cos", "sin", "tan")])

print("log base")
for z, b in [(8, 2), (100, 10), (1j, 2), (2 + 3j, 1 - 1j), (0, 2), (2, 0),
             (2, 1), (0, 0), (1, 1), (inf, 2), (2, inf), (complex(nan, 1), 3),
             (-1, -1), (1e-320j, 1e-320j), (10 ** 100, 10)]:
    print(" ", z, b, show(cmath.log, z, b))

print("phase and polar")
for z in [1, -1, complex(-1.0, -0.0), complex(-1.0, 0.0), 1j, -1j,
          complex(0.0, -0.0), complex(-0.0, 0.0), complex(3.0, 4.0),
          complex(2.0, 5e-324), complex(-2.0, 5e-324),
          complex(1e308, -1e-300), complex(1e308, 1e308),
          complex(1.5e308, 1.5e308), complex(inf, nan), complex(nan, -inf),
          complex(nan, 1.0), complex(-inf, -inf)]:
    print(" ", z, show(cmath.phase, z), show(cmath.polar, z))

print("rect")
for r in [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]:
    print("  " + " ".join(show(cmath.rect, r, phi)
                          for phi in [-inf, -1.0, -0.0, 0.0, 1.0, inf, nan]))
for r, phi in [(1, cmath.pi / 2), (2.5, cmath.pi), (3, -2.0), (1e308, 3.0),
               (True, 1)]:
    print(" ", r, phi, show(cmath.rect, r, phi))

print("isclose")
for a, b, kw in [(1 + 1j, 1 + 1j, {}), (1 + 1j, 1 + 1.000000001j, {}),
                 (1 + 1j, 1 + 1.00000001j, {}),
                 (1j, 1.1j, {"rel_tol": 0.1}), (1j, 1.1j, {"abs_tol": 0.05}),
                 (0, 1e-10, {}), (0, 1e-10, {"abs_tol": 1e-9}),
                 (complex(inf, 0), complex(inf, 0), {}),
                 (complex(inf, 0), complex(-inf, 0), {}),
                 (complex(inf, 1), complex(inf, 2), {}),
                 (complex(nan, 0), complex(nan, 0), {}),
                 (1e308 + 1e308j, -1e308 - 1e308j, {"rel_tol": 1.0}),
                 (2, 2.0000001, {"rel_tol": 1e-7}), (True, 1j, {"abs_tol": 2})]:
    print(" ", a, b, kw, show(cmath.isclose, a, b, **kw))
print(" ", show(cmath.isclose, a=1, b=1.0))
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3, 4, 5), {}),
                 ((), {"a": 1, "b": 2, "rel_tol": 1, "abs_tol": 1, "c": 1}),
                 ((1, 2), {"x": 3}), ((1,), {"a": 2}), ((1, 2), {"a": 3}),
                 ((1, 2), {"rel_tol": -1.0}), ((1, 2), {"abs_tol": -1.0}),
                 ((1, 2), {"rel_tol": "x"}), ((1, "b"), {}),
                 ((1, 2), {"rel_tol": None})]:
    print(" ", args, kw, show(cmath.isclose, *args, **kw))

print("predicates")
for z in [1, 2.5, 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0),
          complex(0, nan), complex(inf, nan), 10 ** 300]:
    print(" ", z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print("constants")
print(" ", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj,
      cmath.nanj)
print(" ", type(cmath.pi).__name__, type(cmath.infj).__name__,
      type(cmath.nanj).__name__)


class Real:
    def __float__(self):
        return 0.5


class Index:
    def __index__(self):
        return 3


class Cplx:
    def __complex__(self):
        return 1 - 2j


class Both:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 9.0


class BadComplex:
    def __complex__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


class Sub(complex):
    pass


print("arguments")
for arg in [3, -1, True, 2.0, Sub(0.5, 0.5), Real(), Index(), Cplx(), Both(),
            BadComplex(), BadFloat(), "1", None, [1], 10 ** 400]:
    print(" ", type(arg).__name__, show(cmath.sqrt, arg), show(cmath.phase, arg),
          show(cmath.rect, arg, 0.0))
print(" ", show(cmath.sqrt), show(cmath.sqrt, 1, 2), show(cmath.sqrt, z=1))
print(" ", show(cmath.polar), show(cmath.isnan, 1, 2), show(cmath.exp, 1, x=1))
print(" ", show(cmath.log), show(cmath.log, 1, 2, 3), show(cmath.log, 1, base=2))
print(" ", show(cmath.rect, 1), show(cmath.rect, 1, 2, 3),
      show(cmath.rect, r=1, phi=2))
print(" ", show(cmath.log, 1, "2"), show(cmath.rect, 1j, 0), show(cmath.rect, 0, 1j))
