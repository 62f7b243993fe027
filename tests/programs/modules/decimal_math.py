# decimal: square roots, exp, ln, log10 and powers (correctly rounded),
# format() specifications, fma, min/max, compare, scaleb, next_*.
from decimal import Decimal, Context, localcontext

for v in ["2", "0.5", "100", "1E-7", "12345.6789", "0", "1", "10"]:
    d = Decimal(v)
    print(v, d.sqrt(), d.exp(), d.ln() if d else "-", d.log10() if d else "-")
print(Decimal("-0").sqrt(), Decimal("0E-3").sqrt(), Decimal("400").sqrt(), Decimal("4E-4").sqrt())
print(Decimal(-50).exp(), Decimal("1e-30").exp(), Decimal("1.0000000001").ln(), Decimal("0.999").log10())
print(Decimal(2) ** Decimal("0.5"), Decimal("1.5") ** Decimal("2.5"), Decimal(10) ** Decimal("-2.5"))
print(Decimal("1.0") ** 5, Decimal(-2) ** 3, Decimal("0.5") ** -2, Decimal(3).__pow__(4, 5))
with localcontext(Context(prec=50)) as ctx:
    print(Decimal(2).sqrt())
    print(Decimal(1).exp())
    print(Decimal(10).ln())
    print(Decimal(3) ** Decimal("0.1"))
with localcontext(Context(prec=8, Emax=99, Emin=-99, traps=[])) as ctx:
    print(Decimal(300).exp(), Decimal(-300).exp(), Decimal("1e-105").ln(), sorted(k.__name__ for k, v in ctx.flags.items() if v))

for v, spec in [("1234567.891", ",.2f"), ("1234567.891", "_>20,.1f"), ("-0.000123", ".3e"), ("0.25", "%"),
                ("0.25", ".1%"), ("1e10", "f"), ("123.456", ""), ("123.456", "g"), ("1.5", "e"),
                ("12345", ".2E"), ("-1234.5", "+012,.2f"), ("1.23456789", ".3"), ("42", "^9"),
                ("-0.0001", "z.2f"), ("NaN", "08.2f"), ("-Inf", ">10"), ("2.5", ".0f"), ("3.5", ".0f"),
                ("1e-10", "G"), ("1234.5678", "n"), ("-5", " 08"), ("7", "x")]:
    try:
        print(repr(spec), repr(format(Decimal(v), spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print("{:.2f} {:>8.3} {:,}".format(Decimal("3.14159"), Decimal("2.71828"), Decimal("1e6")))

a, b = Decimal("1.5"), Decimal("-2.25")
print(a.fma(b, 1), a.compare(b), b.compare(a), a.compare(a), a.max(b), a.min(b), a.max_mag(b), a.min(Decimal("NaN")))
print(a.copy_sign(b), b.copy_negate(), a.scaleb(3), a.scaleb(-2), Decimal(10).logb(), Decimal("0.05").logb())
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0), Decimal(7).remainder_near(4))
print(Decimal("1.20").compare_total(Decimal("1.2")), Decimal(123456).shift(2), Decimal(123456).rotate(-2))
print(Decimal("101").logical_and(Decimal("110")), Decimal("101").logical_xor(Decimal("110")), Decimal("1.00").same_quantum(Decimal("0.01")))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("7.5").to_integral_exact(), Decimal("-7.5").__floor__(), Decimal("-7.5").__ceil__())
