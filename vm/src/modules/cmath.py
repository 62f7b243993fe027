"""Mathematical functions for complex numbers: ouro's `cmath` module.

The algorithms are those of CPython 3.11's Modules/cmathmodule.c, written
out here on top of `math`: the same formulas, evaluated in the same order
on the same doubles, so the results agree with CPython's bit for bit.
The non-finite arguments follow the module's special-value tables (the
C99 Annex G recommendations, with CPython's choices where the standard
leaves them open), and the errors are CPython's: ValueError("math domain
error") where C99 signals divide-by-zero or invalid (log(0), atanh(1),
exp(inf*1j), ...) and OverflowError("math range error") where a finite
argument has a result too large for a float (exp(1000), cosh(1000),
polar(1.5e308+1.5e308j), ...).

An argument is taken as CPython's PyComplex_AsCComplex takes it: a complex
(or subclass) as it is, else the result of the type's __complex__, else a
real number converted as by float arguments of `math` (a float, an int,
or an object with __float__ or __index__), with CPython's TypeErrors
("must be real number, not str").  The arity errors are those of the C
functions too ("cmath.sqrt() takes exactly one argument (2 given)").

The tables are 3.11's (later versions changed a few cells: acosh(+-0 +
nanj) is nan+nanj here, and tanh(+-0 + nanj) too).

Two things come from the C library rather than from cmathmodule.c, and
are those of the GNU C library, which python3 uses on Linux:
  * CPython calls C's hypot() where `math.hypot` is its own, differently
    rounded, vector norm: _hypot() below is glibc's algorithm (2.35 and
    later, without fma) in double arithmetic;
  * phase() reports the errno of C's atan2(), which glibc sets to ERANGE
    when the result underflows to zero: phase(2+5e-324j) raises
    OverflowError("math range error").

Differences:
  * the sign of a NaN (which repr() does not show) is not followed;
  * a __complex__ returning an instance of a strict subclass of complex is
    accepted without CPython's DeprecationWarning;
  * against a python3 on a platform with another C library, results that
    go through hypot (log, sqrt, the inverse functions, polar, ...) may
    differ in the last bit, and phase() may raise where that one does not.
"""

import math as _math

_sqrt = _math.sqrt
_exp = _math.exp
_log = _math.log
_log1p = _math.log1p
_sin = _math.sin
_cos = _math.cos
_tan = _math.tan
_sinh = _math.sinh
_cosh = _math.cosh
_tanh = _math.tanh
_asinh = _math.asinh
_atan2 = _math.atan2
_copysign = _math.copysign
_fabs = _math.fabs
_ldexp = _math.ldexp
_isfinite = _math.isfinite
_isinf = _math.isinf
_isnan = _math.isnan

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = inf
_NAN = nan
_P = pi
_P14 = 0.25 * pi
_P12 = 0.5 * pi
_P34 = 0.75 * pi
_E = e
_LN2 = 0.6931471805599453094      # M_LN2
_LN10 = 2.302585092994045684      # M_LN10
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53

# Used to avoid spurious overflow in the sqrt, log, inverse trig and inverse
# hyperbolic trig functions; its log in exp, cos, cosh, sin, sinh, tan, tanh.
_LARGE_DOUBLE = _DBL_MAX / 4.0
_SQRT_LARGE_DOUBLE = _sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = _log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
# Scaling by 2**_SCALE_UP turns a subnormal into a normal (for sqrt).
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2


def _domain_error():
    return ValueError("math domain error")


def _range_error():
    return OverflowError("math range error")


# ---- arguments -------------------------------------------------------------

def _real(x):
    """x as a float, converted as CPython's PyFloat_AsDouble converts it.

    math's functions convert their float arguments exactly so, errors
    included ("must be real number, not str", "int too large to convert to
    float", "X.__float__ returned non-float (type Y)"), and ldexp(x, 0) is
    x itself."""
    if type(x) is float:
        return x
    return _ldexp(x, 0)


