# decimal: construction, str/repr, arithmetic rounded to the context,
# integer division and remainders, comparisons with int/float/Decimal.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING

for v in ["1.10", "-0", "1e+3", "1E-7", ".5", "5.", "123.4500", "  +7.25e2 ", "1_000_000",
          "Infinity", "-inf", "nan", "sNaN12", "0.000001", "0.0000001", "-12.3E+20"]:
    d = Decimal(v)
    print(repr(v), repr(d), str(d), d.to_eng_string(), d.as_tuple())
print(Decimal(0.1), Decimal(-2.5), Decimal(10**30 + 1), Decimal((1, (3, 1, 4), -2)), Decimal(Decimal("7")))

a, b = Decimal("1.30"), Decimal("0.7")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(-a))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(10) / 4, Decimal("1.000") / 8, Decimal(1) / 7 * 7)
print(Decimal(7) // -2, Decimal(-7) % 2, Decimal("7.5") % Decimal("0.3"), 7 // Decimal(2), 10 - Decimal("0.01"))
print(sum(Decimal("0.1") for _ in range(10)), sum([Decimal("1.5"), 2, Decimal("-0.25")]))
print(Decimal(2) ** 100, Decimal("1.1") ** 20, Decimal(2) ** -3, Decimal(9) ** Decimal("0.5"))

getcontext().prec = 6
print(Decimal(1) / 7, Decimal("123456.789") + 0, Decimal(10) ** 10 + 1, Decimal("0.1") * 3)
getcontext().rounding = ROUND_HALF_UP
print(Decimal("2.5").to_integral_value(), Decimal("1.2345675") + 0, +Decimal("-1.0000005"))
getcontext().rounding = ROUND_DOWN
print(Decimal(2) / 3, Decimal(-2) / 3, +Decimal("9.9999999"))
getcontext().rounding = ROUND_CEILING
print(Decimal(2) / 3, Decimal(-2) / 3)
getcontext().prec = 28
getcontext().rounding = "ROUND_HALF_EVEN"

x = Decimal("2.50")
print(x == 2.5, x == Decimal("2.5"), x < 3, x > 2.4, 1 < x, x == "2.5", x != 2, Decimal("NaN") == Decimal("NaN"))
print(sorted([Decimal("1.5"), 1, 2.25, Decimal("-3"), 0]), max(Decimal(1), Decimal("1.0")), min(2, Decimal("1.99")))
print(hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)) == hash(7), hash(Decimal("1.00")) == hash(1), hash(Decimal("-Inf")))
print(int(Decimal("-7.9")), float(Decimal("1e-3")), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.23456"), 3))
print(Decimal("12.345").quantize(Decimal("0.01")), Decimal("12.345").quantize(Decimal("1E+1")), Decimal("-0.5").quantize(Decimal(1)))
print(Decimal("120.00").normalize(), Decimal("0.000").normalize(), Decimal("1E3").normalize(), Decimal("-1.5").copy_abs())
print(Decimal("3.14").adjusted(), Decimal("0.001").adjusted(), Decimal("1.25").as_integer_ratio(), Decimal(5).is_signed())
for v in ["1", "-0", "NaN", "-Inf", "1E-1000000", "sNaN"]:
    d = Decimal(v)
    print(v, d.is_zero(), d.is_nan(), d.is_infinite(), d.is_finite(), d.is_snan(), d.is_subnormal(), d.number_class())
for bad in [lambda: Decimal(1) + 1.5, lambda: Decimal("1") < None, lambda: Decimal([1, 2]), lambda: Decimal(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
