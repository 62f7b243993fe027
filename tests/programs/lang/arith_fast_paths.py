# The interpreter answers int and float arithmetic on machine words at
# once; the edges must still be python3's.
big = 2**53
for a, b in [(big, 0.5), (big + 1, 0.5), (-big - 1, 1.0), (2**62, 1.5),
             (2**63 - 1, 1), (-(2**63), -1), (7, -0.0), (-0.0, 0)]:
    print(repr(a + b), repr(a - b), repr(a * b), repr(b - a))
print(2**62 + 2**62, -(2**63) - 1, (2**63 - 1) * 2, 3 * -(2**62))
print(7 / 2, -7 / 2, 7 // -2, 7 % -2, 1 / 3.0, 2.5 / 2, 10 / 4.0)
for x, y in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, nan + 1, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.2, 1e16 + 1.0, 3 * 0.1, 1 - 0.9)
print(5 < 7, 5 <= 5, -3 > -2, 2**62 >= 2**62, 10 == 10, 10 != 10, True + True, True * 2.5)
print((2**70) - 1 < 2**70, 2**64 == 2**64, 3 < 3.5, 3.0 == 3)


class F(float):
    def __add__(self, o):
        return "F.__add__"


class I(int):
    def __mul__(self, o):
        return "I.__mul__"

    def __lt__(self, o):
        return "I.__lt__"


print(F(1.0) + 2.0, 2.0 + F(1.0), I(3) * 2, 2 * I(3), I(1) < 2)