def _parts(z):
    """The real and imaginary parts of z (CPython's PyComplex_AsCComplex)."""
    if isinstance(z, complex):
        return z.real, z.imag
    meth = getattr(type(z), '__complex__', None)
    if meth is not None:
        res = meth(z)
        if not isinstance(res, complex):
            raise TypeError("__complex__ returned non-complex (type %s)"
                            % type(res).__name__)
        return res.real, res.imag
    return _real(z), 0.0


def _one(name, args, kwargs):
    """The parts of the single argument of a METH_O function."""
    if kwargs:
        raise TypeError("cmath.%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("cmath.%s() takes exactly one argument (%d given)"
                        % (name, len(args)))
    return _parts(args[0])


# ---- special values ------------------------------------------------------

# The classes of special_type(): the row (real part) and column (imaginary
# part) of a value in the 7x7 special-value tables.
_ST_NINF, _ST_NEG, _ST_NZERO, _ST_PZERO, _ST_POS, _ST_PINF, _ST_NAN = range(7)


def _special_type(d):
    if _isfinite(d):
        if d != 0:
            return _ST_POS if _copysign(1.0, d) == 1.0 else _ST_NEG
        return _ST_PZERO if _copysign(1.0, d) == 1.0 else _ST_NZERO
    if d != d:
        return _ST_NAN
    return _ST_PINF if d > 0 else _ST_NINF


def _special(table, x, y):
    return table[_special_type(x)][_special_type(y)]


def _table(rows):
    # rows: 7 strings of 7 cells "RE,IM" (U marks cells never used: both
    # parts finite and nonzero, which the functions compute).
    names = {'P': _P, 'P14': _P14, 'P12': _P12, 'P34': _P34, 'INF': _INF,
             '-INF': -_INF, '-P': -_P, '-P14': -_P14, '-P12': -_P12,
             '-P34': -_P34, 'N': _NAN, '0': 0.0, '-0': -0.0, '1': 1.0,
             '-1': -1.0, 'U': None}
    table = []
    for row in rows:
        cells = []
        for cell in row.split():
            if cell == 'U':
                cells.append(None)
            else:
                re, im = cell.split(',')
                cells.append((names[re], names[im]))
        assert len(cells) == 7
        table.append(cells)
    assert len(table) == 7
    return table


_acos_special = _table([
    "P34,INF P,INF   P,INF   P,-INF   P,-INF   P34,-INF N,INF",
    "P12,INF U       U       U        U        P12,-INF N,N",
    "P12,INF U       P12,0   P12,-0   U        P12,-INF P12,N",
    "P12,INF U       P12,0   P12,-0   U        P12,-INF P12,N",
    "P12,INF U       U       U        U        P12,-INF N,N",
    "P14,INF 0,INF   0,INF   0,-INF   0,-INF   P14,-INF N,INF",
    "N,INF   N,N     N,N     N,N      N,N      N,-INF   N,N",
])

_acosh_special = _table([
    "INF,-P34 INF,-P  INF,-P  INF,P   INF,P   INF,P34 INF,N",
    "INF,-P12 U       U       U       U       INF,P12 N,N",
    "INF,-P12 U       0,-P12  0,P12   U       INF,P12 N,N",
    "INF,-P12 U       0,-P12  0,P12   U       INF,P12 N,N",
    "INF,-P12 U       U       U       U       INF,P12 N,N",
    "INF,-P14 INF,-0  INF,-0  INF,0   INF,0   INF,P14 INF,N",
    "INF,N    N,N     N,N     N,N     N,N     INF,N   N,N",
])

_asinh_special = _table([
    "-INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N",
    "-INF,-P12 U       U       U      U      -INF,P12 N,N",
    "-INF,-P12 U       -0,-0   -0,0   U      -INF,P12 N,N",
    "INF,-P12  U       0,-0    0,0    U      INF,P12  N,N",
    "INF,-P12  U       U       U      U      INF,P12  N,N",
    "INF,-P14  INF,-0  INF,-0  INF,0  INF,0  INF,P14  INF,N",
    "INF,N     N,N     N,-0    N,0    N,N    INF,N    N,N",
])

