"""Basic statistics for real-valued data: ouro's `statistics` module.

The functions and NormalDist of CPython 3.11's statistics module, with the
same results and result types:

    averages    mean, fmean, geometric_mean, harmonic_mean,
                median, median_low, median_high, median_grouped,
                mode, multimode, quantiles
    spread      pvariance, variance, pstdev, stdev
    two inputs  covariance, correlation, linear_regression
    NormalDist  a normal distribution: pdf, cdf, inv_cdf, overlap, ...

mean, harmonic_mean, variance and pvariance compute exactly (with
Fractions) and convert the answer to the type of the data, as CPython's
_sum/_convert do: the mean of ints is an int when exact and a float
otherwise, Fractions stay Fractions, floats stay floats.  pstdev and stdev
are correctly rounded square roots of the exact variance.

Differences, because of what ouro does not have yet:
  * no `decimal` module: Decimal data work only if one can be imported;
  * no `numbers` module: harmonic_mean's one-value shortcut accepts ints,
    floats and Fractions (numbers.Real's members).
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import random

from fractions import Fraction
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from functools import reduce
from operator import mul
from collections import namedtuple

try:
    from decimal import Decimal as _Decimal
except ImportError:
    class _Decimal:
        """Stands in for decimal.Decimal, which ouro lacks: nothing is an
        instance of it."""

_SQRT2 = sqrt(2.0)

# Bits in a float's significand (sys.float_info.mant_dig).
_FLOAT_MANT_DIG = 53


class StatisticsError(ValueError):
    pass


# === Exact sums and type handling ===

def _exact_ratio(x):
    """(numerator, denominator) of the real number x, exactly; (x, None)
    for a float or Decimal infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # An infinity or a NaN.
        return (x, None)
    try:
        # ints (and other Rationals) have numerator and denominator.
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _coerce(T, S):
    """The type to report a result in, for data of types T and S, or
    TypeError.  int gives way to anything, a subclass wins over its base,
    float wins over Fraction."""
    assert T is not bool, "initial type T is bool"
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))


def _ratios(data, types):
    """The exact ratios of data, adding the type of each run of values of
    one type to the set `types`."""
    for typ, values in groupby(data, type):
        types.add(typ)
        for x in values:
            yield _exact_ratio(x)


