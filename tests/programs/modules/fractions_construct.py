# fractions: constructing Fractions from ints, pairs, floats and strings,
# normalisation, and the constructor's errors.
from fractions import Fraction as F

print(F(), F(7), F(6, 4), F(-6, 4), F(6, -4), F(0, -5))
print(repr(F(10, 4)), F(10, 4).numerator, F(10, 4).denominator)
print(F(F(1, 2), F(3, 4)), F(F(5, 3)), F(True, 2), F(3, True))
print(F(0.5), F(-1.25), F(0.1), F(1e-3), F(2.0 ** 60))
print(F.from_float(0.1), F.from_float(7), F.from_decimal(3))
print(F(0.1).limit_denominator(), F(3.141592653589793).limit_denominator(100))
print((0.75).as_integer_ratio(), F(-9, 6).as_integer_ratio())

for s in ['3/4', '-3/4', '+8/6', '1.5', ' -2 ', '1e-3', '-47e-2', '.5',
          '5.', '2.5E+3', '1_000', '1_000/3_0', '0.000_5', '  7/21\n',
          '\u0661\u0662/\u0663']:
    print(repr(s), F(s), repr(F(s)))

def attempt(*args):
    try:
        print(repr(F(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for bad in ['3 / 4', '3/', '/4', 'abc', '', '1.2.3', '1__0', '1/2.5',
            '--1', 'inf', 'nan', '1e', '0x10', '1/-2']:
    attempt(bad)
attempt('1.d')          # 3.11 accepts 'd' here and int() rejects it
attempt(5, 0)
attempt('-3/0')
attempt(1.5, 2)
attempt(1, 2.0)
attempt(None)
attempt([1])
attempt(float('nan'))
attempt(float('inf'))
for f in (F.from_float, F.from_decimal):
    try:
        f("1.5")
    except TypeError as e:
        print("TypeError:", e)
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)

class Sub(F):
    pass
s = Sub(2, 4)
print(repr(s), type(s).__name__, repr(s + 0), repr(+s), repr(-s), s == F(1, 2))
import copy
print(copy.copy(F(1, 3)), repr(copy.deepcopy(s)), F(5, 7).__reduce__())