_atanh_special = _table([
    "-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N",
    "-0,-P12 U       U       U      U      -0,P12 N,N",
    "-0,-P12 U       -0,-0   -0,0   U      -0,P12 -0,N",
    "0,-P12  U       0,-0    0,0    U      0,P12  0,N",
    "0,-P12  U       U       U      U      0,P12  N,N",
    "0,-P12  0,-P12  0,-P12  0,P12  0,P12  0,P12  0,N",
    "0,-P12  N,N     N,N     N,N    N,N    0,P12  N,N",
])

_cosh_special = _table([
    "INF,N U   INF,0  INF,-0 U   INF,N INF,N",
    "N,N   U   U      U      U   N,N   N,N",
    "N,0   U   1,0    1,-0   U   N,0   N,0",
    "N,0   U   1,-0   1,0    U   N,0   N,0",
    "N,N   U   U      U      U   N,N   N,N",
    "INF,N U   INF,-0 INF,0  U   INF,N INF,N",
    "N,N   N,N N,0    N,0    N,N N,N   N,N",
])

_exp_special = _table([
    "0,0   U   0,-0   0,0   U   0,0   0,0",
    "N,N   U   U      U     U   N,N   N,N",
    "N,N   U   1,-0   1,0   U   N,N   N,N",
    "N,N   U   1,-0   1,0   U   N,N   N,N",
    "N,N   U   U      U     U   N,N   N,N",
    "INF,N U   INF,-0 INF,0 U   INF,N INF,N",
    "N,N   N,N N,-0   N,0   N,N N,N   N,N",
])

_log_special = _table([
    "INF,-P34 INF,-P  INF,-P   INF,P   INF,P  INF,P34 INF,N",
    "INF,-P12 U       U        U       U      INF,P12 N,N",
    "INF,-P12 U       -INF,-P  -INF,P  U      INF,P12 N,N",
    "INF,-P12 U       -INF,-0  -INF,0  U      INF,P12 N,N",
    "INF,-P12 U       U        U       U      INF,P12 N,N",
    "INF,-P14 INF,-0  INF,-0   INF,0   INF,0  INF,P14 INF,N",
    "INF,N    N,N     N,N      N,N     N,N    INF,N   N,N",
])

_sinh_special = _table([
    "INF,N U   -INF,-0 -INF,0 U   INF,N INF,N",
    "N,N   U   U       U      U   N,N   N,N",
    "0,N   U   -0,-0   -0,0   U   0,N   0,N",
    "0,N   U   0,-0    0,0    U   0,N   0,N",
    "N,N   U   U       U      U   N,N   N,N",
    "INF,N U   INF,-0  INF,0  U   INF,N INF,N",
    "N,N   N,N N,-0    N,0    N,N N,N   N,N",
])

_sqrt_special = _table([
    "INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF",
    "INF,-INF U      U      U     U     INF,INF N,N",
    "INF,-INF U      0,-0   0,0   U     INF,INF N,N",
    "INF,-INF U      0,-0   0,0   U     INF,INF N,N",
    "INF,-INF U      U      U     U     INF,INF N,N",
    "INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N",
    "INF,-INF N,N    N,N    N,N   N,N   INF,INF N,N",
])

_tanh_special = _table([
    "-1,0 U   -1,-0 -1,0 U   -1,0 -1,0",
    "N,N  U   U     U    U   N,N  N,N",
    "N,N  U   -0,-0 -0,0 U   N,N  N,N",
    "N,N  U   0,-0  0,0  U   N,N  N,N",
    "N,N  U   U     U    U   N,N  N,N",
    "1,0  U   1,-0  1,0  U   1,0  1,0",
    "N,N  N,N N,-0  N,0  N,N N,N  N,N",
])