def _sum(data):
    """(type, exact sum, count) of data.

    The sum is a Fraction (the int 0 for no data), or a float or Decimal
    infinity or NaN when the data hold one; the type is what the result
    should be converted to (see _coerce).
    """
    count = 0
    types = set()
    partials = {}           # denominator -> sum of numerators
    for n, d in _ratios(data, types):
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    T = reduce(_coerce, types, int)
    return (T, total, count)


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count) of data, exactly.

    With c given it is taken as the mean and the squares are summed in the
    data's own arithmetic.
    """
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx = {}                 # denominator -> sum of numerators
    sxx = {}                # denominator -> sum of squared numerators
    for n, d in _ratios(data, types):
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        # An infinity or NaN: the result is one too.
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        # n*sum(x*x) - sum(x)**2 is exact with Fractions.
        ssd = (count * squares - total * total) / count
        c = total / count
    T = reduce(_coerce, types, int)
    return (T, ssd, c, count)


def _isfinite(x):
    try:
        return x.is_finite()    # a Decimal
    except AttributeError:
        return math.isfinite(x)


def _convert(value, T):
    """value (a Fraction, or an infinity or NaN) as type T; an int type
    gives a float when value is not whole."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, _Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    """The values, raising StatisticsError(errmsg) at a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_round_odd(n, m):
    """isqrt(n // m), with the last bit set if it is not exact: the
    square root of n/m rounded to odd."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a float, correctly rounded.

    The root is taken as an integer of at least 2*53+3 bits' worth of
    radicand, rounded to odd, so the one rounding (the final division)
    is correct."""
    q = (n.bit_length() - m.bit_length() - (2 * _FLOAT_MANT_DIG + 3)) // 2
    if q >= 0:
        return (_isqrt_frac_round_odd(n, m << 2 * q) << q) / 1
    return _isqrt_frac_round_odd(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m as a Decimal, correctly rounded."""
    if n <= 0:
        if not n:
            return _Decimal('0.0')
        n, m = -n, -m
    root = (_Decimal(n) / _Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    # Move to a neighbour when the midpoint to it is on the far side of the
    # true root (compare squares exactly).
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


# === Averages ===

def mean(data):
    """The arithmetic mean of data (a sequence or iterable of numbers),
    in the data's type: mean([1, 2, 3, 4, 4]) is 2.8, mean([2, 4]) is 3
    and the mean of Fractions a Fraction.
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float, faster than mean(); with
    weights, the weighted mean.
    """
    try:
        n = len(data)
    except TypeError:
        # An iterator: count while summing.
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of data (positive numbers) as a float."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean of data: the reciprocal of the mean of
    the reciprocals.  0 if a value is zero; negative values are errors.
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction, _Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values when
    there is an even number of them.
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data binned into classes of width `interval`, each
    value being the midpoint of its class: interpolated within the class
    of the middle value, as a float.
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")

    # The middle value is the midpoint of the median's bin; the values
    # equal to it are data[i:j].
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)

    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')

    lower = x - interval / 2.0      # lower limit of the median's bin
    below = i                       # how many values lie in lower bins
    inside = j - i                  # how many lie in the median's bin
    return lower + interval * (n / 2 - below) / inside


def _counts(data):
    # Occurrences of each value, in order of first appearance.
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first seen, among equally common
    ones).
    """
    best = None
    best_count = 0
    for value, count in _counts(iter(data)).items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data') from None
    return best


def multimode(data):
    """The most common values of data, in the order first seen ([] for no
    data).
    """
    counts = _counts(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolated between data points.  method='exclusive'
    treats data as a sample of a wider population, 'inclusive' as the
    whole population (its minimum and maximum are the 0th and 100th
    percentiles).
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # Cut i of n sits at position i*(ld-1)/n of the sorted data.
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        # Cut i of n sits at position i*(ld+1)/n (counting from 1),
        # clamped to the data.
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# === Measures of spread ===

def variance(data, xbar=None):
    """The sample variance of data (at least two values), exactly, in the
    data's type; xbar, if given, is taken as their mean.
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data (at least one value), exactly, in
    the data's type; mu, if given, is taken as their mean.
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation of data: the square root of
    variance(data, xbar), correctly rounded.
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if issubclass(T, _Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of data: the square root of
    pvariance(data, mu), correctly rounded.
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if issubclass(T, _Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """The mean and sample standard deviation of data, as floats, in one
    pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN in the data.
        return float(xbar), float(xbar) / float(ss)


# === Statistics for relations between two inputs ===

def covariance(x, y, /):
    """The sample covariance of the equally long inputs x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of the inputs x and y: from -1
    (falling together on a line) to +1 (rising together on a line).
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line through the points (x, y), as
    LinearRegression(slope, intercept); with proportional=True the line
    goes through the origin.
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx   # covariance(x, y) / variance(x)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# === Normal distribution ===

def _poly(coefficients, r):
    """Horner evaluation: coefficients from the highest power down."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Rational approximations of the inverse of the normal CDF from
# Wichura, "Algorithm AS 241: The Percentage Points of the Normal
# Distribution", Applied Statistics 37 (1988), coefficients highest power
# first.  Central region |p - 0.5| <= 0.425:
_CENTRAL_NUM = (2.50908_09287_30122_6727e+3, 3.34305_75583_58812_8105e+4,
                6.72657_70927_00870_0853e+4, 4.59219_53931_54987_1457e+4,
                1.37316_93765_50946_1125e+4, 1.97159_09503_06551_4427e+3,
                1.33141_66789_17843_7745e+2, 3.38713_28727_96366_6080e+0)
_CENTRAL_DEN = (5.22649_52788_52854_5610e+3, 2.87290_85735_72194_2674e+4,
                3.93078_95800_09271_0610e+4, 2.12137_94301_58659_5867e+4,
                5.39419_60214_24751_1077e+3, 6.87187_00749_20579_0830e+2,
                4.23133_30701_60091_1252e+1, 1.0)
# Tails, r = sqrt(-log(min(p, 1-p))) <= 5:
_NEAR_NUM = (7.74545_01427_83414_07640e-4, 2.27238_44989_26918_45833e-2,
             2.41780_72517_74506_11770e-1, 1.27045_82524_52368_38258e+0,
             3.64784_83247_63204_60504e+0, 5.76949_72214_60691_40550e+0,
             4.63033_78461_56545_29590e+0, 1.42343_71107_49683_57734e+0)
_NEAR_DEN = (1.05075_00716_44416_84324e-9, 5.47593_80849_95344_94600e-4,
             1.51986_66563_61645_71966e-2, 1.48103_97642_74800_74590e-1,
             6.89767_33498_51000_04550e-1, 1.67638_48301_83803_84940e+0,
             2.05319_16266_37758_82187e+0, 1.0)
# Far tails, r > 5:
_FAR_NUM = (2.01033_43992_92288_13265e-7, 2.71155_55687_43487_57815e-5,
            1.24266_09473_88078_43860e-3, 2.65321_89526_57612_30930e-2,
            2.96560_57182_85048_91230e-1, 1.78482_65399_17291_33580e+0,
            5.46378_49111_64114_36990e+0, 6.65790_46435_01103_77720e+0)
_FAR_DEN = (2.04426_31033_89939_78564e-15, 1.42151_17583_16445_88870e-7,
            1.84631_83175_10054_68180e-5, 7.86869_13114_56132_59100e-4,
            1.48753_61290_85061_48525e-2, 1.36929_88092_27358_05310e-1,
            5.99832_20655_58879_37690e-1, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _poly(_CENTRAL_NUM, r) * q / _poly(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _poly(_NEAR_NUM, r) / _poly(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _poly(_FAR_NUM, r) / _poly(_FAR_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal (Gaussian) distribution of a random variable."""

    __slots__ = {
        '_mu': 'the mean',
        '_sigma': 'the standard deviation',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """A normal distribution with mean mu and standard deviation sigma."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample standard
        deviation of data.
        """
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (seeded with seed, if
        given).
        """
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability of a value at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability.
        """
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the densities of self and other share, from 0.0 to 1.0
        (the overlapping coefficient).
        """
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):   # order: commutative
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at x1 and x2; the overlap is what lies under
        # the lower of the two curves.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The mean."""
        return self._mu

    @property
    def median(self):
        """The median (the mean)."""
        return self._mu

    @property
    def mode(self):
        """The mode (the mean)."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """The variance: the standard deviation squared."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Shift by a constant, or add an independent NormalDist (means
        and variances add).
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Shift by a constant, or subtract an independent NormalDist (means
        subtract, variances add).
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Scale by the reciprocal of a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        """A copy."""
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        """The mirror image: mu negated."""
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        """constant - self"""
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        """Equal when mu and sigma are."""
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        """Hash of (mu, sigma)."""
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
