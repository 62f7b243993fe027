# `**` on floats (and a float with an int that converts exactly) takes
# the interpreter's fast path; every special case of CPython's float_pow
# must come out the same, errors and complex results included.
import math

values = [2.0, 0.5, 1.0, -1.0, -2.0, 0.0, -0.0, 10.0, 1e308, 1e-308,
          math.inf, -math.inf, math.nan, 3, -3, 0, 2 ** 60 + 1]
exponents = [2.0, -1.5, 0.5, 0.0, -0.0, 1.0, 3.0, -3.0, 1e10, -1e10,
             math.inf, -math.inf, math.nan, 2, -2, 0, 7]

for x in values:
    for y in exponents:
        if type(x) is int and type(y) is int:
            continue
        try:
            r = x ** y
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(x), repr(y), repr(r))

# A temporary base dies into the result (no new float), a named one stays.
a = 1.5
for i in range(3):
    t = (a + i) ** 2.0
    print(t, a)

# The in-place form, and a subclass (its own __pow__ is asked first).
z = 4.0
z **= 0.5
print(z)


class F(float):
    def __pow__(self, other):
        return "F.__pow__"

    def __rpow__(self, other):
        return "F.__rpow__"


print(F(2.0) ** 3.0, 2.0 ** F(3.0))
print(sum(x ** 1.5 for x in [1.0, 4.0, 9.0]))
