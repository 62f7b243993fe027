# numbers: the numeric tower ABCs, registration and mixin methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from decimal import Decimal

abcs = (Number, Complex, Real, Rational, Integral)
values = [True, 7, 2.5, 1 + 2j, Fraction(3, 4), Decimal("1.5"), "7", None,
          [1]]
for v in values:
    print("%-18r" % (v,), [isinstance(v, a) for a in abcs])
for t in (bool, int, float, complex, Fraction, Decimal, str, object):
    print(t.__name__, [issubclass(t, a) for a in abcs])
print(numbers.__all__)
for a in abcs:
    print(a.__name__, type(a).__name__, sorted(a.__abstractmethods__))
    print("  ", [b.__name__ for b in a.__mro__])
print(Number.__hash__, Complex.__hash__, Integral.__hash__)

class MyInt(Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None
    def __repr__(self): return "MyInt(%d)" % self.v

x = MyInt(7)
print(x, float(x), complex(x), x.real, x.imag, x.conjugate())
print(x.numerator, x.denominator, x.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][x])
print(bool(x), bool(MyInt(0)), x - 3, 10 - x, divmod(x, 2), divmod(20, x))
print(isinstance(x, Real), isinstance(x, Number), isinstance(x, int))

class Half(Rational):
    numerator = 1
    denominator = 2
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Rational.__float__(Half), Real.__complex__(2.5), Complex.__bool__(0j))
print(Real.conjugate(3.5), Real.real.fget(4.0), Real.imag.fget(4.0))

class Weird:
    pass
Real.register(Weird)
print(isinstance(Weird(), Complex), isinstance(Weird(), Rational),
      issubclass(Weird, Number))
for cls in (Number, Integral):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", str(e).split(" with ")[0])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
