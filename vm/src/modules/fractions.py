"""Rational numbers: ouro's `fractions` module.

Fraction behaves as CPython 3.11's: the same constructor forms (ints,
Fractions, floats, Decimals, strings such as '3/4', ' -1.5e-3 ', '1_000'),
the same normalised numerator and denominator, arithmetic mixed with int,
float and complex (exact with ints and Fractions, through float or
complex otherwise), the same results for //, %, divmod and ** and the
same errors, comparisons, hashes equal to those of equal ints and floats,
round/floor/ceil/trunc, str and repr.

Differences, because of what ouro does not have yet:
  * there is no `numbers` module, so Fraction is not registered as a
    numbers.Rational; "rational" below means int (bool included) or
    Fraction, "real" float, "complex" complex.  The methods numbers.Real
    and numbers.Rational would give it (real, imag, conjugate,
    __complex__, __float__) are defined on the class itself;
  * there is no `decimal` module: a Decimal is accepted (by Fraction()
    and from_decimal) only if a `decimal` module can be imported;
    from_decimal() of an int works without one.
"""

import math
import operator

__all__ = ['Fraction']


# Numeric hashes (see "Hashing of numeric types" in the library reference)
# are taken modulo the Mersenne prime 2**61 - 1 on 64-bit builds.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _decimal_class():
    """decimal.Decimal, or None when ouro has no decimal module."""
    try:
        from decimal import Decimal
    except ImportError:
        return None
    return Decimal


# ----------------------------------------------------------------------
# Parsing strings
#
# A string is: optional whitespace, an optional sign, then a numerator of
# digits (groups may be joined by single underscores) and either
#   /denominator                 (digits, with underscores as above), or
#   .fraction and/or E exponent  (the exponent may have a sign),
# then optional whitespace.  The numerator may be empty only when a '.'
# and a digit follow.  "E" is either case.
#
# CPython 3.11 spells the fractional part as "d*" or digits (a typo for
# \d* that its 3.12 corrects), so '1.d' is accepted by the pattern and
# then rejected by int('d'); that is reproduced here.