_rect_special = _table([
    "INF,N U   -INF,0 -INF,-0 U   INF,N INF,N",
    "N,N   U   U      U       U   N,N   N,N",
    "0,0   U   -0,0   -0,-0   U   0,0   0,0",
    "0,0   U   0,-0   0,0     U   0,0   0,0",
    "N,N   U   U      U       U   N,N   N,N",
    "INF,N U   INF,-0 INF,0   U   INF,N INF,N",
    "N,N   N,N N,0    N,0     N,N N,N   N,N",
])

del _table


# ---- the C library's hypot ---------------------------------------------

_HYPOT_SCALE = 2.0 ** -600
_HYPOT_LARGE = 2.0 ** 511
_HYPOT_TINY = 2.0 ** -459
_HYPOT_EPS = 2.0 ** -54


def _hypot_kernel(ax, ay):
    # Borges' correction of sqrt(ax*ax + ay*ay), for ax >= ay >= 0 whose
    # squares neither overflow nor underflow (glibc, without fma).
    h = _sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    h -= (t1 + t2) / (2.0 * h)
    return h


def _hypot(x, y):
    """C's hypot(x, y): inf if the result overflows, no exception."""
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x) or _isinf(y):
            return _INF
        return x + y
    x = _fabs(x)
    y = _fabs(y)
    if x < y:
        ax, ay = y, x
    else:
        ax, ay = x, y
    if ax > _HYPOT_LARGE:
        if ay <= ax * _HYPOT_EPS:
            return ax + ay
        return (_hypot_kernel(ax * _HYPOT_SCALE, ay * _HYPOT_SCALE)
                / _HYPOT_SCALE)
    if ay < _HYPOT_TINY:
        if ax >= ay / _HYPOT_EPS:
            return ax + ay
        return (_hypot_kernel(ax / _HYPOT_SCALE, ay / _HYPOT_SCALE)
                * _HYPOT_SCALE)
    if ay <= ax * _HYPOT_EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


def _c_abs(x, y):
    """CPython's _Py_c_abs: (abs, overflowed)."""
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x):
            return _fabs(x), False
        if _isinf(y):
            return _fabs(y), False
        return _NAN, False
    r = _hypot(x, y)
    return r, not _isfinite(r)


def _c_quot(ar, ai, br, bi):
    """CPython 3.11's _Py_c_quot (Smith's algorithm): (re, im, b == 0)."""
    abs_br = -br if br < 0 else br
    abs_bi = -bi if bi < 0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return 0.0, 0.0, True
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, False
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, False
    # at least one of br, bi is a NaN
    return _NAN, _NAN, False


# ---- the functions, on (real, imag) pairs ------------------------------

def _c_sqrt(x, y):
    # Reduce to x, y >= 0 by symmetries; then the real part is
    # s = sqrt((x + hypot(x, y))/2), computed as 2*sqrt(x/8 + hypot(x/8, y/8))
    # against overflow (or on x, y scaled up when both are subnormal), and
    # the imaginary part is (y/2)/s.
    if not _isfinite(x) or not _isfinite(y):
        return _special(_sqrt_special, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _c_acos(x, y):
    if not _isfinite(x) or not _isfinite(y):
        return _special(_acos_special, x, y)
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        # avoid unnecessary overflow for large arguments
        re = _atan2(_fabs(y), x)
        im = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        return re, im
    s1r, s1i = _c_sqrt(1.0 - x, -y)
    s2r, s2i = _c_sqrt(1.0 + x, y)
    return 2.0 * _atan2(s1r, s2r), _asinh(s2r * s1i - s2i * s1r)


def _c_acosh(x, y):
    if not _isfinite(x) or not _isfinite(y):
        return _special(_acosh_special, x, y)
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        re = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return re, _atan2(y, x)
    s1r, s1i = _c_sqrt(x - 1.0, y)
    s2r, s2i = _c_sqrt(x + 1.0, y)
    return _asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r)


