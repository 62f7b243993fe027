# Floats: repr, special values, rounding, mixing with ints.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 123456789.0, 1.5e300 * 1e10,
          2.0 ** 0.5, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 0.1 * 3, 9007199254740993.0, -0.0]
for v in values:
    print(repr(v), str(v))
print("0.1 + 0.2 == 0.3:", 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
inf = float("inf")
nan = float("nan")
print("inf:", inf, -inf, inf + 1, inf * -2, 1 / inf, inf > 10 ** 300, -inf < -(10 ** 300))
print("nan:", nan, nan == nan, nan != nan, nan is nan, [nan] == [nan], inf - inf)
print("float():", float("1.5"), float("-2"), float("  3.25 "), float("1e3"), float("inf"), float("-Infinity"), float(7))
print("int():", int(2.9), int(-2.9), int(1e10), int(-0.0))
print("round:", round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(3.14159, 3))
print("round more:", round(1234.5678, -2), round(-0.5), round(7.0), round(1e15 + 0.5), round(2.5, 0))
print("division:", 7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print("mixed:", 1 + 2.0, 3 * 0.5, 2 ** 0.5, 4 ** 0.5, 10 / 5, 2 ** -1, 1e3 == 1000, 0.5 == 1 / 2)
print("int/float compare:", 1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 > 1e19)
print("abs:", abs(-3.5), abs(3.5), abs(-0.0), abs(-inf))
print("min/max:", min(1.5, 2, -0.5), max(1, 1.0), max(1.0, 1), min([3.3, 1.1, 2.2]))
print("sum:", sum([0.1] * 10), sum([0.5, 0.25, 0.125]), sum([1, 2.5, 3]))
print("pow:", pow(2.0, 10), pow(2, 0.5), pow(-8, 2), 0.0 ** 0, (-2.0) ** 3)
print("hash equality:", hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0))
print("is_integer-like checks:", 3.0 == int(3.0), 3.5 == int(3.5))

# A numeric task: Newton's method and a running mean.
def sqrt(x):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return guess


for x in [2, 9, 10, 1e6, 0.25]:
    r = sqrt(x)
    print(f"sqrt({x}) ~ {r!r} check {r * r!r}")

readings = [12.5, 13.0, 11.75, 14.25, 12.0, 15.5]
total = 0.0
for i, r in enumerate(readings, 1):
    total += r
    print(f"after {i} readings mean = {total / i:.4f} (repr {total / i!r})")
mean = total / len(readings)
var = sum([(r - mean) ** 2 for r in readings]) / len(readings)
print("mean", mean, "variance", var, "std", round(sqrt(var), 6))
compound = 1000.0
for year in range(1, 6):
    compound *= 1.05
    print(f"year {year}: {compound:.2f} {compound!r}")
print("conversions that overflow raise:")
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
