# decimal: contexts, flags and traps, the signals raised (with the
# conditions as their argument), localcontext, the template contexts.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     DecimalException, ROUND_05UP)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for op in [lambda: Decimal(1) / 3, lambda: Decimal(10) ** 11, lambda: Decimal(1) / 0,
           lambda: Decimal(0) / 0, lambda: Decimal("1E-12") / 7, lambda: Decimal("123.456") + 0,
           lambda: Decimal(-1).sqrt(), lambda: Decimal("1e-14"), lambda: Decimal(1) == 1.0]:
    with localcontext(c) as lc:
        r = op()
    print(r, sorted(k.__name__ for k, v in lc.flags.items() if v))
print(c, lc)
print(c.flags[Inexact], c.traps[DivisionByZero], len(c.flags), c.Etiny(), c.Etop())

for expr in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal('abc')", "Decimal('1e999999') * 10",
             "Decimal('NaN') < 1", "Decimal('sNaN') + 1", "Decimal(1) % 0", "divmod(Decimal(1), 0)",
             "Decimal('1e50') // 3", "Decimal(-1).ln()", "Decimal(0) ** 0"]:
    try:
        print(expr, "->", eval(expr))
    except DecimalException as e:
        print(expr, "!!", type(e).__name__, e.args, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
getcontext().clear_flags()

ctx = getcontext()
ctx.traps[Inexact] = True
try:
    Decimal(2) / 3
except Inexact as e:
    print("Inexact", e, ctx.flags[Inexact], ctx.flags[Rounded])
ctx.traps[Inexact] = False
ctx.traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation", e, isinstance(e, TypeError))
print(Decimal(1) == 1.0, Decimal.from_float(0.25))
ctx.traps[FloatOperation] = False
ctx.clear_flags()

with localcontext() as lc:
    lc.prec = 3
    print(Decimal(1) / 7, getcontext() is lc)
with localcontext(prec=4, rounding=ROUND_05UP) as lc:
    print(Decimal(2) / 3, Decimal("1.0051") + 0, lc)
print(Decimal(1) / 7, getcontext().prec)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext() is ExtendedContext, getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
for make in [lambda: Context(prec=0), lambda: Context(rounding="nearest"), lambda: Context(Emax=-1),
             lambda: Context(clamp=2), lambda: setcontext(42), lambda: Context().flags["x"]]:
    try:
        make()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(Context(prec=7).create_decimal("3.14159265"), Context(prec=2).create_decimal(1234))
print(Context().power(2, 10, 1000), Context(prec=3).add(Decimal("1.234"), 5), Context().divide_int(17, 5))