def _c_asinh(x, y):
    if not _isfinite(x) or not _isfinite(y):
        return _special(_asinh_special, x, y)
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        if y >= 0.0:
            re = _copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return re, _atan2(y, _fabs(x))
    s1r, s1i = _c_sqrt(1.0 + y, -x)
    s2r, s2i = _c_sqrt(1.0 - y, x)
    return _asinh(s1r * s2i - s2r * s1i), _atan2(y, s1r * s2r - s1i * s2i)


def _c_atanh(x, y):
    if not _isfinite(x) or not _isfinite(y):
        return _special(_atanh_special, x, y)
    # Reduce to the case x >= 0, using atanh(z) = -atanh(-z).
    if x < 0.0:
        re, im = _c_atanh(-x, -y)
        return -re, -im
    ay = _fabs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        # atanh(z) ~ 1/z +/- i*pi/2 for large abs(z)
        h = _hypot(x / 2.0, y / 2.0)    # safe from overflow
        return x / 4.0 / h / h, _copysign(_P / 2.0, y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            # atanh(1 +/- 0j) is inf +/- 0j, and a pole
            raise _domain_error()
        re = -_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0)))
        return re, _copysign(_atan2(2.0, -ay) / 2, y)
    re = _log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return re, im


def _c_cosh(x, y):
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            else:
                r = _copysign(_INF, _cos(y)), -_copysign(_INF, _sin(y))
        else:
            r = _special(_cosh_special, x, y)
        if _isinf(y) and not _isnan(x):
            raise _domain_error()
        return r
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        # cosh(x) overflows where cosh(z) may not
        x_minus_one = x - _copysign(1.0, x)
        re = _cos(y) * _cosh(x_minus_one) * _E
        im = _sin(y) * _sinh(x_minus_one) * _E
    else:
        re = _cos(y) * _cosh(x)
        im = _sin(y) * _sinh(x)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _c_sinh(x, y):
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            else:
                r = -_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
        else:
            r = _special(_sinh_special, x, y)
        if _isinf(y) and not _isnan(x):
            raise _domain_error()
        return r
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        x_minus_one = x - _copysign(1.0, x)
        re = _cos(y) * _sinh(x_minus_one) * _E
        im = _sin(y) * _cosh(x_minus_one) * _E
    else:
        re = _cos(y) * _sinh(x)
        im = _sin(y) * _cosh(x)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _c_tanh(x, y):
    # tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2))
    #              / (1 + tan(y)^2 tanh(x)^2),
    # with 1-tanh(x)^2 computed as 1/cosh(x)^2, or approximated by
    # 4 exp(-2x) when abs(x) is large.
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = 1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y))
            else:
                r = -1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y))
        else:
            r = _special(_tanh_special, x, y)
        if _isinf(y) and _isfinite(x):
            raise _domain_error()
        return r
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        return (_copysign(1.0, x),
                4.0 * _sin(y) * _cos(y) * _exp(-2.0 * _fabs(x)))
    tx = _tanh(x)
    ty = _tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _c_exp(x, y):
    if not _isfinite(x) or not _isfinite(y):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                r = _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            else:
                r = _copysign(0.0, _cos(y)), _copysign(0.0, _sin(y))
        else:
            r = _special(_exp_special, x, y)
        if _isinf(y) and (_isfinite(x) or (_isinf(x) and x > 0)):
            raise _domain_error()
        return r
    if x > _LOG_LARGE_DOUBLE:
        l = _exp(x - 1.0)
        re = l * _cos(y) * _E
        im = l * _sin(y) * _E
    else:
        l = _exp(x)
        re = l * _cos(y)
        im = l * _sin(y)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _c_log(x, y):
    """CPython's c_log: (re, im, domain error)."""
    # log(abs(z)) is computed on z scaled by a power of 2 when abs(z) would
    # overflow or be subnormal, and with log1p when abs(z) is near 1.
    if not _isfinite(x) or not _isfinite(y):
        re, im = _special(_log_special, x, y)
        return re, im, False
    ax = _fabs(x)
    ay = _fabs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            # hypot(ax, ay) would be subnormal
            re = (_log(_hypot(_ldexp(ax, _DBL_MANT_DIG),
                              _ldexp(ay, _DBL_MANT_DIG)))
                  - _DBL_MANT_DIG * _LN2)
        else:
            # log(+/-0 +/- 0j)
            return -_INF, _atan2(y, x), True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h and h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), False


