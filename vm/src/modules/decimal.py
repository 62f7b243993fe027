"""Decimal fixed-point and floating-point arithmetic: ouro's `decimal` module.

Written for ouro in Python; the behaviour is that of CPython 3.11's C
implementation (_decimal, on libmpdec), which is what `import decimal` gives
under CPython.  The General Decimal Arithmetic Specification defines the
results; where it leaves room, libmpdec's choices are followed:

  * every operation collects the conditions it meets and hands them to the
    context once, at the end: the flags are set first, then the first
    trapped signal (in the order InvalidOperation, FloatOperation,
    DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
    Clamped) is raised with the list of trapped conditions as its argument,
    e.g. InvalidOperation([<class 'decimal.ConversionSyntax'>]);
  * results are finished as libmpdec finishes them (overflow, clamping and
    subnormal checks on the exact result, then rounding);
  * exp(), ln() and log10() are correctly rounded (ROUND_HALF_EVEN, as
    documented); x ** y multiplies at a working precision for integral y and
    goes through ln and exp at prec + 23 digits otherwise, then rounds, as
    libmpdec does, so its last digit is the same as CPython's;
  * str(), repr(), to_eng_string() and format() print what CPython prints;
    hash() equals CPython's (numeric hashing: hash(Decimal('0.5')) ==
    hash(0.5));
  * Decimal(float) is exact and sets FloatOperation; Decimal(str) accepts
    surrounding whitespace, underscores and non-ASCII digits.

What is here: Decimal (construction from int, str, float, tuple or list
and Decimal; arithmetic; comparisons with int, float, complex, Fraction and
Decimal; quantize, normalize, to_integral*, sqrt, exp, ln, log10, the
predicates, the copy and compare operations, max/min, fma, logb, scaleb,
next_*, number_class, remainder_near, same_quantum, shift, rotate, the
logical operations, as_tuple, as_integer_ratio, from_float, format()),
Context with the same operations as methods, getcontext, setcontext,
localcontext, the three template contexts, the rounding constants and the
signals.

Differences from CPython:
  * it is Python, so much slower than libmpdec;
  * one context for the whole interpreter (ouro has no threads and no
    contextvars);
  * TypeErrors raised by the interpreter for unsupported operand types name
    the class `Decimal` where CPython says `decimal.Decimal`;
  * Decimal and Context are Python classes: they can be subclassed freely
    and their instances hold their fields in slots.
"""

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_SSIZE_MAX = 9223372036854775807
_SSIZE_MIN = -9223372036854775808


################################################################################
### Signals and conditions
################################################################################

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass


# Conditions, as libmpdec's status bits.
_CLAMPED = 0x1
_CONVERSION_SYNTAX = 0x2
_DIVISION_BY_ZERO = 0x4
_DIVISION_IMPOSSIBLE = 0x8
_DIVISION_UNDEFINED = 0x10
_FPU_ERROR = 0x20
_INEXACT = 0x40
_INVALID_CONTEXT = 0x80
_INVALID_OPERATION = 0x100
_MALLOC_ERROR = 0x200
_FLOAT_OPERATION = 0x400
_OVERFLOW = 0x800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000

_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE |
                 _DIVISION_UNDEFINED | _FPU_ERROR | _INVALID_CONTEXT |
                 _INVALID_OPERATION | _MALLOC_ERROR)
_ERRORS = _IEEE_INVALID | _DIVISION_BY_ZERO

# The signals, in CPython's order, with the conditions each stands for.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
_SIGNAL_BITS = {}
for _sig, _bits in _SIGNALS:
    _SIGNAL_BITS[_sig] = _bits
del _sig, _bits

# The conditions listed in a trapped signal's argument, in CPython's order.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)

# How Context.__repr__ names the conditions, by bit (libmpdec's order).
_BIT_NAMES = (
    (_CLAMPED, 'Clamped'), (_CONVERSION_SYNTAX, 'InvalidOperation'),
    (_DIVISION_BY_ZERO, 'DivisionByZero'),
    (_DIVISION_IMPOSSIBLE, 'InvalidOperation'),
    (_DIVISION_UNDEFINED, 'InvalidOperation'),
    (_FPU_ERROR, 'InvalidOperation'), (_INEXACT, 'Inexact'),
    (_INVALID_CONTEXT, 'InvalidOperation'),
    (_INVALID_OPERATION, 'InvalidOperation'),
    (_MALLOC_ERROR, 'InvalidOperation'), (_FLOAT_OPERATION, 'FloatOperation'),
    (_OVERFLOW, 'Overflow'), (_ROUNDED, 'Rounded'),
    (_SUBNORMAL, 'Subnormal'), (_UNDERFLOW, 'Underflow'),
)

_SIGNALS_MESSAGE = ("valid values for signals are:\n"
                    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                    "   Clamped]")
_ROUNDING_MESSAGE = ("valid values for rounding are:\n"
                     "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                     "   ROUND_05UP]")


def _bits_names(bits):
    # The signal names for a set of conditions, as Context.__repr__ lists
    # them.
    names = []
    invalid_done = False
    for bit, name in _BIT_NAMES:
        if bits & bit:
            if bit & _IEEE_INVALID:
                if invalid_done:
                    continue
                invalid_done = True
            names.append(name)
    return names


def _signal_bits(sig):
    try:
        return _SIGNAL_BITS[sig]
    except (KeyError, TypeError):
        raise KeyError(_SIGNALS_MESSAGE) from None


class _SignalDict:
    """The flags or traps of a context: a mapping from the signals to
    booleans, kept as condition bits."""

    __slots__ = ('_bits',)

    def __init__(self, bits=0):
        self._bits = bits

    def __getitem__(self, key):
        return bool(self._bits & _signal_bits(key))

    def __setitem__(self, key, value):
        bits = _signal_bits(key)
        if value:
            self._bits |= bits
        else:
            self._bits &= ~bits

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([sig for sig, _ in _SIGNALS])

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return _SignalView(self, 'KeysView', 0)

    def values(self):
        return _SignalView(self, 'ValuesView', 1)

    def items(self):
        return _SignalView(self, 'ItemsView', 2)

    def get(self, key, default=None):
        if key in _SIGNAL_BITS:
            return self[key]
        return default

    def copy(self):
        return dict((sig, bool(self._bits & bits)) for sig, bits in _SIGNALS)

    def __repr__(self):
        return "{" + ", ".join(
            "<class '%s.%s'>:%s" % (sig.__module__, sig.__name__,
                                    bool(self._bits & bits))
            for sig, bits in _SIGNALS) + "}"

    def _as_flags(self, other):
        if isinstance(other, _SignalDict):
            return other._bits
        if isinstance(other, dict):
            return _dict_as_flags(other, ValueError)
        return None

    def __eq__(self, other):
        bits = self._as_flags(other)
        if bits is None:
            return NotImplemented
        return _normalize_bits(self._bits) == _normalize_bits(bits)

    def __ne__(self, other):
        bits = self._as_flags(other)
        if bits is None:
            return NotImplemented
        return _normalize_bits(self._bits) != _normalize_bits(bits)

    __hash__ = None


class _SignalView:
    # keys(), values() and items() of a signal dict.

    __slots__ = ('_mapping', '_name', '_kind')

    def __init__(self, mapping, name, kind):
        self._mapping = mapping
        self._name = name
        self._kind = kind

    def _list(self):
        bits = self._mapping._bits
        if self._kind == 0:
            return [sig for sig, _ in _SIGNALS]
        if self._kind == 1:
            return [bool(bits & sbits) for _, sbits in _SIGNALS]
        return [(sig, bool(bits & sbits)) for sig, sbits in _SIGNALS]

    def __iter__(self):
        return iter(self._list())

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, item):
        return item in self._list()

    def __repr__(self):
        return '%s(%r)' % (self._name, self._mapping)


def _normalize_bits(bits):
    # Compare signal dicts by signal, not by condition.
    out = 0
    for _, sbits in _SIGNALS:
        if bits & sbits:
            out |= sbits
    return out


def _dict_as_flags(d, error=KeyError):
    if not isinstance(d, dict):
        raise TypeError("argument must be a signal dict")
    if len(d) != len(_SIGNALS):
        raise error("invalid signal dict")
    bits = 0
    for sig, sbits in _SIGNALS:
        if sig not in d:
            raise error("invalid signal dict")
        if d[sig]:
            bits |= sbits
    return bits


def _list_as_flags(signals):
    bits = 0
    for sig in signals:
        bits |= _signal_bits(sig)
    return bits


def _dict_flags(value):
    # Flags or traps assigned as an attribute: a signal dict or a dict.
    if isinstance(value, _SignalDict):
        return value._bits
    return _dict_as_flags(value)


def _as_flags(value):
    # Flags or traps given to Context(): also a list of signals.
    if isinstance(value, list):
        return _list_as_flags(value)
    return _dict_flags(value)


################################################################################
### Contexts
################################################################################

def _ssize(value):
    # An argument CPython reads as a C ssize_t.
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    value = int(value)
    if value > _SSIZE_MAX or value < _SSIZE_MIN:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


class _WorkContext:
    # The numeric part of a context, for internal calculations.
    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_clamp')

    def __init__(self, prec, rounding, emin, emax, clamp):
        self._prec = prec
        self._rounding = rounding
        self._emin = emin
        self._emax = emax
        self._clamp = clamp


def _max_context(prec=MAX_PREC, rounding=ROUND_HALF_EVEN):
    return _WorkContext(prec, rounding, MIN_EMIN, MAX_EMAX, 0)