def _digit_run_end(s, i):
    """End of the digits-and-single-underscores group starting at s[i]
    (i itself if s[i] is not a digit)."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
            i += 1
        else:
            return i


def _only_space_from(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i == n


def _exponent_then_end(s, i):
    """Match an optional exponent and trailing whitespace from s[i].
    Returns (matched, exponent text or None)."""
    if i < len(s) and s[i] in 'eE':
        j = i + 1
        if j < len(s) and s[j] in '+-':
            j += 1
        k = _digit_run_end(s, j)
        if k > j and _only_space_from(s, k):
            return True, s[i + 1:k]
    return _only_space_from(s, i), None


def _parse(s):
    """(sign, numerator, denominator, fraction, exponent) texts of s, or
    None when s is not a valid literal."""
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digit_run_end(s, i)
    num = s[i:j]

    # numerator/denominator
    if j < n and s[j] == '/':
        k = _digit_run_end(s, j + 1)
        if k > j + 1 and _only_space_from(s, k):
            return sign, num, s[j + 1:k], None, None
        return None

    # numerator[.fraction][Eexponent]
    if j < n and s[j] == '.':
        k = j + 1
        while k < n and s[k] in 'dD':
            k += 1
        ok, exp = _exponent_then_end(s, k)
        if ok:
            return sign, num, None, s[j + 1:k], exp
        k = _digit_run_end(s, j + 1)
        if k == j + 1:
            return None
        ok, exp = _exponent_then_end(s, k)
        if ok:
            return sign, num, None, s[j + 1:k], exp
        return None
    ok, exp = _exponent_then_end(s, j)
    if ok:
        return sign, num, None, None, exp
    return None


def _from_string(text):
    """The (numerator, denominator) a string denotes, not yet reduced."""
    parts = _parse(text)
    if parts is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, num, denom, decimal, exp = parts
    numerator = int(num or '0')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if sign == '-':
        numerator = -numerator
    return numerator, denominator


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _make(numerator, denominator):
    """A Fraction from a pair already in lowest terms with a positive
    denominator (or a zero one, which raises as Fraction(n, 0) does)."""
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


# ----------------------------------------------------------------------
# Arithmetic on two rationals (ints or Fractions), in lowest terms

def _add(a, b):
    """a + b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g = math.gcd(da, db)
    if g == 1:
        return _make(na * db + da * nb, da * db)
    # With da = g*s and db = g*t the sum is (na*t + nb*s) / (g*s*t); only
    # a factor the new numerator shares with g can cancel.
    s = da // g
    top = na * (db // g) + nb * s
    g2 = math.gcd(top, g)
    return _make(top // g2, s * (db // g2))


def _sub(a, b):
    """a - b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g = math.gcd(da, db)
    if g == 1:
        return _make(na * db - da * nb, da * db)
    s = da // g
    top = na * (db // g) - nb * s
    g2 = math.gcd(top, g)
    return _make(top // g2, s * (db // g2))


def _mul(a, b):
    """a * b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _make(na * nb, db * da)


def _div(a, b):
    """a / b"""
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    # Dividing by zero reports the reduced numerator: Fraction(1, 0) for
    # a positive dividend, Fraction(-1, 0) or Fraction(0, 0) otherwise.
    return _make(n, d)


def _floordiv(a, b):
    """a // b"""
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    """(a // b, a % b)"""
    da, db = a.denominator, b.denominator
    q, r = divmod(a.numerator * db, da * b.numerator)
    return q, Fraction(r, da * db)


def _mod(a, b):
    """a % b"""
    da, db = a.denominator, b.denominator
    return Fraction((a.numerator * db) % (b.numerator * da), da * db)


def _mixed(exact, inexact):
    """The forward and reflected methods of a binary operator.

    `exact` computes the result for two rationals.  With a float the
    operation is done on floats (float(fraction)), with a complex on
    complex numbers; any other operand gets NotImplemented.
    """
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if _is_rational(a):
            return exact(a, b)
        if isinstance(a, float):
            return inexact(float(a), float(b))
        if isinstance(a, complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__' + inexact.__name__ + '__'
    forward.__doc__ = exact.__doc__
    reverse.__name__ = '__r' + inexact.__name__ + '__'
    reverse.__doc__ = exact.__doc__
    return forward, reverse


class Fraction:
    """A rational number: numerator/denominator in lowest terms, with a
    positive denominator.

    Fraction(n, d) takes two ints or Fractions; Fraction(x) takes an int,
    a Fraction, a float or Decimal (converted exactly) or a string such
    as '3/4', '-1.25' or '2e-3'; Fraction() is 0.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """A new Fraction; see the class documentation."""
        self = super(Fraction, cls).__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                # Exact; raises for infinities and NaNs.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _from_string(numerator)
            else:
                decimal = _decimal_class()
                if decimal is None or not isinstance(numerator, decimal):
                    raise TypeError("argument should be a string "
                                    "or a Rational instance")
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too);
        Fraction.from_float(0.1) is not Fraction(1, 10)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        if isinstance(dec, int):
            return cls(int(dec))
        decimal = _decimal_class()
        if decimal is None or not isinstance(dec, decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator, e.g. 22/7 for pi and a bound of 10."""
        # The best approximations with a bounded denominator are
        # convergents or semiconvergents of the continued fraction of
        # self.  Walk the convergents p/q until the next denominator would
        # be too big; the answer is then the last convergent or the largest
        # semiconvergent that still fits, whichever is closer (the one with
        # the smaller denominator, the convergent, on a tie).
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d

        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic -------------------------------------------------------

    __add__, __radd__ = _mixed(_add, operator.add)
    __sub__, __rsub__ = _mixed(_sub, operator.sub)
    __mul__, __rmul__ = _mixed(_mul, operator.mul)
    __truediv__, __rtruediv__ = _mixed(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _mixed(_divmod, divmod)
    __mod__, __rmod__ = _mixed(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for an integer b, else a float or complex
        (a root is generally irrational)."""
        if _is_rational(b):
            if b.denominator != 1:
                # A fractional power: generally irrational.
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return _make(a._numerator ** power, a._denominator ** power)
            if a._numerator >= 0:
                return _make(a._denominator ** -power, a._numerator ** -power)
            return _make((-a._denominator) ** -power,
                         (-a._numerator) ** -power)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int stays an int.
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, as a Fraction (also for a subclass instance)"""
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self) as an int, round(self, ndigits) as a Fraction;
        halves go to the even neighbour."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            # Exactly half way: to the even neighbour.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        """float(self), correctly rounded: the integer division of the
        numerator by the denominator (so huge ones do not overflow)."""
        return int(self._numerator) / int(self._denominator)

    def __complex__(self):
        """complex(self)"""
        return complex(float(self))

    @property
    def real(self):
        """The real part: the number itself, as a Fraction."""
        return +self

    @property
    def imag(self):
        """The imaginary part: 0."""
        return 0

    def conjugate(self):
        """The complex conjugate: the number itself, as a Fraction."""
        return +self

    # -- hashing and comparisons -----------------------------------------

    def __hash__(self):
        """hash(self)"""
        # A number n/d hashes as (|n| * inverse of d) mod P, negated for a
        # negative n, where P is the modulus; when d has no inverse (it is
        # a multiple of P) the hash is that of infinity.  This agrees with
        # the hash of an equal int or float.
        if self._denominator % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
            h = abs(self._numerator) % _HASH_MODULUS * dinv % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Every finite value compares with these as zero does.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare self with `other` (a rational or a float) by `op`, one
        of the operator module's comparisons; NotImplemented for other
        types."""
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # -- pickling and copying ----------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable: its own copy
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