# ---- the module's functions ------------------------------------------------

def acos(*args, **kwargs):
    """Return the arc cosine of z."""
    return complex(*_c_acos(*_one('acos', args, kwargs)))


def acosh(*args, **kwargs):
    """Return the inverse hyperbolic cosine of z."""
    return complex(*_c_acosh(*_one('acosh', args, kwargs)))


def asin(*args, **kwargs):
    """Return the arc sine of z."""
    # asin(z) = -i asinh(iz)
    x, y = _one('asin', args, kwargs)
    re, im = _c_asinh(-y, x)
    return complex(im, -re)


def asinh(*args, **kwargs):
    """Return the inverse hyperbolic sine of z."""
    return complex(*_c_asinh(*_one('asinh', args, kwargs)))


def atan(*args, **kwargs):
    """Return the arc tangent of z."""
    # atan(z) = -i atanh(iz)
    x, y = _one('atan', args, kwargs)
    re, im = _c_atanh(-y, x)
    return complex(im, -re)


def atanh(*args, **kwargs):
    """Return the inverse hyperbolic tangent of z."""
    return complex(*_c_atanh(*_one('atanh', args, kwargs)))


def cos(*args, **kwargs):
    """Return the cosine of z."""
    # cos(z) = cosh(iz)
    x, y = _one('cos', args, kwargs)
    return complex(*_c_cosh(-y, x))


def cosh(*args, **kwargs):
    """Return the hyperbolic cosine of z."""
    return complex(*_c_cosh(*_one('cosh', args, kwargs)))


def exp(*args, **kwargs):
    """Return the exponential value e**z."""
    return complex(*_c_exp(*_one('exp', args, kwargs)))


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    if kwargs:
        raise TypeError("cmath.log() takes no keyword arguments")
    n = len(args)
    if n < 1:
        raise TypeError("log expected at least 1 argument, got %d" % n)
    if n > 2:
        raise TypeError("log expected at most 2 arguments, got %d" % n)
    x, y = _parts(args[0])
    re, im, err = _c_log(x, y)
    if n == 2:
        bx, by = _parts(args[1])
        # As in C, the error state is the base's log's (a zero z alone is
        # no error then: log(0, 2) is -inf+nanj), or the division's.
        bre, bim, err = _c_log(bx, by)
        re, im, zero = _c_quot(re, im, bre, bim)
        err = err or zero
    if err:
        raise _domain_error()
    return complex(re, im)


def log10(*args, **kwargs):
    """Return the base-10 logarithm of z."""
    re, im, err = _c_log(*_one('log10', args, kwargs))
    if err:
        raise _domain_error()
    return complex(re / _LN10, im / _LN10)


def sin(*args, **kwargs):
    """Return the sine of z."""
    # sin(z) = -i sinh(iz)
    x, y = _one('sin', args, kwargs)
    re, im = _c_sinh(-y, x)
    return complex(im, -re)


def sinh(*args, **kwargs):
    """Return the hyperbolic sine of z."""
    return complex(*_c_sinh(*_one('sinh', args, kwargs)))


def sqrt(*args, **kwargs):
    """Return the square root of z."""
    return complex(*_c_sqrt(*_one('sqrt', args, kwargs)))