class Context(object):
    """The context affects almost all operations and controls rounding,
    Over/Underflow, raising of exceptions and much more.  A new context
    can be constructed as follows:

        >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
        ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
        ...             traps=[InvalidOperation, DivisionByZero, Overflow],
        ...             flags=[])
        >>>

"""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 **kwargs):
        for key in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        dflt = DefaultContext
        if dflt is None:            # building DefaultContext itself
            self._prec = 28
            self._rounding = ROUND_HALF_EVEN
            self._emin = -999999
            self._emax = 999999
            self._capitals = 1
            self._clamp = 0
            self._flags = _SignalDict(0)
            self._traps = _SignalDict(_IEEE_INVALID | _DIVISION_BY_ZERO |
                                      _OVERFLOW)
        else:
            self._prec = dflt._prec
            self._rounding = dflt._rounding
            self._emin = dflt._emin
            self._emax = dflt._emax
            self._capitals = dflt._capitals
            self._clamp = dflt._clamp
            self._flags = _SignalDict(0)
            self._traps = _SignalDict(dflt._traps._bits)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps._bits = _as_flags(traps)
        if flags is not None:
            self._flags._bits = _as_flags(flags)

    # The attributes, checked as CPython checks them.

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _ssize(value)
        if value < 1 or value > MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @prec.deleter
    def prec(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if isinstance(value, str):
            for r in _ROUNDINGS:
                if value == r:
                    self._rounding = r
                    return
        raise TypeError(_ROUNDING_MESSAGE)

    @rounding.deleter
    def rounding(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        value = _ssize(value)
        if value > 0 or value < MIN_EMIN:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._emin = value

    @Emin.deleter
    def Emin(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        value = _ssize(value)
        if value < 0 or value > MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._emax = value

    @Emax.deleter
    def Emax(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _ssize(value)
        if value != 0 and value != 1:
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @capitals.deleter
    def capitals(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _ssize(value)
        if value != 0 and value != 1:
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @clamp.deleter
    def clamp(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags._bits = _dict_flags(value)

    @flags.deleter
    def flags(self):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps._bits = _dict_flags(value)

    @traps.deleter
    def traps(self):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=[%s], traps=[%s])" % (
                    self._prec, self._rounding, self._emin, self._emax,
                    self._capitals, self._clamp,
                    ", ".join(_bits_names(self._flags._bits)),
                    ", ".join(_bits_names(self._traps._bits))))

    def __reduce__(self):
        flags = [sig for sig, bits in _SIGNALS if self._flags._bits & bits]
        traps = [sig for sig, bits in _SIGNALS if self._traps._bits & bits]
        return (self.__class__,
                (self._prec, self._rounding, self._emin, self._emax,
                 self._capitals, self._clamp, flags, traps))

    def clear_flags(self):
        """Reset all flags to False."""
        self._flags._bits = 0

    def clear_traps(self):
        """Set all traps to False."""
        self._traps._bits = 0

    def copy(self):
        """Return a duplicate of the context with all flags cleared."""
        c = object.__new__(type(self))
        c._prec = self._prec
        c._rounding = self._rounding
        c._emin = self._emin
        c._emax = self._emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = _SignalDict(self._flags._bits)
        c._traps = _SignalDict(self._traps._bits)
        return c

    __copy__ = copy

    def Etiny(self):
        """Return a value equal to Emin - prec + 1, which is the minimum
        exponent value for subnormal results.  When underflow occurs, the
        exponent is set to Etiny."""
        return self._emin - self._prec + 1

    def Etop(self):
        """Return a value equal to Emax - prec + 1.  This is the maximum
        exponent if the _clamp field of the context is set to 1 (IEEE
        clamp mode).  Etop() must not be negative."""
        return self._emax - self._prec + 1

    def radix(self):
        """Return 10."""
        return Decimal(10)

    def create_decimal(self, num="0"):
        """Create a new Decimal instance from num, using self as the
        context.  Unlike the Decimal constructor, this function observes
        the context limits."""
        st = [0]
        result = _create_decimal(num, self, st)
        _add_status(self, st[0])
        return result

    def create_decimal_from_float(self, f):
        """Create a new Decimal instance from float f.  Unlike the
        Decimal.from_float() class method, this function observes the
        context limits."""
        if isinstance(f, int):
            value = _from_int(f)
        elif isinstance(f, float):
            value = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        st = [0]
        result = _fix_value(value, self, st)
        _add_status(self, st[0])
        return result

    def _apply(self, a):
        return self.plus(a)


def _add_status(ctx, bits):
    # Hand the conditions of an operation to the context: set the flags,
    # then raise the first trapped signal.
    if not bits:
        return
    ctx._flags._bits |= bits
    trapped = bits & ctx._traps._bits
    if trapped:
        for sig, sbits in _SIGNALS:
            if trapped & sbits:
                raise sig([cond for cond, cbits in _CONDITIONS
                           if trapped & cbits])


DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_current_context = None


def getcontext():
    """Get the current default context."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    """Set a new default context."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if (context is DefaultContext or context is BasicContext
            or context is ExtendedContext):
        context = context.copy()
        context._flags._bits = 0
    _current_context = context


_LOCALCONTEXT_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                          'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager that will set the default context to a copy
    of ctx on entry to the with-statement and restore the previous default
    context when exiting the with-statement.  If no context is specified, a
    copy of the current default context is used."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    for key in kwargs:
        if key not in _LOCALCONTEXT_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
    new = ctx.copy()
    for key in _LOCALCONTEXT_KEYWORDS:
        if key in kwargs:
            if key == 'flags':
                new._flags._bits = _as_flags(kwargs[key])
            elif key == 'traps':
                new._traps._bits = _as_flags(kwargs[key])
            else:
                setattr(new, key, kwargs[key])
    return _ContextManager(new)


class ContextManager(object):
    """Context manager class to support localcontext()."""

    __slots__ = ('local_context', 'global_context')

    def __init__(self, new_context):
        self.local_context = new_context
        self.global_context = None

    def __enter__(self):
        self.global_context = getcontext()
        setcontext(self.local_context)
        return self.local_context

    def __exit__(self, t, v, tb):
        setcontext(self.global_context)
        return False

_ContextManager = ContextManager
del ContextManager              # CPython does not export the class


################################################################################
### The numbers: sign, coefficient, exponent
################################################################################

# A Decimal holds _sign (0 or 1), _int (the coefficient, an int >= 0) and
# _exp: an int for finite numbers, 'F' for infinities, 'n' for quiet and
# 'N' for signaling NaNs (whose _int is the payload, 0 for none).

_EXP_INF = 2000000000000000001     # libmpdec's exponent for "certainly
                                   # overflows"


def _ndigits(n):
    # The number of decimal digits of n >= 0 (1 for zero).
    if n < 10:
        return 1
    if n < 10000000000000000:
        return len(str(n))
    # str() of a very long int is slow: estimate from the bit length.
    d = (n.bit_length() * 1233) >> 12
    if n >= 10 ** d:
        d += 1
    return d


def _dec(sign, coeff, exp):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._is_special = False
    return self


def _special(sign, kind, payload=0):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = payload
    self._exp = kind
    self._is_special = True
    return self


def _nan():
    return _special(0, 'n')


def _round_digits(sign, c, n, rounding, nd=0):
    """Drop the last n > 0 digits of c, rounding; returns the new
    coefficient and whether a non-zero digit was dropped."""
    if nd == 0:
        nd = _ndigits(c)
    if n > nd:
        if c == 0:
            return 0, False
        q = 0
        r = 1
        half = 2
        p = 4
    else:
        p = 10 ** n
        q, r = divmod(c, p)
        if r == 0:
            return q, False
        half = p >> 1
    if rounding is ROUND_HALF_EVEN:
        if r > half or (r == half and q & 1):
            q += 1
    elif rounding is ROUND_HALF_UP:
        if r >= half:
            q += 1
    elif rounding is ROUND_HALF_DOWN:
        if r > half:
            q += 1
    elif rounding is ROUND_UP:
        q += 1
    elif rounding is ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding is ROUND_FLOOR:
        if sign:
            q += 1
    elif rounding is ROUND_05UP:
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_result(sign, ctx):
    r = ctx._rounding
    if (r is ROUND_DOWN or r is ROUND_05UP
            or (r is ROUND_CEILING and sign) or (r is ROUND_FLOOR and not sign)):
        return _dec(sign, 10 ** ctx._prec - 1, ctx._emax - ctx._prec + 1)
    return _special(sign, 'F')


def _finalize(sign, c, e, ctx, st):
    """Fit a finite result to the context, as libmpdec's mpd_qfinalize():
    overflow, clamping and subnormal checks on the exact value, then
    rounding to the precision."""
    prec = ctx._prec
    emax = ctx._emax
    nd = _ndigits(c) if c else 1
    adj = e + nd - 1
    if adj > emax:
        if c == 0:
            st[0] |= _CLAMPED
            return _dec(sign, 0, emax - prec + 1 if ctx._clamp else emax)
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
        return _overflow_result(sign, ctx)
    if ctx._clamp and e > emax - prec + 1:
        # Fold down: pad the coefficient with zeros.
        shift = e - (emax - prec + 1)
        st[0] |= _CLAMPED
        if c:
            c *= 10 ** shift
            if adj < ctx._emin:
                st[0] |= _SUBNORMAL
        return _dec(sign, c, e - shift)
    emin = ctx._emin
    if adj < emin:
        etiny = emin - prec + 1
        if c == 0:
            if e < etiny:
                st[0] |= _CLAMPED
                e = etiny
            return _dec(sign, 0, e)
        st[0] |= _SUBNORMAL
        if e < etiny:
            c, inexact = _round_digits(sign, c, etiny - e, ctx._rounding, nd)
            st[0] |= _ROUNDED
            if inexact:
                st[0] |= _INEXACT | _UNDERFLOW
                if c == 0:
                    st[0] |= _CLAMPED
            e = etiny
        return _dec(sign, c, e)
    if nd > prec:
        c, inexact = _round_digits(sign, c, nd - prec, ctx._rounding, nd)
        e += nd - prec
        st[0] |= _ROUNDED
        if inexact:
            st[0] |= _INEXACT
        if c == 10 ** prec:
            # The rounding carried into a new digit.
            c = 10 ** (prec - 1)
            e += 1
            if e + prec - 1 > emax:
                st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
                return _overflow_result(sign, ctx)
    return _dec(sign, c, e)


def _fix_nan(d, ctx):
    # A quiet NaN with its payload cut to fit the context.
    payload = d._int
    limit = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > limit:
        payload = payload % 10 ** limit if limit > 0 else 0
    return _special(d._sign, 'n', payload)


def _fix_value(d, ctx, st):
    # mpd_qfinalize() of a whole Decimal.
    if d._is_special:
        if d._exp == 'F':
            return d
        payload = d._int
        limit = ctx._prec - ctx._clamp
        if payload and _ndigits(payload) > limit:
            payload = payload % 10 ** limit if limit > 0 else 0
        return _special(d._sign, d._exp, payload)
    return _finalize(d._sign, d._int, d._exp, ctx, st)


def _check_nan(a, ctx, st):
    if a._is_special and a._exp != 'F':
        if a._exp == 'N':
            st[0] |= _INVALID_OPERATION
        return _fix_nan(a, ctx)
    return None


def _check_nans(a, b, ctx, st):
    a_nan = a._is_special and a._exp != 'F'
    b_nan = b._is_special and b._exp != 'F'
    if not (a_nan or b_nan):
        return None
    choice = b
    if a._exp == 'N':
        choice = a
        st[0] |= _INVALID_OPERATION
    elif b._exp == 'N':
        st[0] |= _INVALID_OPERATION
    elif a._exp == 'n':
        choice = a
    return _fix_nan(choice, ctx)


def _invalid(st, condition=_INVALID_OPERATION):
    st[0] |= condition
    return _special(0, 'n')


def _adjexp(d):
    return d._exp + _ndigits(d._int) - 1


def _is_integral(d):
    # A finite number with an integral value.
    if d._exp >= 0 or d._int == 0:
        return True
    if -d._exp >= _ndigits(d._int):
        return False
    return d._int % 10 ** (-d._exp) == 0


def _is_odd(d):
    # An integral finite number that is odd.
    if d._exp > 0:
        return False
    return (d._int // 10 ** (-d._exp)) & 1 == 1


def _int_value(d):
    # The magnitude of an integral finite Decimal, as an int.
    if d._exp >= 0:
        return d._int * 10 ** d._exp
    return d._int // 10 ** (-d._exp)


def _cmp(a, b):
    """Compare two non-NaN Decimals numerically: -1, 0 or 1."""
    if a._is_special:
        if b._is_special:
            return b._sign - a._sign
        return -1 if a._sign else 1
    if b._is_special:
        return 1 if b._sign else -1
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return b._sign - a._sign
    c = _cmp_abs_finite(a, b)
    return -c if a._sign else c


def _cmp_abs_finite(a, b):
    # Compare the magnitudes of two non-zero finite numbers.
    adj_a = a._exp + _ndigits(a._int)
    adj_b = b._exp + _ndigits(b._int)
    if adj_a != adj_b:
        return -1 if adj_a < adj_b else 1
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= 10 ** (b._exp - a._exp)
    return 0 if ca == cb else (-1 if ca < cb else 1)


def _cmp_abs(a, b):
    # Compare magnitudes of non-NaN numbers.
    if a._is_special:
        return 0 if b._is_special else 1
    if b._is_special:
        return -1
    if a._int == 0:
        return 0 if b._int == 0 else -1
    if b._int == 0:
        return 1
    return _cmp_abs_finite(a, b)


def _cmp_numequal(a, b):
    # An order for numerically equal operands (max, min).
    if a._sign != b._sign:
        return b._sign - a._sign
    c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


################################################################################
### Arithmetic on Decimals (no context checks; st collects the conditions)
################################################################################

def _add(a, b, ctx, st, negate=0):
    sign_b = b._sign ^ negate
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special:
            if b._is_special and a._sign != sign_b:
                return _invalid(st)
            return _special(a._sign, 'F')
        return _special(sign_b, 'F')
    ca, ea = a._int, a._exp
    cb, eb = b._int, b._exp
    if ea != eb:
        swapped = ea < eb
        if swapped:
            big_c, big_e, small_c, small_e = cb, eb, ca, ea
        else:
            big_c, big_e, small_c, small_e = ca, ea, cb, eb
        if big_c:
            # A small operand far below the precision of the big one only
            # matters as a sticky digit.
            bd = _ndigits(big_c)
            texp = big_e - 1 + (0 if bd > ctx._prec else bd - ctx._prec - 1)
            if small_e + (_ndigits(small_c) if small_c else 1) - 1 < texp:
                small_c = 1 if small_c else 0
                small_e = texp
            big_c *= 10 ** (big_e - small_e)
        exp = small_e
        if swapped:
            ca, cb = small_c, big_c
        else:
            ca, cb = big_c, small_c
    else:
        exp = ea
    if a._sign == sign_b:
        return _finalize(sign_b, ca + cb, exp, ctx, st)
    if ca > cb:
        return _finalize(a._sign, ca - cb, exp, ctx, st)
    if ca < cb:
        return _finalize(sign_b, cb - ca, exp, ctx, st)
    return _finalize(1 if ctx._rounding is ROUND_FLOOR else 0, 0, exp, ctx,
                     st)


def _mul_raw(a, b, ctx, st):
    # The exact product (or special result), not fitted to the context.
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if (a._is_special and not b._is_special and b._int == 0) or \
                (b._is_special and not a._is_special and a._int == 0):
            return _invalid(st)
        return _special(sign, 'F')
    return _dec(sign, a._int * b._int, a._exp + b._exp)


def _mul(a, b, ctx, st):
    r = _mul_raw(a, b, ctx, st)
    if r._is_special:
        return r
    return _finalize(r._sign, r._int, r._exp, ctx, st)


def _div(a, b, ctx, st, ideal=True):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special:
            if b._is_special:
                return _invalid(st)
            return _special(sign, 'F')
        st[0] |= _CLAMPED
        return _dec(sign, 0, ctx._emin - ctx._prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        st[0] |= _DIVISION_BY_ZERO
        return _special(sign, 'F')
    if a._int == 0:
        return _finalize(sign, 0, a._exp - b._exp, ctx, st)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx._prec + 1
    ideal_exp = a._exp - b._exp
    exp = ideal_exp - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    elif ideal and shift > 0:
        # Exact: strip trailing zeros down to the ideal exponent.
        while shift > 0 and q % 10 == 0:
            q //= 10
            shift -= 1
            exp += 1
    return _finalize(sign, q, exp, ctx, st)


def _divmod_core(a, b, ctx, st):
    """Finite a, finite non-zero b: the truncated quotient (exponent 0) and
    the remainder (ideal exponent), not fitted; None, None if the quotient
    needs more than prec digits (DivisionImpossible)."""
    sign_ab = a._sign ^ b._sign
    ideal_exp = a._exp if a._exp < b._exp else b._exp
    if a._int == 0:
        return _dec(sign_ab, 0, 0), _dec(a._sign, 0, ideal_exp)
    expdiff = _adjexp(a) - _adjexp(b)
    if expdiff < 0:
        if a._exp > b._exp:
            r = _dec(a._sign, a._int * 10 ** (a._exp - b._exp), ideal_exp)
        else:
            r = a
        return _dec(sign_ab, 0, 0), r
    if expdiff > ctx._prec:
        st[0] |= _DIVISION_IMPOSSIBLE
        return None, None
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= 10 ** (b._exp - a._exp)
    q, r = divmod(ca, cb)
    if q and _ndigits(q) > ctx._prec:
        st[0] |= _DIVISION_IMPOSSIBLE
        return None, None
    return _dec(sign_ab, q, 0), _dec(a._sign, r, ideal_exp)


def _divint(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special and b._is_special:
            return _invalid(st)
        if a._is_special:
            return _special(sign, 'F')
        return _dec(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        st[0] |= _DIVISION_BY_ZERO
        return _special(sign, 'F')
    q, r = _divmod_core(a, b, ctx, st)
    if q is None:
        return _nan()
    return _fix_value(q, ctx, st)


def _rem(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special:
            return _invalid(st)
        return _fix_value(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        return _invalid(st)
    q, r = _divmod_core(a, b, ctx, st)
    if r is None:
        return _nan()
    return _fix_value(r, ctx, st)


def _divmod(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r, r
        if a._is_special:
            if b._is_special:
                q = _nan()
            else:
                q = _special(sign, 'F')
            st[0] |= _INVALID_OPERATION
            return q, _nan()
        return _dec(sign, 0, 0), _fix_value(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            st[0] |= _DIVISION_UNDEFINED
            return _nan(), _nan()
        st[0] |= _DIVISION_BY_ZERO | _INVALID_OPERATION
        return _special(sign, 'F'), _nan()
    q, r = _divmod_core(a, b, ctx, st)
    if q is None:
        return _nan(), _nan()
    return _fix_value(q, ctx, st), _fix_value(r, ctx, st)


def _rem_near(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special:
            return _invalid(st)
        return _fix_value(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        return _invalid(st)
    q, r = _divmod_core(a, b, ctx, st)
    if q is None:
        return _nan()
    if r._int and -1 <= _adjexp(b) - _adjexp(r) <= 1:
        # r - b (same signs) or r + b: the other candidate remainder.
        other = _add(r, b, _max_context(), [0], a._sign == b._sign)
        c = _cmp_abs(other, r)
        if c < 0 or (c == 0 and q._int & 1):
            if q._int == 10 ** ctx._prec - 1:
                return _invalid(st, _DIVISION_IMPOSSIBLE)
            r = other
    return _fix_value(r, ctx, st)


def _plus(a, ctx, st, negate=False):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _special(a._sign ^ negate, 'F')
    if a._int == 0 and ctx._rounding is not ROUND_FLOOR:
        sign = 0
    else:
        sign = a._sign ^ negate
    return _finalize(sign, a._int, a._exp, ctx, st)


def _rescale(a, exp, rounding, st):
    # a (finite) with exponent exp, rounded if needed (no context limits).
    if a._int == 0:
        return _dec(a._sign, 0, exp)
    if a._exp >= exp:
        return _dec(a._sign, a._int * 10 ** (a._exp - exp), exp)
    c, inexact = _round_digits(a._sign, a._int, exp - a._exp, rounding)
    st[0] |= _ROUNDED
    if inexact:
        st[0] |= _INEXACT
    return _dec(a._sign, c, exp)


def _quantize(a, b, ctx, st, rounding=None):
    if rounding is None:
        rounding = ctx._rounding
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._is_special and b._is_special:
            return a
        return _invalid(st)
    b_exp = b._exp
    if b_exp > ctx._emax or b_exp < ctx._emin - ctx._prec + 1:
        return _invalid(st)
    if a._int == 0:
        return _finalize(a._sign, 0, b_exp, ctx, st)
    expdiff = a._exp - b_exp
    nd = _ndigits(a._int)
    if nd + expdiff > ctx._prec:
        return _invalid(st)
    work = 0
    if expdiff >= 0:
        c = a._int * 10 ** expdiff
    else:
        c, inexact = _round_digits(a._sign, a._int, -expdiff, rounding, nd)
        work = _ROUNDED | (_INEXACT if inexact else 0)
        if c and _ndigits(c) > ctx._prec:
            return _invalid(st)
    adj = b_exp + (_ndigits(c) if c else 1) - 1
    if adj > ctx._emax or adj < ctx._emin - ctx._prec + 1:
        return _invalid(st)
    st[0] |= work
    return _finalize(a._sign, c, b_exp, ctx, st)


def _round_to_integral(a, ctx, st, rounding, exact):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return a
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _dec(a._sign, 0, 0)
    c, inexact = _round_digits(a._sign, a._int, -a._exp, rounding)
    if exact:
        st[0] |= _ROUNDED
        if inexact:
            st[0] |= _INEXACT
    return _dec(a._sign, c, 0)


def _reduce(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return a
    r = _finalize(a._sign, a._int, a._exp, ctx, st)
    if r._is_special:
        return r
    if r._int == 0:
        return _dec(a._sign, 0, 0)
    c, e = r._int, r._exp
    maxexp = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    while e < maxexp and c % 10 == 0:
        c //= 10
        e += 1
    return _dec(r._sign, c, e)


def _sqrt(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _special(0, 'F')
    ideal_exp = a._exp >> 1
    if a._int == 0:
        return _finalize(a._sign, 0, ideal_exp, ctx, st)
    if a._sign:
        return _invalid(st)
    prec = ctx._prec + 1
    c = a._int
    nd = _ndigits(c)
    if a._exp & 1:
        c *= 10
        l = (nd >> 1) + 1
    else:
        l = (nd + 1) >> 1
    shift = prec - l
    if shift >= 0:
        c *= 10 ** (2 * shift)
        exact = True
    else:
        c, rem = divmod(c, 10 ** (-2 * shift))
        exact = rem == 0
    ideal_exp -= shift
    r = _isqrt(c)
    if exact:
        exact = r * r == c
    if exact:
        if shift >= 0:
            r //= 10 ** shift
        else:
            r *= 10 ** -shift
        ideal_exp += shift
    elif r % 5 == 0:
        r += 1
    work = _WorkContext(ctx._prec, ROUND_HALF_EVEN, ctx._emin, ctx._emax,
                        ctx._clamp)
    return _finalize(0, r, ideal_exp, work, st)


def _isqrt(n):
    # floor(sqrt(n)) for n >= 0.
    if n < 4503599627370496:
        r = int(n ** 0.5)
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r
    # Newton's iteration from above.
    x = 1 << ((n.bit_length() + 1) >> 1)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def _max_min(a, b, ctx, st, want_max, by_magnitude):
    a_q = a._is_special and a._exp == 'n'
    b_q = b._is_special and b._exp == 'n'
    a_nan = a._is_special and a._exp != 'F'
    b_nan = b._is_special and b._exp != 'F'
    if a_q and not b_nan:
        return _fix_value(b, ctx, st)
    if b_q and not a_nan:
        return _fix_value(a, ctx, st)
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp_abs(a, b) if by_magnitude else _cmp(a, b)
    if c == 0:
        c = _cmp_numequal(a, b)
    if want_max:
        choice = b if c < 0 else a
    else:
        choice = a if c < 0 else b
    return _fix_value(choice, ctx, st)


def _compare(a, b, ctx, st, signal=False):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            if signal:
                st[0] |= _INVALID_OPERATION
            return r
    c = _cmp(a, b)
    return _dec(1 if c < 0 else 0, 1 if c else 0, 0)


def _cmp_total(a, b):
    if a._sign != b._sign:
        return b._sign - a._sign
    a_nan = a._is_special and a._exp != 'F'
    b_nan = b._is_special and b._exp != 'F'
    if a_nan:
        c = 1
        if b_nan:
            qa = a._exp == 'n'
            qb = b._exp == 'n'
            if qa == qb:
                if a._int and b._int:
                    c = 0 if a._int == b._int else \
                        (-1 if a._int < b._int else 1)
                else:
                    c = (a._int > 0) - (b._int > 0)
            else:
                c = qa - qb
    elif b_nan:
        c = -1
    else:
        c = _cmp_abs(a, b)
        if c == 0 and not a._is_special and a._exp != b._exp:
            c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


################################################################################
### Transcendental functions: fixed-point series, correctly rounded
################################################################################

# Numbers scaled by 10**P and held as ints.  Each helper is accurate to a
# few units in the last place; the callers bound the total error and round
# only when the rounding is certain (Ziv's strategy).

_LN10_CACHE = [0, 0]        # [digits, ln(10) * 10**digits]
_LN2_CACHE = [0, 0]


def _atanh_inv(n, scale):
    # atanh(1/n) * scale, for an int n >= 2; error below the number of terms.
    total = 0
    term = scale // n
    n2 = n * n
    k = 1
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


def _ln2_fixed(P):
    # ln(2) * 10**P, truncated (|error| <= 1).
    if _LN2_CACHE[0] < P:
        digits = P + 20
        scale = 10 ** (digits + 10)
        # ln 2 = 2 atanh(1/3)
        value = 2 * _atanh_inv(3, scale) // 10 ** 10
        _LN2_CACHE[0] = digits
        _LN2_CACHE[1] = value
    return _LN2_CACHE[1] // 10 ** (_LN2_CACHE[0] - P)


def _ln10_fixed(P):
    # ln(10) * 10**P, truncated (|error| <= 1).
    if _LN10_CACHE[0] < P:
        digits = P + 20
        scale = 10 ** (digits + 10)
        # ln 10 = 3 ln 2 + ln(5/4) = 6 atanh(1/3) + 2 atanh(1/9)
        value = (6 * _atanh_inv(3, scale) + 2 * _atanh_inv(9, scale)) \
            // 10 ** 10
        _LN10_CACHE[0] = digits
        _LN10_CACHE[1] = value
    return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - P)


def _tdiv(a, b):
    # a / b truncated toward zero (b > 0).
    if a < 0:
        return -(-a // b)
    return a // b


def _exp_fixed(Y, P):
    # e**(Y / 10**P) * 10**P for |Y| <= 2 * 10**P, by its Taylor series.
    S = 10 ** P
    total = S
    term = S
    n = 1
    while term:
        term = _tdiv(term * Y, n * S)
        total += term
        n += 1
    return total, n


def _ln_fixed_small(M, P):
    # ln(M / 10**P) * 10**P for M / 10**P in [0.5, 2]:
    # 2 atanh(z), z = (m - 1) / (m + 1).
    S = 10 ** P
    Z = _tdiv((M - S) * S, M + S)
    Z2 = Z * Z // S
    total = Z
    term = Z
    k = 3
    n = 1
    while term:
        term = _tdiv(term * Z2, S)
        total += _tdiv(term, k)
        k += 2
        n += 1
    return 2 * total, n


def _round_check(sign, lo, hi, exp, work):
    """Round the values lo * 10**exp and hi * 10**exp (0 < lo <= hi) to the
    context; the rounding is certain when both give the same number."""
    a = _finalize(sign, lo, exp, work, [0])
    b = _finalize(sign, hi, exp, work, [0])
    if a._is_special or b._is_special:
        return a._is_special and b._is_special and a._sign == b._sign
    return a._int == b._int and a._exp == b._exp


def _correctly_rounded(sign, A, err, exp, work, st):
    """A * 10**exp approximates a transcendental value within err units:
    return the value rounded to the context, or None if that is not yet
    certain."""
    if A - err <= 0:
        return None
    if not _round_check(sign, A - err, A + err, exp, work):
        return None
    # A sticky digit, so that the rounding sees an inexact value.
    return _finalize(sign, A * 10 + 1, exp - 1, work, st)


def _transcendental_context(ctx):
    return _WorkContext(ctx._prec, ROUND_HALF_EVEN, ctx._emin, ctx._emax,
                        ctx._clamp)


def _exp(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _dec(0, 0, 0)
        return _special(0, 'F')
    if a._int == 0:
        return _dec(0, 1, 0)
    work = _transcendental_context(ctx)
    nd = _ndigits(a._int)
    t = a._exp + nd
    if t > 19:
        if not a._sign:
            st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            return _special(0, 'F')
        st[0] |= (_INEXACT | _ROUNDED | _SUBNORMAL | _UNDERFLOW | _CLAMPED)
        return _dec(0, 0, ctx._emin - ctx._prec + 1)
    st[0] |= _INEXACT | _ROUNDED
    # log10(e**x) = x / ln(10), roughly, to spot results far out of range.
    xf = float("%s%de%d" % ('-' if a._sign else '', a._int, a._exp))
    l10 = xf / 2.302585092994046
    if l10 > ctx._emax + 3:
        return _finalize(0, 1, ctx._emax + 3, work, st)
    etiny = ctx._emin - ctx._prec + 1
    if l10 < etiny - 3:
        return _finalize(0, 1, etiny - 3, work, st)
    k = int(round(l10))
    extra = 20
    while True:
        P = ctx._prec + extra + 3
        kd = len(str(abs(k))) + 2
        S = 10 ** P
        # x * 10**P (truncated), then y = x - k ln(10).
        shift = a._exp + P
        if shift >= 0:
            X = a._int * 10 ** shift
        else:
            X = a._int // 10 ** (-shift)
        if a._sign:
            X = -X
        K = k * _ln10_fixed(P + kd) // 10 ** kd
        Y = X - K
        E, terms = _exp_fixed(Y, P)
        err = 4 * terms + 20
        r = _correctly_rounded(0, E, err, k - P, work, st)
        if r is not None:
            return r
        extra += 20


def _ln_estimate_precision(a):
    # Extra digits needed when a is close to 1, where ln(a) is tiny.
    d = _add(a, _dec(1, 1, 0), _max_context(), [0])
    if d._int == 0:
        return 0
    adj = _adjexp(d)
    return -adj if adj < 0 else 0


def _ln_fixed(a, P):
    # ln(a) * 10**P for a finite positive a; returns (value, error bound).
    nd = _ndigits(a._int)
    k = a._exp + nd - 1             # a = m * 10**k, 1 <= m < 10
    S = 10 ** P
    # m * 10**P
    shift = P - (nd - 1)
    if shift >= 0:
        M = a._int * 10 ** shift
    else:
        M = a._int // 10 ** (-shift)
    # Bring m into [0.75, 1.5) with powers of two.
    j = 0
    while M >= 3 * S // 2:
        M //= 2
        j += 1
    L, terms = _ln_fixed_small(M, P)
    err = terms + 10 + j
    if j:
        L += j * _ln2_fixed(P + 2) // 100
    if k:
        kd = len(str(abs(k))) + 2
        L += k * _ln10_fixed(P + kd) // 10 ** kd
        err += 2
    return L, err * 4


def _ln(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _special(0, 'F')
    if a._int == 0:
        return _special(1, 'F')
    if a._sign:
        return _invalid(st)
    if a._exp <= 0 and a._int == 10 ** (-a._exp):
        return _dec(0, 0, 0)
    adj = _adjexp(a)
    t = 2 * (-adj - 1 if adj < 0 else adj)
    if len(str(t)) - 1 > ctx._emax:
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
        return _special(1 if adj < 0 else 0, 'F')
    st[0] |= _INEXACT | _ROUNDED
    work = _transcendental_context(ctx)
    near_one = _ln_estimate_precision(a)
    extra = 20
    while True:
        P = ctx._prec + extra + near_one
        L, err = _ln_fixed(a, P)
        sign = 1 if L < 0 else 0
        r = _correctly_rounded(sign, abs(L), err, -P, work, st)
        if r is not None:
            return r
        extra += 20


def _log10(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return _special(0, 'F')
    if a._int == 0:
        return _special(1, 'F')
    if a._sign:
        return _invalid(st)
    work = _transcendental_context(ctx)
    c = a._int
    if c == 10 ** (_ndigits(c) - 1):
        # A power of ten: an exact integer.
        adj = _adjexp(a)
        return _finalize(1 if adj < 0 else 0, abs(adj), 0, work, st)
    adj = _adjexp(a)
    t = -adj - 1 if adj < 0 else adj
    if len(str(t)) - 1 > ctx._emax:
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
        return _special(1 if adj < 0 else 0, 'F')
    st[0] |= _INEXACT | _ROUNDED
    near_one = _ln_estimate_precision(a)
    extra = 20
    while True:
        P = ctx._prec + extra + near_one
        L, err = _ln_fixed(a, P + 2)
        LN10 = _ln10_fixed(P + 2)
        # log10(a) * 10**P = L * 10**P / LN10
        Q = L * 10 ** P // LN10
        sign = 1 if Q < 0 else 0
        r = _correctly_rounded(sign, abs(Q), err + 2, -P, work, st)
        if r is not None:
            return r
        extra += 20


################################################################################
### Powers
################################################################################

def _exp_digits(x):
    return len(str(abs(x)))


def _lower_bound_zeta(x):
    t = _adjexp(x)
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    d = _add(x, _dec(1, 1, 0), _max_context(), [0])
    u = _adjexp(d)
    return u - 2 if t == 0 else u - 1


def _pow_bounds(base, exp, resultsign, ctx, st):
    # Results that certainly overflow or underflow (libmpdec's
    # _qcheck_pow_bounds()); None otherwise.
    abs_x = _dec(0, base._int, base._exp)
    lb_theta = _adjexp(exp)
    lb_zeta = _lower_bound_zeta(abs_x)
    sign = (1 if _adjexp(abs_x) < 0 else 0) ^ exp._sign
    if sign == 0:
        if _exp_digits(ctx._emax) < lb_zeta + lb_theta:
            return _finalize(resultsign, 1, _EXP_INF, ctx, st)
    else:
        etiny = ctx._emin - ctx._prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _finalize(resultsign, 1, etiny - 1, ctx, st)
    return None


def _pow_uint(base, n, resultsign, work, st):
    # base ** n by squaring from the top bit, rounding each product.
    ws = [0]
    result = base
    mask = 1 << (n.bit_length() - 1)
    mask >>= 1
    while mask:
        result = _mul(result, result, work, ws)
        if n & mask:
            result = _mul(result, base, work, ws)
        if result._is_special or (result._int == 0 and ws[0] & _CLAMPED):
            break
        mask >>= 1
    st[0] |= ws[0]
    return _with_sign(result, resultsign)


def _pow_big(base, n, resultsign, work, st):
    # base ** n for exponents too large for a machine word: squaring from
    # the bottom bit.
    ws = [0]
    result = _dec(0, 1, 0)
    while n:
        if n & 1:
            result = _mul(result, base, work, ws)
            st[0] |= ws[0]
            if result._is_special or (result._int == 0 and ws[0] & _CLAMPED):
                break
        base = _mul(base, base, work, ws)
        n >>= 1
        if base._is_special and base._exp != 'F':
            st[0] |= ws[0] & _ERRORS
            return _nan()
    return _with_sign(result, resultsign)


def _with_sign(d, sign):
    if d._is_special:
        return _special(sign, d._exp, d._int)
    return _dec(sign, d._int, d._exp)


def _pow_int(base, exp, resultsign, ctx, st):
    wprec = ctx._prec + _ndigits(exp._int) + exp._exp + 2
    work = _WorkContext(wprec, ROUND_HALF_EVEN, ctx._emin, ctx._emax, 0)
    if exp._sign:
        work._prec += 1
        tbase = _div(_dec(0, 1, 0), base, work, st)
        if st[0] & _ERRORS:
            return _fix_value(_nan(), ctx, st)
    else:
        tbase = base
    n = _int_value(exp)
    if n < 0:
        n = -n
    if n < 18446744073709551616:
        result = _pow_uint(tbase, n, resultsign, work, st)
    else:
        result = _pow_big(tbase, n, resultsign, work, st)
    if result._is_special and result._exp == 'F':
        result = _dec(resultsign, 1, _EXP_INF)
    return _fix_value(result, ctx, st)


def _pow_real(base, exp, ctx, st):
    # exp(ln(base) * exp) at prec + 23 digits, as libmpdec does.
    wprec = max(_ndigits(base._int), ctx._prec) + 4 + 19
    work = _WorkContext(wprec, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX, 0)
    ws = [0]
    t = _ln(base, work, ws)
    t = _mul(t, exp, work, ws)
    result = _exp(t, work, st)
    st[0] |= (ws[0] & _ERRORS) | _INEXACT | _ROUNDED
    return result


def _pow(base, exp, ctx, st):
    if base._is_special or exp._is_special:
        r = _check_nans(base, exp, ctx, st)
        if r is not None:
            return r
    intexp = not exp._is_special and _is_integral(exp)
    resultsign = 0
    if intexp and base._sign and _is_odd(exp):
        resultsign = 1
    if not base._is_special and base._int == 0:
        if not exp._is_special and exp._int == 0:
            return _invalid(st)
        if exp._sign:
            return _special(resultsign, 'F')
        return _dec(resultsign, 0, 0)
    if base._sign and (not intexp or exp._is_special):
        return _invalid(st)
    if exp._is_special:
        # base ** +-Infinity
        c = _cmp(base, _dec(0, 1, 0))
        if c == 0:
            st[0] |= _INEXACT | _ROUNDED
            return _dec(resultsign, 10 ** (ctx._prec - 1), 1 - ctx._prec)
        if exp._sign:
            c = -c
        if c < 0:
            return _dec(resultsign, 0, 0)
        return _special(resultsign, 'F')
    if base._is_special:
        if exp._int == 0:
            return _dec(resultsign, 1, 0)
        if exp._sign:
            return _dec(resultsign, 0, 0)
        return _special(resultsign, 'F')
    if exp._int == 0:
        return _dec(resultsign, 1, 0)
    # |base| == 1
    if base._exp <= 0 and base._int == 10 ** (-base._exp):
        if intexp:
            if exp._sign:
                return _dec(resultsign, 1, 0)
            ws = [0]
            m = _mul(exp, _dec(0, -base._exp, 0), ctx, ws)
            if ws[0] & _ERRORS:
                st[0] |= ws[0] & _ERRORS
                return m
            if not m._is_special and _is_integral(m):
                shift = _int_value(m)
            else:
                shift = _SSIZE_MAX
            if shift > ctx._prec - 1:
                shift = ctx._prec - 1
                st[0] |= _ROUNDED
        else:
            shift = ctx._prec - 1
            st[0] |= _INEXACT | _ROUNDED
        return _dec(resultsign, 10 ** shift, -shift)
    r = _pow_bounds(base, exp, resultsign, ctx, st)
    if r is not None:
        return r
    if intexp:
        return _pow_int(base, exp, resultsign, ctx, st)
    result = _pow_real(base, exp, ctx, st)
    if not result._is_special and result._int and \
            _cmp(result, _dec(0, 1, 0)) == 0:
        result = _dec(result._sign, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    if result._is_special and result._exp == 'F':
        result = _dec(0, 1, _EXP_INF)
    return _fix_value(result, ctx, st)


def _powmod(base, exp, mod, ctx, st):
    specials = [d for d in (base, exp, mod) if d._is_special]
    if specials:
        nans = [d for d in (base, exp, mod)
                if d._is_special and d._exp != 'F']
        if nans:
            choice = None
            for d in (base, exp, mod):
                if d._is_special and d._exp == 'N':
                    choice = d
                    st[0] |= _INVALID_OPERATION
                    break
            if choice is None:
                choice = nans[0]
            return _fix_nan(choice, ctx)
        return _invalid(st)
    if not (_is_integral(base) and _is_integral(exp) and _is_integral(mod)):
        return _invalid(st)
    if mod._int == 0:
        return _invalid(st)
    if _ndigits(mod._int) + mod._exp > ctx._prec:
        return _invalid(st)
    b = _int_value(base)
    e = _int_value(exp)
    m = abs(_int_value(mod))
    if base._sign:
        b = -b
    if exp._sign:
        e = -e
    sign = 1 if base._sign and e & 1 else 0
    if e == 0:
        if b == 0:
            return _invalid(st)
        return _dec(sign, 0 if m == 1 else 1, 0)
    if e < 0:
        return _invalid(st)
    if b == 0:
        return _dec(sign, 0, 0)
    return _dec(sign, pow(abs(b), e, m), 0)


################################################################################
### Conversions to Decimal
################################################################################

def _numeric_ascii(s, exact):
    # The string as libmpdec reads it: for the constructor surrounding white
    # space stripped and underscores dropped; other white space made ' ',
    # non-ASCII decimal digits made ASCII; None if some other character is
    # not ASCII.
    if exact:
        s = s.strip()
    if s.isascii():
        if '\0' in s:
            return None
        return s.replace('_', '') if exact else s
    out = []
    for ch in s:
        if ch == '_' and exact:
            continue
        o = ord(ch)
        if 0 < o <= 127:
            out.append(ch)
        elif ch.isspace():
            out.append(' ')
        elif ch.isdecimal():
            out.append(chr(48 + int(ch)))
        else:
            return None
    return ''.join(out)


def _parse_decimal(s, exact=True):
    """(sign, coefficient, exponent) with exponent an int or 'F', 'n', 'N'
    (the NaN payload in the coefficient, with its digit count as a fourth
    item); None for a syntax error."""
    t = _numeric_ascii(s, exact)
    if not t:
        return None
    sign = 0
    if t[0] == '+' or t[0] == '-':
        sign = 1 if t[0] == '-' else 0
        t = t[1:]
    low = t.lower()
    if low == 'inf' or low == 'infinity':
        return (sign, 0, 'F', 0)
    if low.startswith('nan') or low.startswith('snan'):
        kind = 'n' if low[0] == 'n' else 'N'
        payload = low[3:] if kind == 'n' else low[4:]
        if not payload:
            return (sign, 0, kind, 0)
        if not payload.isdigit():
            return None
        stripped = payload.lstrip('0')
        return (sign, int(payload), kind, len(stripped))
    mant, sep, expstr = low.partition('e')
    if sep:
        if not expstr:
            return None
        digits = expstr[1:] if expstr[0] in '+-' else expstr
        if not digits or not digits.isdigit():
            return None
        exp = int(expstr)
    else:
        exp = 0
    intpart, dot, frac = mant.partition('.')
    digits = intpart + frac
    if not digits or not digits.isdigit():
        return None
    exp -= len(frac)
    if exp > _EXP_INF:
        exp = _EXP_INF
    elif exp < _SSIZE_MIN + 1:
        exp = _SSIZE_MIN + 1
    return (sign, int(digits), exp, 0)


def _from_string(s, ctx, st, exact):
    parsed = _parse_decimal(s, exact)
    if parsed is None:
        st[0] |= _CONVERSION_SYNTAX
        return _nan()
    sign, c, e, nan_digits = parsed
    if e == 'F':
        return _special(sign, 'F')
    if e == 'n' or e == 'N':
        if not exact and nan_digits > ctx._prec - ctx._clamp:
            st[0] |= _CONVERSION_SYNTAX
            return _nan()
        return _special(sign, e, c)
    if exact:
        ws = [0]
        r = _finalize(sign, c, e, _max_context(), ws)
        if ws[0] & (_INEXACT | _ROUNDED | _CLAMPED):
            st[0] |= _INVALID_OPERATION
            return _nan()
        return r
    return _finalize(sign, c, e, ctx, st)


def _from_int(n):
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, int(n), 0)


def _from_float(f):
    if f != f:
        sign = 1 if _float_sign(f) else 0
        return _special(sign, 'n')
    if f == float('inf'):
        return _special(0, 'F')
    if f == float('-inf'):
        return _special(1, 'F')
    sign = 1 if _float_sign(f) else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _float_sign(f):
    # The sign bit of a float (also of -0.0 and of NaNs).
    import math
    return math.copysign(1.0, f) < 0


def _from_tuple(value):
    # The string CPython builds from a (sign, digits, exponent) tuple.
    if isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, tuple) or len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not isinstance(sign, int) or (sign != 0 and sign != 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    prefix = '-' if sign else '+'
    special = ''
    if isinstance(exp, str):
        if exp == 'F':
            special = 'Inf'
        elif exp == 'n':
            special = 'NaN'
        elif exp == 'N':
            special = 'sNaN'
        else:
            raise ValueError("string argument in the third position must "
                             "be 'F', 'n' or 'N'")
    else:
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        exp = _ssize(exp)
    if isinstance(digits, list):
        digits = tuple(digits)
    if not isinstance(digits, tuple):
        raise ValueError("coefficient must be a tuple of digits")
    out = []
    for d in digits:
        if not isinstance(d, int) or d < 0 or d > 9:
            raise ValueError("coefficient must be a tuple of digits")
        if special != 'Inf':
            out.append(chr(48 + d))
    if special:
        return prefix + special + ''.join(out)
    return prefix + (''.join(out) or '0') + 'E' + str(exp)


def _convert_exact(value, ctx, st):
    """Decimal(value): the exact value; conditions go to st."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        return _from_string(value, ctx, st, True)
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, (tuple, list)):
        return _from_string(_from_tuple(value), ctx, st, True)
    if isinstance(value, float):
        st[0] |= _FLOAT_OPERATION
        return _from_float(value)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(value).__name__)


def _create_decimal(value, ctx, st):
    """Context.create_decimal(value): rounded to the context."""
    if isinstance(value, Decimal):
        return _fix_value(value, ctx, st)
    if isinstance(value, str):
        return _from_string(value, ctx, st, False)
    if isinstance(value, int):
        return _fix_value(_from_int(value), ctx, st)
    if isinstance(value, (tuple, list)):
        return _from_string(_from_tuple(value), ctx, st, False)
    if isinstance(value, float):
        st[0] |= _FLOAT_OPERATION
        return _fix_value(_from_float(value), ctx, st)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(value).__name__)


def _convert_operand(other):
    # An operand of an arithmetic operator: Decimal or int, else
    # NotImplemented.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert_arg(other):
    # An operand of a method: Decimal or int, else TypeError.
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(other).__name__)


def _get_context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _get_rounding(rounding):
    if isinstance(rounding, str):
        for r in _ROUNDINGS:
            if rounding == r:
                return r
    raise TypeError(_ROUNDING_MESSAGE)


################################################################################
### Conversions to strings
################################################################################

def _to_string(d, capitals, eng=False):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        body = 'NaN' if d._exp == 'n' else 'sNaN'
        return sign + body + (str(d._int) if d._int else '')
    digits = str(d._int)
    n = len(digits)
    leftdigits = d._exp + n
    if d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart = '0'
        fracpart = '.' + '0' * (-dotplace) + digits
    elif dotplace >= n:
        intpart = digits + '0' * (dotplace - n)
        fracpart = ''
    else:
        intpart = digits[:dotplace]
        fracpart = '.' + digits[dotplace:]
    if leftdigits == dotplace:
        exp = ''
    else:
        exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
    return sign + intpart + fracpart + exp


################################################################################
### The Decimal class
################################################################################

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    _fields = ('sign', 'digits', 'exponent')

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def __getnewargs__(self):
        return tuple(self)


_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)

# Comparison operators, by name.
_EQ, _NE, _LT, _LE, _GT, _GE = range(6)


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        ctx = _get_context(context)
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            v = value
        else:
            st = [0]
            if isinstance(value, float):
                _add_status(ctx, _FLOAT_OPERATION)
                v = _from_float(value)
            else:
                v = _convert_exact(value, ctx, st)
            _add_status(ctx, st[0] & _ERRORS)
        if cls is Decimal:
            return v
        self = object.__new__(cls)
        self._sign = v._sign
        self._int = v._int
        self._exp = v._exp
        self._is_special = v._is_special
        return self

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly.
Since 0.1 is not exactly representable in binary floating point,
Decimal.from_float(0.1) is not the same as Decimal('0.1').

    >>> Decimal.from_float(0.1)
    Decimal('0.1000000000000000055511151231257827021181583404541015625')
    >>> Decimal.from_float(float('nan'))
    Decimal('NaN')
    >>> Decimal.from_float(float('inf'))
    Decimal('Infinity')
    >>> Decimal.from_float(float('-inf'))
    Decimal('-Infinity')


"""
        if isinstance(f, int):
            v = _from_int(f)
        elif isinstance(f, float):
            v = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return v
        return cls(v)

    # --- Representation.

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, getcontext()._capitals)

    def __str__(self):
        return _to_string(self, getcontext()._capitals)

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string.  Engineering notation has an
exponent that is a multiple of 3, so there are up to 3 digits left of the
decimal place. For example, Decimal('123E+1') is converted to Decimal('1.23E+3').

The value of context.capitals determines whether the exponent sign is lower
or upper case. Otherwise, the context does not affect the operation.

"""
        ctx = _get_context(context)
        return _to_string(self, ctx._capitals, True)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # --- Attributes of the value.

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._is_special and self._exp != 'F':
            digits = tuple(int(ch) for ch in str(self._int)) \
                if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        if self._is_special:
            return DecimalTuple(self._sign, (0,), 'F')
        return DecimalTuple(self._sign,
                            tuple(int(ch) for ch in str(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        """Decimal.as_integer_ratio() -> (int, int)

Return a pair of integers, whose ratio is exactly equal to the original
Decimal and with a positive denominator. The ratio is in lowest terms.
Raise OverflowError on infinities and a ValueError on NaNs.

"""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** (-self._exp)
            # Divide out common factors of 2 and 5.
            g = _gcd(n, d)
            n //= g
            d //= g
        if self._sign:
            n = -n
        return n, d

    def adjusted(self):
        """Return the adjusted exponent of the number.  Defined as exp + digits - 1."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        """Return the canonical encoding of the argument.  Currently, the encoding
of a Decimal instance is always canonical, so this operation returns its
argument unchanged.

"""
        return self

    def conjugate(self):
        """Return self."""
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        """Return Decimal(10), the radix (base) in which the Decimal class does
all its arithmetic. Included for compatibility with the specification.

"""
        return Decimal(10)

    def is_canonical(self):
        """Return True if the argument is canonical and False otherwise.  Currently,
a Decimal instance is always canonical, so this operation always returns
True.

"""
        return True

    def is_finite(self):
        """Return True if the argument is a finite number, and False if the argument
is infinite or a NaN.

"""
        return not self._is_special

    def is_infinite(self):
        """Return True if the argument is either positive or negative infinity and
False otherwise.

"""
        return self._exp == 'F'

    def is_nan(self):
        """Return True if the argument is a (quiet or signaling) NaN and False
otherwise.

"""
        return self._is_special and self._exp != 'F'

    def is_qnan(self):
        """Return True if the argument is a quiet NaN, and False otherwise."""
        return self._exp == 'n'

    def is_snan(self):
        """Return True if the argument is a signaling NaN and False otherwise."""
        return self._exp == 'N'

    def is_signed(self):
        """Return True if the argument has a negative sign and False otherwise.
Note that both zeros and NaNs can carry signs.

"""
        return self._sign == 1

    def is_zero(self):
        """Return True if the argument is a (positive or negative) zero and False
otherwise.

"""
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        """Return True if the argument is a normal finite non-zero number with an
adjusted exponent greater than or equal to Emin. Return False if the
argument is zero, subnormal, infinite or a NaN.

"""
        ctx = _get_context(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        """Return True if the argument is subnormal, and False otherwise. A number is
subnormal if it is non-zero, finite, and has an adjusted exponent less
than Emin.

"""
        ctx = _get_context(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < ctx._emin

    def number_class(self, context=None):
        """Return a string describing the class of the operand."""
        ctx = _get_context(context)
        if self._is_special:
            if self._exp == 'F':
                return '-Infinity' if self._sign else '+Infinity'
            return 'sNaN' if self._exp == 'N' else 'NaN'
        if self._int == 0:
            return '-Zero' if self._sign else '+Zero'
        if self.adjusted() < ctx._emin:
            return '-Subnormal' if self._sign else '+Subnormal'
        return '-Normal' if self._sign else '+Normal'

    def same_quantum(self, other, context=None):
        """Test whether self and other have the same exponent or whether both are
NaN.

"""
        _get_context(context)
        other = _convert_arg(other)
        if self._is_special or other._is_special:
            return ((self.is_nan() and other.is_nan()) or
                    (self._exp == 'F' and other._exp == 'F'))
        return self._exp == other._exp

    # --- Conversions to other types.

    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special and self._exp != 'F':
            if self._exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan') if self._sign else float('nan')
        return float(_to_string(self, 1))

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        r = _round_to_integral(self, getcontext(), [0], rounding, False)
        return int(r)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = getcontext()
        q = _dec(0, 1, -_ssize(n))
        st = [0]
        r = _quantize(self, q, ctx, st)
        _add_status(ctx, st[0])
        return r

    def __complex__(self):
        return complex(float(self))

    # --- Comparisons.

    def _compare_operand(self, other, op, ctx):
        # The other operand of a rich comparison, exact; or NotImplemented.
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, float):
            if op != _EQ and op != _NE:
                _add_status(ctx, _FLOAT_OPERATION)
            else:
                ctx._flags._bits |= _FLOAT_OPERATION
            return self, _from_float(other)
        if isinstance(other, complex) and (op == _EQ or op == _NE):
            if other.imag != 0.0:
                return NotImplemented, None
            ctx._flags._bits |= _FLOAT_OPERATION
            return self, _from_float(other.real)
        if (hasattr(other, 'numerator') and hasattr(other, 'denominator')
                and isinstance(other.numerator, int)
                and isinstance(other.denominator, int)
                and type(other).__name__ == 'Fraction'):
            num = _from_int(other.numerator)
            v = self
            if not self._is_special:
                v = _mul_raw(self, _from_int(other.denominator),
                             _max_context(), [0])
            return v, num
        return NotImplemented, None

    def _richcmp(self, other, op):
        ctx = getcontext()
        a, b = self._compare_operand(other, op, ctx)
        if a is NotImplemented:
            return NotImplemented
        a_nan = a._is_special and a._exp != 'F'
        b_nan = b._is_special and b._exp != 'F'
        if a_nan or b_nan:
            if a._exp == 'N' or b._exp == 'N' or (op != _EQ and op != _NE):
                _add_status(ctx, _INVALID_OPERATION)
            return op == _NE
        c = _cmp(a, b)
        if op == _EQ:
            return c == 0
        if op == _NE:
            return c != 0
        if op == _LT:
            return c < 0
        if op == _LE:
            return c <= 0
        if op == _GT:
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._richcmp(other, _EQ)

    def __ne__(self, other):
        return self._richcmp(other, _NE)

    def __lt__(self, other):
        return self._richcmp(other, _LT)

    def __le__(self, other):
        return self._richcmp(other, _LE)

    def __gt__(self, other):
        return self._richcmp(other, _GT)

    def __ge__(self, other):
        return self._richcmp(other, _GE)

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * exp_hash % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    # --- Arithmetic operators.

    def _binary(self, other, func):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        st = [0]
        r = func(self, other, ctx, st)
        _add_status(ctx, st[0])
        return r

    def _rbinary(self, other, func):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        st = [0]
        r = func(other, self, ctx, st)
        _add_status(ctx, st[0])
        return r

    def __add__(self, other):
        return self._binary(other, _add)

    def __radd__(self, other):
        return self._rbinary(other, _add)

    def __sub__(self, other):
        return self._binary(other, _sub)

    def __rsub__(self, other):
        return self._rbinary(other, _sub)

    def __mul__(self, other):
        return self._binary(other, _mul)

    def __rmul__(self, other):
        return self._rbinary(other, _mul)

    def __truediv__(self, other):
        return self._binary(other, _div)

    def __rtruediv__(self, other):
        return self._rbinary(other, _div)

    def __floordiv__(self, other):
        return self._binary(other, _divint)

    def __rfloordiv__(self, other):
        return self._rbinary(other, _divint)

    def __mod__(self, other):
        return self._binary(other, _rem)

    def __rmod__(self, other):
        return self._rbinary(other, _rem)

    def __divmod__(self, other):
        return self._binary(other, _divmod)

    def __rdivmod__(self, other):
        return self._rbinary(other, _divmod)

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return self._binary(other, _pow)
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        modulo = _convert_operand(modulo)
        if modulo is NotImplemented:
            return modulo
        ctx = getcontext()
        st = [0]
        r = _powmod(self, other, modulo, ctx, st)
        _add_status(ctx, st[0])
        return r

    def __rpow__(self, other):
        return self._rbinary(other, _pow)

    def _unary(self, func, context=None):
        ctx = _get_context(context)
        st = [0]
        r = func(self, ctx, st)
        _add_status(ctx, st[0])
        return r

    def __neg__(self):
        return self._unary(_minus)

    def __pos__(self):
        return self._unary(_plus)

    def __abs__(self):
        return self._unary(_abs)

    # --- Methods with a context.

    def _method(self, func, other, context):
        ctx = _get_context(context)
        other = _convert_arg(other)
        st = [0]
        r = func(self, other, ctx, st)
        _add_status(ctx, st[0])
        return r

    def exp(self, context=None):
        """Return the value of the (natural) exponential function e**x at the
given number.  The function always uses the ROUND_HALF_EVEN mode and
the result is correctly rounded.

"""
        return self._unary(_exp, context)

    def ln(self, context=None):
        """Return the natural (base e) logarithm of the operand. The function always
uses the ROUND_HALF_EVEN mode and the result is correctly rounded.

"""
        return self._unary(_ln, context)

    def log10(self, context=None):
        """Return the base ten logarithm of the operand. The function always uses the
ROUND_HALF_EVEN mode and the result is correctly rounded.

"""
        return self._unary(_log10, context)

    def sqrt(self, context=None):
        """Return the square root of the argument to full precision. The result is
correctly rounded using the ROUND_HALF_EVEN rounding mode.

"""
        return self._unary(_sqrt, context)

    def normalize(self, context=None):
        """Normalize the number by stripping the rightmost trailing zeros and
converting any result equal to Decimal('0') to Decimal('0e0').  Used
for producing canonical values for members of an equivalence class.
For example, Decimal('32.100') and Decimal('0.321000e+2') both normalize
to the equivalent value Decimal('32.1').

"""
        return self._unary(_reduce, context)

    def logb(self, context=None):
        """Return the adjusted exponent of the operand as a Decimal instance.  If the
operand is a zero, then Decimal('-Infinity') is returned and the
DivisionByZero condition is raised. If the operand is an infinity then
Decimal('Infinity') is returned.

"""
        return self._unary(_logb, context)

    def next_minus(self, context=None):
        """Return the largest number representable in the given context (or in the
current default context if no context is given) that is smaller than the
given operand.

"""
        return self._unary(_next_minus, context)

    def next_plus(self, context=None):
        """Return the smallest number representable in the given context (or in the
current default context if no context is given) that is larger than the
given operand.

"""
        return self._unary(_next_plus, context)

    def logical_invert(self, context=None):
        """Return the digit-wise inversion of the (logical) operand."""
        return self._unary(_logical_invert, context)

    def to_integral_exact(self, rounding=None, context=None):
        """Round to the nearest integer, signaling Inexact or Rounded as appropriate if
rounding occurs.  The rounding mode is determined by the rounding parameter
if given, else by the given context. If neither parameter is given, then the
rounding mode of the current default context is used.

"""
        ctx = _get_context(context)
        rounding = ctx._rounding if rounding is None else \
            _get_rounding(rounding)
        st = [0]
        r = _round_to_integral(self, ctx, st, rounding, True)
        _add_status(ctx, st[0])
        return r

    def to_integral_value(self, rounding=None, context=None):
        """Round to the nearest integer without signaling Inexact or Rounded.  The
rounding mode is determined by the rounding parameter if given, else by
the given context. If neither parameter is given, then the rounding mode
of the current default context is used.

"""
        ctx = _get_context(context)
        rounding = ctx._rounding if rounding is None else \
            _get_rounding(rounding)
        st = [0]
        r = _round_to_integral(self, ctx, st, rounding, False)
        _add_status(ctx, st[0])
        return r

    to_integral = to_integral_value

    def quantize(self, exp, rounding=None, context=None):
        """Return a value equal to the first operand after rounding and having the
exponent of the second operand.
"""
        ctx = _get_context(context)
        exp = _convert_arg(exp)
        if rounding is not None:
            rounding = _get_rounding(rounding)
            work = ctx.copy()
            work._rounding = rounding
        else:
            work = ctx
        st = [0]
        r = _quantize(self, exp, work, st)
        _add_status(ctx, st[0])
        return r

    def compare(self, other, context=None):
        """Compare self to other.  Return a decimal value:

    a or b is a NaN ==> Decimal('NaN')
    a < b           ==> Decimal('-1')
    a == b          ==> Decimal('0')
    a > b           ==> Decimal('1')

"""
        return self._method(_compare, other, context)

    def compare_signal(self, other, context=None):
        """Identical to compare, except that all NaNs signal."""
        return self._method(_compare_signal, other, context)

    def compare_total(self, other, context=None):
        """Compare two operands using their abstract representation rather than
their numerical value.
"""
        _get_context(context)
        other = _convert_arg(other)
        c = _cmp_total(self, other)
        return _dec(1 if c < 0 else 0, 1 if c else 0, 0)

    def compare_total_mag(self, other, context=None):
        """Compare two operands using their abstract representation rather than their
value as in compare_total(), but ignoring the sign of each operand.
"""
        _get_context(context)
        other = _convert_arg(other)
        c = _cmp_total(_copy_abs(self), _copy_abs(other))
        return _dec(1 if c < 0 else 0, 1 if c else 0, 0)

    def copy_abs(self):
        """Return the absolute value of the argument.  This operation is unaffected by
context and is quiet: no flags are changed and no rounding is performed.

"""
        return _copy_abs(self)

    def copy_negate(self):
        """Return the negation of the argument.  This operation is unaffected by context
and is quiet: no flags are changed and no rounding is performed.

"""
        if self._is_special:
            return _special(1 - self._sign, self._exp, self._int)
        return _dec(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        """Return a copy of the first operand with the sign set to be the same as the
sign of the second operand.
"""
        _get_context(context)
        other = _convert_arg(other)
        return _with_sign(self, other._sign)

    def max(self, other, context=None):
        """Maximum of self and other.  If one operand is a quiet NaN and the other is
numeric, the numeric operand is returned.

"""
        return self._method(_max, other, context)

    def max_mag(self, other, context=None):
        """Similar to the max() method, but the comparison is done using the absolute
values of the operands.

"""
        return self._method(_max_mag, other, context)

    def min(self, other, context=None):
        """Minimum of self and other. If one operand is a quiet NaN and the other is
numeric, the numeric operand is returned.

"""
        return self._method(_min, other, context)

    def min_mag(self, other, context=None):
        """Similar to the min() method, but the comparison is done using the absolute
values of the operands.

"""
        return self._method(_min_mag, other, context)

    def next_toward(self, other, context=None):
        """If the two operands are unequal, return the number closest to the first
operand in the direction of the second operand.  If both operands are
numerically equal, return a copy of the first operand with the sign set
to be the same as the sign of the second operand.

"""
        return self._method(_next_toward, other, context)

    def remainder_near(self, other, context=None):
        """Return the remainder from dividing self by other.  This differs from
self % other in that the sign of the remainder is chosen so as to minimize
its absolute value. More precisely, the return value is self - n * other
where n is the integer nearest to the exact value of self / other, and
if two integers are equally near then the even one is chosen.

"""
        return self._method(_rem_near, other, context)

    def scaleb(self, other, context=None):
        """Return the first operand with the exponent adjusted the second.  Equivalently,
return the first operand multiplied by 10**other. The second operand must be
an integer.

"""
        return self._method(_scaleb, other, context)

    def shift(self, other, context=None):
        """Return the result of shifting the digits of the first operand by an amount
specified by the second operand.
"""
        return self._method(_shift, other, context)

    def rotate(self, other, context=None):
        """Return the result of rotating the digits of the first operand by an amount
specified by the second operand.
"""
        return self._method(_rotate, other, context)

    def logical_and(self, other, context=None):
        """Return the digit-wise 'and' of the two (logical) operands."""
        return self._method(_logical_and, other, context)

    def logical_or(self, other, context=None):
        """Return the digit-wise 'or' of the two (logical) operands."""
        return self._method(_logical_or, other, context)

    def logical_xor(self, other, context=None):
        """Return the digit-wise 'exclusive or' of the two (logical) operands."""
        return self._method(_logical_xor, other, context)

    def fma(self, other, third, context=None):
        """Fused multiply-add.  Return self*other+third with no rounding of the
intermediate product self*other.

"""
        ctx = _get_context(context)
        other = _convert_arg(other)
        third = _convert_arg(third)
        st = [0]
        r = _fma(self, other, third, ctx, st)
        _add_status(ctx, st[0])
        return r

    def __format__(self, specifier, context=None, _localeconv=None):
        if context is None:
            context = getcontext()
        return _format_decimal(self, specifier, context)


################################################################################
### More operations
################################################################################

def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, 1)


def _minus(a, ctx, st):
    return _plus(a, ctx, st, True)


def _abs(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
    if a._sign:
        return _plus(a, ctx, st, True)
    return _plus(a, ctx, st)


def _copy_abs(a):
    if a._is_special:
        return _special(0, a._exp, a._int)
    return _dec(0, a._int, a._exp)


def _compare_signal(a, b, ctx, st):
    return _compare(a, b, ctx, st, True)


def _max(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True, False)


def _max_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True, True)


def _min(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False, False)


def _min_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False, True)


def _fma(a, b, c, ctx, st):
    ws = [0]
    r = _mul_raw(a, b, ctx, ws)
    if not ws[0] & _INVALID_OPERATION:
        r = _add(r, c, ctx, ws)
    st[0] |= ws[0]
    return r


def _logb(a, ctx, st):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        return _special(0, 'F')
    if a._int == 0:
        st[0] |= _DIVISION_BY_ZERO
        return _special(1, 'F')
    adj = _adjexp(a)
    return _finalize(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


def _scaleb(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
    if b._is_special or not _is_integral(b):
        return _invalid(st)
    n = _int_value(b)
    if n > 2 * (ctx._emax + ctx._prec):
        return _invalid(st)
    if a._is_special:
        return a
    if b._sign:
        n = -n
    return _finalize(a._sign, a._int, a._exp + n, ctx, st)


def _shift_arg(a, b, ctx, st):
    # The shift/rotate amount, or None after an invalid operation.
    if b._is_special or not _is_integral(b):
        return None
    n = _int_value(b)
    if n > ctx._prec:
        return None
    return -n if b._sign else n


def _shift(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
    n = _shift_arg(a, b, ctx, st)
    if n is None:
        return _invalid(st)
    if a._is_special:
        return a
    c = a._int
    if n >= 0:
        c = c * 10 ** n % 10 ** ctx._prec
    else:
        c = c % 10 ** ctx._prec // 10 ** (-n)
    return _dec(a._sign, c, a._exp)


def _rotate(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
    n = _shift_arg(a, b, ctx, st)
    if n is None:
        return _invalid(st)
    if a._is_special:
        return a
    prec = ctx._prec
    digits = str(a._int % 10 ** prec).rjust(prec, '0')
    n %= prec
    rotated = digits[n:] + digits[:n]
    return _dec(a._sign, int(rotated), a._exp)


def _logical_digits(d):
    # The digits of a logical operand, or None.
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    for ch in s:
        if ch != '0' and ch != '1':
            return None
    return s


def _logical(a, b, ctx, st, op):
    da = _logical_digits(a)
    db = _logical_digits(b)
    if da is None or db is None:
        return _invalid(st)
    n = max(len(da), len(db))
    da = da.rjust(n, '0')
    db = db.rjust(n, '0')
    out = []
    for x, y in zip(da, db):
        if op == 'and':
            out.append('1' if x == '1' and y == '1' else '0')
        elif op == 'or':
            out.append('1' if x == '1' or y == '1' else '0')
        else:
            out.append('1' if x != y else '0')
    return _dec(0, int(''.join(out)) % 10 ** ctx._prec, 0)


def _logical_and(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'and')


def _logical_or(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'or')


def _logical_xor(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'xor')


def _logical_invert(a, ctx, st):
    da = _logical_digits(a)
    if da is None:
        return _invalid(st)
    n = max(len(da), ctx._prec)
    da = da.rjust(n, '0')
    out = ''.join('0' if ch == '1' else '1' for ch in da)
    return _dec(0, int(out) % 10 ** ctx._prec, 0)


def _next_minus(a, ctx, st, plus=False):
    if a._is_special:
        r = _check_nan(a, ctx, st)
        if r is not None:
            return r
        if a._sign == (0 if plus else 1):
            return a
        return _dec(1 if plus else 0, 10 ** ctx._prec - 1,
                    ctx._emax - ctx._prec + 1)
    work = _WorkContext(ctx._prec, ROUND_CEILING if plus else ROUND_FLOOR,
                        ctx._emin, ctx._emax, ctx._clamp)
    ws = [0]
    r = _finalize(a._sign, a._int, a._exp, work, ws)
    if ws[0] & (_INEXACT | _ERRORS):
        st[0] |= ws[0] & _ERRORS
        return r
    ws = [0]
    tiny = _dec(0 if plus else 1, 1, ctx._emin - ctx._prec)
    r = _add(a, tiny, work, ws)
    st[0] |= ws[0] & _ERRORS
    return r


def _next_plus(a, ctx, st):
    return _next_minus(a, ctx, st, True)


def _next_toward(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx, st)
        if r is not None:
            return r
    c = _cmp(a, b)
    if c == 0:
        return _with_sign(a, b._sign)
    ws = [0]
    if c < 0:
        r = _next_minus(a, ctx, ws, True)
    else:
        r = _next_minus(a, ctx, ws)
    if r._is_special:
        if r._exp == 'F':
            st[0] |= ws[0] | _OVERFLOW | _ROUNDED | _INEXACT
    elif r._exp + (_ndigits(r._int) if r._int else 1) - 1 < ctx._emin:
        st[0] |= ws[0] | _UNDERFLOW | _SUBNORMAL | _ROUNDED | _INEXACT
        if r._int == 0:
            st[0] |= _CLAMPED
    else:
        st[0] |= ws[0]
    return r


################################################################################
### format()
################################################################################

def _parse_format(spec, capitals):
    """libmpdec's reading of a format specification: a dict, or None if it
    is invalid."""
    out = {'fill': ' ', 'align': '>', 'sign': '-', 'width': 0, 'prec': -1,
           'type': 'G' if capitals else 'g', 'dot': '', 'sep': '',
           'grouping': ()}
    n = len(spec)
    i = 0
    have_align = False
    if n >= 2 and spec[1] in '<>=^':
        out['fill'] = spec[0]
        out['align'] = spec[1]
        i = 2
        have_align = True
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
        have_align = True
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == '0':
        if have_align:
            return None
        out['align'] = 'z'          # zero padding
        out['fill'] = '0'
        i += 1
    if i < n and '0' <= spec[i] <= '9':
        if spec[i] == '0':
            return None
        j = i
        while j < n and '0' <= spec[j] <= '9':
            j += 1
        out['width'] = int(spec[i:j])
        i = j
    if i < n and spec[i] == ',':
        out['dot'] = '.'
        out['sep'] = ','
        out['grouping'] = (3, 3)
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        if not (i < n and '0' <= spec[i] <= '9'):
            return None
        j = i
        while j < n and '0' <= spec[j] <= '9':
            j += 1
        out['prec'] = int(spec[i:j])
        i = j
    if i < n and spec[i] in 'EeFfGg%':
        out['type'] = spec[i]
        i += 1
    elif i < n and spec[i] in 'Nn':
        if out['sep']:
            return None
        out['type'] = 'G' if spec[i] == 'N' else 'g'
        # The C locale's conventions.
        out['dot'] = '.'
        out['sep'] = ''
        out['grouping'] = ()
        i += 1
    if i != n:
        return None
    return out


def _fmt_rescale(d, exp, ctx):
    # libmpdec's _mpd_qrescale(), quietly.
    if d._int == 0:
        return _dec(d._sign, 0, exp)
    return _rescale(d, exp, ctx._rounding, [0])


def _round_sig(d, prec, ctx):
    # d rounded to prec significant digits (no exponent limits).
    exp = d._exp + _ndigits(d._int) - prec
    r = _fmt_rescale(d, exp, ctx)
    if _ndigits(r._int) > prec:
        r = _fmt_rescale(r, exp + 1, ctx)
    return r


def _format_decimal(d, specifier, ctx):
    if not isinstance(specifier, str):
        raise TypeError("format arg must be str")
    no_neg_0 = False
    z = specifier.find('z')
    if z >= 0:
        no_neg_0 = True
        specifier = specifier[:z] + specifier[z + 1:]
    spec = _parse_format(specifier, ctx._capitals)
    if spec is None:
        raise ValueError("invalid format string")
    ftype = spec['type']
    prec = spec['prec']
    if no_neg_0 and d._sign and not d._is_special:
        # Round as below, to see whether a negative zero comes out.
        tmp = d
        if prec >= 0:
            if ftype == 'f':
                tmp = _fmt_rescale(tmp, -prec, ctx)
            elif ftype == '%':
                tmp = _fmt_rescale(_dec(tmp._sign, tmp._int, tmp._exp + 2),
                                   -prec, ctx)
            elif ftype == 'g':
                p = prec if prec else 1
                if _ndigits(tmp._int) > p:
                    tmp = _round_sig(tmp, p, ctx)
            elif ftype == 'e':
                if tmp._int:
                    tmp = _round_sig(tmp, prec + 1, ctx)
        if tmp._int == 0:
            d = _dec(0, 0, tmp._exp)
    upper = ftype.isupper()
    ftype = ftype.lower()
    percent = ftype == '%'
    if spec['sign'] == '+':
        plus = '+'
    elif spec['sign'] == ' ':
        plus = ' '
    else:
        plus = ''
    if d._is_special:
        if spec['align'] == 'z':
            spec['fill'] = ' '
            spec['align'] = '>'
        s = ('-' if d._sign else plus) + _to_string(_copy_abs(d), 1)
        if percent:
            s += '%'
        return _pad(s, spec)
    if percent:
        d = _dec(d._sign, d._int, d._exp + 2)
        ftype = 'f'
    dplace = 1
    if prec >= 0:
        if ftype == 'g':
            p = prec if prec else 1
            if _ndigits(d._int) > p:
                d = _round_sig(d, p, ctx)
        elif ftype == 'e':
            if d._int == 0:
                dplace = 1 - prec
            else:
                d = _round_sig(d, prec + 1, ctx)
        else:
            d = _fmt_rescale(d, -prec, ctx)
    if ftype == 'f' and d._int == 0 and d._exp > 0:
        d = _dec(d._sign, 0, 0)
    digits = str(d._int)
    nd = len(digits)
    ldigits = nd + d._exp
    if ftype == 'f' or (ftype == 'g' and d._exp <= 0 and ldigits > -6):
        dplace = ldigits
    if dplace <= 0:
        body = '0.' + '0' * (-dplace) + digits
    elif dplace >= nd:
        body = digits + '0' * (dplace - nd)
    else:
        body = digits[:dplace] + '.' + digits[dplace:]
    if ldigits != dplace or ftype == 'e':
        body += ('E' if upper else 'e') + '%+d' % (ldigits - dplace)
    if percent:
        body += '%'
    s = ('-' if d._sign else plus) + body
    if spec['dot']:
        s = _apply_lconv(s, spec)
    return _pad(s, spec)


def _apply_lconv(s, spec):
    # Separators in the integer part, and with zero padding more zeros and
    # separators up to the width (libmpdec's _mpd_add_sep_dot()).
    sign = s[0] if s[0] in '+- ' else ''
    k = len(sign)
    i = k
    while i < len(s) and '0' <= s[i] <= '9':
        i += 1
    intpart = s[k:i]
    rest = s[i:]
    dot = None
    if rest[:1] == '.':
        dot = spec['dot']
        rest = rest[1:]
    sep = spec['sep']
    groups = spec['grouping'] + (0,)
    if dot is None and (not sep or groups[0] == 0):
        return s
    pieces = [rest]
    nchars = len(rest)
    if dot is not None:
        pieces.append(dot)
        nchars += 1
    g = 0
    consume = groups[0]
    n_src = len(intpart)
    pad = False
    width = spec['width']
    while True:
        if groups[g] == 0 or consume > n_src:
            consume = n_src
        n_src -= consume
        if pad:
            pieces.append('0' * consume)
        else:
            pieces.append(intpart[n_src:n_src + consume])
        nchars += consume
        if n_src == 0:
            if spec['align'] == 'z' and nchars + len(sign) < width:
                n_src = width - (nchars + len(sign))
                consume = groups[g] - consume
                pad = True
                continue
            break
        if sep:
            if pad and n_src > 1:
                n_src -= 1
            pieces.append(sep)
            nchars += 1
        if groups[g] and groups[g + 1]:
            g += 1
        consume = groups[g]
    pieces.append(sign)
    pieces.reverse()
    return ''.join(pieces)


def _pad(s, spec):
    width = spec['width']
    if len(s) >= width:
        return s
    fill = spec['fill']
    extra = width - len(s)
    align = spec['align']
    if align == '<':
        return s + fill * extra
    if align == '=' or align == 'z':
        if s[:1] in ('-', '+', ' ') and s:
            return s[0] + fill * extra + s[1:]
        return fill * extra + s
    if align == '^':
        left = extra // 2
        return fill * left + s + fill * (extra - left)
    return fill * extra + s


################################################################################
### Context methods
################################################################################

def _ctx_unary(func):
    def method(self, a):
        a = _convert_arg(a)
        st = [0]
        r = func(a, self, st)
        _add_status(self, st[0])
        return r
    return method


def _ctx_binary(func):
    def method(self, a, b):
        a = _convert_arg(a)
        b = _convert_arg(b)
        st = [0]
        r = func(a, b, self, st)
        _add_status(self, st[0])
        return r
    return method


for _name, _func in (('abs', _abs), ('exp', _exp), ('ln', _ln),
                     ('log10', _log10), ('logb', _logb),
                     ('logical_invert', _logical_invert),
                     ('minus', _minus), ('next_minus', _next_minus),
                     ('next_plus', _next_plus), ('normalize', _reduce),
                     ('plus', _plus), ('sqrt', _sqrt)):
    setattr(Context, _name, _ctx_unary(_func))

for _name, _func in (('add', _add), ('compare', _compare),
                     ('compare_signal', _compare_signal),
                     ('divide', _div), ('divide_int', _divint),
                     ('divmod', _divmod), ('logical_and', _logical_and),
                     ('logical_or', _logical_or),
                     ('logical_xor', _logical_xor), ('max', _max),
                     ('max_mag', _max_mag), ('min', _min),
                     ('min_mag', _min_mag), ('multiply', _mul),
                     ('next_toward', _next_toward),
                     ('quantize', _quantize), ('remainder', _rem),
                     ('remainder_near', _rem_near), ('rotate', _rotate),
                     ('scaleb', _scaleb), ('shift', _shift),
                     ('subtract', _sub)):
    setattr(Context, _name, _ctx_binary(_func))
del _name, _func


def _context_power(self, a, b, modulo=None):
    a = _convert_arg(a)
    b = _convert_arg(b)
    st = [0]
    if modulo is None:
        r = _pow(a, b, self, st)
    else:
        r = _powmod(a, b, _convert_arg(modulo), self, st)
    _add_status(self, st[0])
    return r

Context.power = _context_power


def _context_fma(self, a, b, c):
    a = _convert_arg(a)
    st = [0]
    r = _fma(a, _convert_arg(b), _convert_arg(c), self, st)
    _add_status(self, st[0])
    return r

Context.fma = _context_fma


def _context_to_integral_exact(self, a):
    a = _convert_arg(a)
    st = [0]
    r = _round_to_integral(a, self, st, self._rounding, True)
    _add_status(self, st[0])
    return r


def _context_to_integral_value(self, a):
    a = _convert_arg(a)
    st = [0]
    r = _round_to_integral(a, self, st, self._rounding, False)
    _add_status(self, st[0])
    return r

Context.to_integral_exact = _context_to_integral_exact
Context.to_integral_value = _context_to_integral_value
Context.to_integral = _context_to_integral_value


def _context_method(name):
    # Context versions of methods that need no rounding.
    def method(self, a, *args):
        return getattr(_convert_arg(a), name)(*args)
    return method

for _name in ('canonical', 'copy_abs', 'copy_negate', 'is_canonical',
              'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_signed',
              'is_snan', 'is_zero'):
    setattr(Context, _name, _context_method(_name))
del _name


def _context_with_self(name):
    def method(self, a, *args):
        return getattr(_convert_arg(a), name)(*(args + (self,)))
    return method

for _name in ('is_normal', 'is_subnormal', 'number_class', 'compare_total',
              'compare_total_mag', 'copy_sign', 'same_quantum'):
    setattr(Context, _name, _context_with_self(_name))
del _name


def _context_copy_decimal(self, a):
    return _convert_arg(a)

Context.copy_decimal = _context_copy_decimal


def _context_to_sci_string(self, a):
    return _to_string(_convert_arg(a), self._capitals)


def _context_to_eng_string(self, a):
    return _to_string(_convert_arg(a), self._capitals, True)

Context.to_sci_string = _context_to_sci_string
Context.to_eng_string = _context_to_eng_string