def tan(*args, **kwargs):
    """Return the tangent of z."""
    # tan(z) = -i tanh(iz)
    x, y = _one('tan', args, kwargs)
    re, im = _c_tanh(-y, x)
    return complex(im, -re)


def tanh(*args, **kwargs):
    """Return the hyperbolic tangent of z."""
    return complex(*_c_tanh(*_one('tanh', args, kwargs)))


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _one('phase', args, kwargs)
    phi = _atan2(y, x)
    # CPython reports the errno of C's atan2, which the GNU C library sets
    # to ERANGE when the result underflows to zero.
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        raise _range_error()
    return phi


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    x, y = _one('polar', args, kwargs)
    phi = _atan2(y, x)
    r, overflow = _c_abs(x, y)
    if overflow:
        raise _range_error()
    return r, phi


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    # Not in C99; special values in its spirit: rect(r, t) behaves like
    # exp(log(r) + it) for positive-signed r, like -exp(log(-r) + it) for
    # negative-signed r, and rect(nan, t) like exp(nan + it) (except that
    # rect(nan, 0) is nan+0j).
    if kwargs:
        raise TypeError("cmath.rect() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("rect expected 2 arguments, got %d" % len(args))
    r = _real(args[0])
    phi = _real(args[1])
    if not _isfinite(r) or not _isfinite(phi):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                re = _copysign(_INF, _cos(phi))
                im = _copysign(_INF, _sin(phi))
            else:
                re = -_copysign(_INF, _cos(phi))
                im = -_copysign(_INF, _sin(phi))
        else:
            re, im = _special(_rect_special, r, phi)
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            raise _domain_error()
        return complex(re, im)
    if phi == 0.0:
        # CPython's workaround for buggy results with phi=-0.0 on OS X 10.8
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _one('isfinite', args, kwargs)
    return _isfinite(x) and _isfinite(y)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _one('isnan', args, kwargs)
    return _isnan(x) or _isnan(y)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _one('isinf', args, kwargs)
    return _isinf(x) or _isinf(y)


_ISCLOSE_KW = ('a', 'b', 'rel_tol', 'abs_tol')
_MISSING = object()


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
    # The argument checks of Argument Clinic's keyword parser, in its order.
    nargs = len(args)
    nkw = len(kwargs)
    if nargs + nkw > 4:
        raise TypeError("isclose() takes at most 4 %sarguments (%d given)"
                        % ("keyword " if nargs == 0 else "", nargs + nkw))
    if nargs > 2:
        raise TypeError("isclose() takes exactly 2 positional arguments "
                        "(%d given)" % nargs)
    vals = list(args) + [_MISSING] * (4 - nargs)
    for i in range(nargs, 4):
        name = _ISCLOSE_KW[i]
        if nkw and name in kwargs:
            vals[i] = kwargs[name]
            nkw -= 1
        elif i < 2:
            raise TypeError("isclose() missing required argument '%s' (pos %d)"
                            % (name, i + 1))
    if nkw:
        for i in range(nargs):
            if _ISCLOSE_KW[i] in kwargs:
                raise TypeError("argument for isclose() given by name ('%s') "
                                "and position (%d)" % (_ISCLOSE_KW[i], i + 1))
        for name in kwargs:
            if name not in _ISCLOSE_KW:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "isclose()" % name)
    ar, ai = _parts(vals[0])
    br, bi = _parts(vals[1])
    rel_tol = 1e-09 if vals[2] is _MISSING else _real(vals[2])
    abs_tol = 0.0 if vals[3] is _MISSING else _real(vals[3])

    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    # exact equality catches two infinities of the same sign
    if ar == br and ai == bi:
        return True
    # two infinities of opposite sign, or one infinity and a finite number
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    # the "weak" test of the Boost library
    diff = _c_abs(ar - br, ai - bi)[0]
    return (diff <= rel_tol * _c_abs(br, bi)[0]
            or diff <= rel_tol * _c_abs(ar, ai)[0]
            or diff <= abs_tol)
