"""Concrete date/time and related types: ouro's `datetime` module.

Written for ouro in Python; the behaviour is that of CPython 3.11's C
implementation (Modules/_datetimemodule.c), which is what `import datetime`
gives under CPython: the range checks and their messages, reprs (subclasses
print their own class name, as heap types do), the rounding of timedelta
arithmetic with floats (round-half-even), how fromisoformat() parses (3.11
accepts most ISO 8601 forms: week dates, basic format, any fraction length,
'Z'), the comparison and hashing rules for aware objects (PEP 495 folds
included), and which methods return instances of a subclass.

  * timedelta    a duration, normalised to days, seconds and microseconds
  * date         a date of the proleptic Gregorian calendar, years 1..9999
  * time         a time of day, optionally with a tzinfo
  * datetime     a date and a time of day
  * tzinfo       the abstract base of time zones
  * timezone     fixed offsets from UTC; timezone.utc is also datetime.UTC

strftime() is done here, not by the C library: the directives z, Z and f as
datetime does them, and the rest the way glibc's strftime does them in the C
locale (CPython hands them to it through time.strftime): every GNU directive,
the flags _ - 0 ^ #, field widths, the E and O modifiers, and unknown
directives copied through.  strptime() follows CPython's _strptime (C-locale
names, the same directives, the same defaults and errors), with a small
backtracking matcher in place of the regular expression _strptime compiles.

Differences from CPython:
  * local time is UTC, as in ouro's `time` module (which reads no time zone
    database: its localtime() is gmtime()): naive datetimes are taken to be
    in UTC by fromtimestamp(), timestamp(), astimezone() and strftime('%s'),
    and the local zone astimezone() attaches is timezone(timedelta(0),
    'UTC') (what CPython gives with TZ=UTC).  The current time comes from
    time.time() and time.time_ns();
  * timetuple() and utctimetuple() return time.struct_time, or a stand-in
    written here (a tuple subclass that prints as time.struct_time) if the
    `time` module has none;
  * the hash of naive datetimes, of dates and of naive times is a hash of
    their fields (CPython hashes their packed bytes, randomised per run);
    aware datetimes and times and timedeltas hash as CPython's do;
  * TypeErrors raised by the interpreter for unsupported operand types name
    the classes `date`, `timedelta`, ... where CPython says `datetime.date`;
  * pickling uses the constructor arguments, not CPython's packed bytes.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
_MAX_ORDINAL = 3652059           # date(9999, 12, 31).toordinal()


################################################################################
### Calendar arithmetic (proleptic Gregorian; day 1 is 0001-01-01)
################################################################################

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_MONTH_NAMES = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November",
                "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    if month > 2 and _is_leap(year):
        return _DAYS_BEFORE_MONTH[month] + 1
    return _DAYS_BEFORE_MONTH[month]


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    # Peel off whole 400-year, 100-year, 4-year and 1-year cycles of the
    # days elapsed since 0001-01-01, then find the month from a guess that is
    # right or one too high.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a 4-year or 400-year cycle: December 31 of the
        # leap year before.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    # The ordinal of the Monday that starts ISO week 1 of `year`: the week
    # holding the year's first Thursday.
    first = _ymd_to_ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _iso_calendar(ordinal, year):
    monday = _iso_week1_monday(year)
    week, day = divmod(ordinal - monday, 7)
    if week < 0:
        year -= 1
        week, day = divmod(ordinal - _iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


def _iso_to_ymd(year, week, day):
    # CPython's iso_to_ymd(): -2 for a bad week, -4 for a bad day.
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
            ok = first_weekday == 3 or (first_weekday == 2 and _is_leap(year))
        if not ok:
            return -2
    if day <= 0 or day >= 8:
        return -4
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if ordinal < 1:
        # ISO year 0 (only fromisoformat() lets it through): CPython's C
        # conversion makes year 1 with a month out of range of it.
        return 1, 0, 1
    return _ord_to_ymd(ordinal)


################################################################################
### Argument checks
################################################################################

class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<missing>'

_MISSING = _Missing()


def _c_int(value):
    # Convert an argument as CPython's "i" format does.
    if type(value) is not int:
        if isinstance(value, int):
            value = int(value)
        elif isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        else:
            try:
                value = _index(value)
            except TypeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(value).__name__) from None
    if value > 2147483647:
        if value > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if value < -2147483648:
        if value < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return value


def _required(value, name, pos):
    if value is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)"
                        % (name, pos))
    return _c_int(value)


def _check_date_fields(year, month, day):
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond, fold):
    if hour < 0 or hour > 23:
        raise ValueError("hour must be in 0..23")
    if minute < 0 or minute > 59:
        raise ValueError("minute must be in 0..59")
    if second < 0 or second > 59:
        raise ValueError("second must be in 0..59")
    if microsecond < 0 or microsecond > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj, cls, name):
    # CPython prints its own types with their module; a subclass is a heap
    # type, printed with its bare name.
    t = type(obj)
    if t is cls:
        return name
    return t.__name__


def _divide_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


def _round_half_away(x):
    # C's round(): halves away from zero.
    if x < 0.0:
        return -_round_half_away(-x)
    r = _math.floor(x)
    if x - r >= 0.5:
        r += 1.0
    return r


################################################################################
### timedelta
################################################################################

def _check_delta_days(days):
    if days < -_MAX_DELTA_DAYS or days > _MAX_DELTA_DAYS:
        if -2147483648 <= days <= 2147483647:
            raise OverflowError("days=%d; must have magnitude <= %d"
                                % (days, _MAX_DELTA_DAYS))
        raise OverflowError("Python int too large to convert to C int")


def _make_delta(cls, days, seconds, microseconds):
    # A timedelta from normalised, checked fields.
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _delta_from_us(us, cls=None):
    seconds, us = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    _check_delta_days(days)
    return _make_delta(timedelta if cls is None else cls, days, seconds, us)


def _delta_from_fields(days, seconds, microseconds):
    return _delta_from_us((days * 86400 + seconds) * _US_PER_SECOND
                          + microseconds)


def _accumulate(tag, total, leftover, value, factor):
    # Add value * factor microseconds to total, exactly for the integral
    # part; the fraction of a microsecond left by a float goes to leftover.
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, type(value).__name__))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        total, leftover = _accumulate("microseconds", total, leftover,
                                      microseconds, 1)
        total, leftover = _accumulate("milliseconds", total, leftover,
                                      milliseconds, 1000)
        total, leftover = _accumulate("seconds", total, leftover,
                                      seconds, 1000000)
        total, leftover = _accumulate("minutes", total, leftover,
                                      minutes, 60000000)
        total, leftover = _accumulate("hours", total, leftover,
                                      hours, 3600000000)
        total, leftover = _accumulate("days", total, leftover,
                                      days, 86400000000)
        total, leftover = _accumulate("weeks", total, leftover,
                                      weeks, 604800000000)
        if leftover:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                # A tie: round so that the total comes out even.
                odd = total & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(total, cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s(%s)" % (_type_name(self, timedelta, 'datetime.timedelta'),
                           ', '.join(args))

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        s = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        if self._days:
            days = self._days
            plural = "" if days == 1 or days == -1 else "s"
            s = "%d day%s, %s" % (days, plural, s)
        return s

    # Comparisons: only with timedeltas.

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    # Arithmetic.

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_fields(self._days + other._days,
                                      self._seconds + other._seconds,
                                      self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_fields(self._days - other._days,
                                      self._seconds - other._seconds,
                                      self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _delta_from_fields(-self._days, -self._seconds,
                                  -self._microseconds)

    def __pos__(self):
        return _make_delta(timedelta, self._days, self._seconds,
                           self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._to_us() * den, num))
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    # The reflected operations: a timedelta on the left only.

    def __rtruediv__(self, other):
        if isinstance(other, timedelta):
            return other.__truediv__(self)
        return NotImplemented

    def __rfloordiv__(self, other):
        if isinstance(other, timedelta):
            return other.__floordiv__(self)
        return NotImplemented

    def __rmod__(self, other):
        if isinstance(other, timedelta):
            return other.__mod__(self)
        return NotImplemented

    def __rdivmod__(self, other):
        if isinstance(other, timedelta):
            return other.__divmod__(self)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _make_delta(timedelta, -_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _make_delta(timedelta, _MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _make_delta(timedelta, 0, 0, 1)

_ZERO = _make_delta(timedelta, 0, 0, 0)


################################################################################
### Offsets and time zone names
################################################################################

def _check_offset(offset):
    if (offset._days < -1 or offset._days >= 1
            or (offset._days == -1 and offset._seconds == 0
                and offset._microseconds < 1)):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (offset,))


def _call_utcoffset(tz, arg, what="utcoffset"):
    # tz.utcoffset(arg) (or tz.dst(arg)), checked as CPython checks it.
    if tz is None:
        return None
    if what == "utcoffset":
        offset = tz.utcoffset(arg)
    else:
        offset = tz.dst(arg)
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(offset).__name__))
    _check_offset(offset)
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _format_offset(offset, sep):
    # "+HH<sep>MM", with <sep>SS and .ffffff when needed; "" for None.
    if offset is None:
        return ""
    if offset._days < 0:
        sign = '-'
        offset = -offset
    else:
        sign = '+'
    minutes, seconds = divmod(offset._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    s = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if offset._microseconds:
        return s + "%s%02d.%06d" % (sep, seconds, offset._microseconds)
    if seconds:
        return s + "%s%02d" % (sep, seconds)
    return s


def _format_time(hour, minute, second, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return "%02d" % hour
    if timespec == 'minutes':
        return "%02d:%02d" % (hour, minute)
    if timespec == 'seconds':
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == 'milliseconds':
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == 'microseconds':
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


################################################################################
### struct_time (for timetuple())
################################################################################

_STRUCT_TIME_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
                       'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


def _struct_time_class():
    # Stands in for time.struct_time if the time module has none.
    class struct_time(tuple):
        __module__ = 'time'
        __qualname__ = 'struct_time'
        __slots__ = ()

        def __new__(cls, seq):
            return tuple.__new__(cls, seq)

        tm_year = property(lambda self: self[0])
        tm_mon = property(lambda self: self[1])
        tm_mday = property(lambda self: self[2])
        tm_hour = property(lambda self: self[3])
        tm_min = property(lambda self: self[4])
        tm_sec = property(lambda self: self[5])
        tm_wday = property(lambda self: self[6])
        tm_yday = property(lambda self: self[7])
        tm_isdst = property(lambda self: self[8])
        tm_zone = property(lambda self: None)
        tm_gmtoff = property(lambda self: None)
        n_fields = 11
        n_sequence_fields = 9
        n_unnamed_fields = 0

        def __repr__(self):
            return "time.struct_time(%s)" % ", ".join(
                "%s=%r" % (name, value)
                for name, value in zip(_STRUCT_TIME_FIELDS, self))

        def __reduce__(self):
            return (type(self), (tuple(self),))
    return struct_time


_struct_time = []       # time.struct_time (or the stand-in), found when needed


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    if not _struct_time:
        _struct_time.append(getattr(_time, 'struct_time', None)
                            or _struct_time_class())
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _struct_time[0]((y, m, d, hh, mm, ss, wday, yday, dst))


################################################################################
### strftime: datetime's own directives, then glibc's in the C locale
################################################################################

_ABBR_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ABBR_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec")

# Which modifiers make a directive invalid (copied through as text).
_E_BAD = frozenset('aAbhBdeHIkljMmSUVgGWwDF')
_O_BAD = frozenset('aAcxXYDF')


class _StrftimeOverflow(Exception):
    pass


def _time_strftime(fmt, tt):
    """time.strftime(fmt, tt) as CPython does it on glibc: the C library's
    strftime() with buffers of up to 256 bytes per byte of the format; a
    result that does not fit comes back empty."""
    fmtlen = len(fmt) if fmt.isascii() else len(fmt.encode('utf-8'))
    limit = 1024
    while limit < 256 * fmtlen:
        limit += limit
    try:
        result = _c_strftime(fmt, tt, False, limit)
    except _StrftimeOverflow:
        return ''
    size = len(result) if result.isascii() else len(result.encode('utf-8'))
    if size >= limit:
        return ''
    return result


def _c_strftime(fmt, tt, upcase, limit):
    """Format tt = (year, month, day, hour, minute, second, weekday (Monday
    is 0), day of the year (from 1), isdst) as glibc's strftime() does in the
    C locale with the local zone UTC."""
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        ch = fmt[i]
        if ch != '%':
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        pad = ''
        to_upper = upcase
        to_lower = False
        change_case = False
        while i < n:
            ch = fmt[i]
            if ch == '_' or ch == '-' or ch == '0':
                pad = ch
            elif ch == '^':
                to_upper = True
            elif ch == '#':
                change_case = True
            else:
                break
            i += 1
        width = -1
        if i < n and '0' <= fmt[i] <= '9':
            width = 0
            while i < n and '0' <= fmt[i] <= '9':
                width = width * 10 + ord(fmt[i]) - 48
                i += 1
            if width >= limit:
                raise _StrftimeOverflow
        modifier = ''
        if i < n and (fmt[i] == 'E' or fmt[i] == 'O'):
            modifier = fmt[i]
            i += 1
        c = fmt[i] if i < n else ''
        text = None        # text to copy (case rules and width apply)
        number = None      # (minimum digits, value, space padded?)
        bad = (c == '' or (modifier == 'E' and c in _E_BAD)
               or (modifier == 'O' and c in _O_BAD))
        year, month, day, hour, minute, second, wday, yday, isdst = tt
        if bad:
            if change_case and (c == 'b' or c == 'h'):
                to_upper = True     # glibc sets the case before checking
        elif c == '%':
            text = '%'
        elif c == 'a' or c == 'A' or c == 'b' or c == 'h' or c == 'B':
            if change_case:
                to_upper = True
                to_lower = False
            if c == 'a':
                text = _ABBR_DAYS[wday]
            elif c == 'A':
                text = _DAY_NAMES[wday]
            elif c == 'B':
                text = _MONTH_NAMES[month]
            else:
                text = _ABBR_MONTHS[month]
        elif c == 'p' or c == 'P':
            if c == 'P':
                to_lower = True
            if change_case:
                to_upper = False
                to_lower = True
            text = 'AM' if hour < 12 else 'PM'
        elif c in _SUBFORMATS:
            sub = _c_strftime(_SUBFORMATS[c], tt, to_upper, limit)
            if to_upper:
                sub = sub.upper()
            out.append(_strftime_pad(sub, width, pad))
            i += 1
            continue
        elif c == 'C':
            number = (1, year // 100, False)
        elif c == 'd':
            number = (2, day, False)
        elif c == 'e':
            number = (2, day, True)
        elif c == 'H':
            number = (2, hour, False)
        elif c == 'I':
            number = (2, (hour + 11) % 12 + 1, False)
        elif c == 'k':
            number = (2, hour, True)
        elif c == 'l':
            number = (2, (hour + 11) % 12 + 1, True)
        elif c == 'j':
            number = (3, yday, False)
        elif c == 'M':
            number = (2, minute, False)
        elif c == 'm':
            number = (2, month, False)
        elif c == 'n':
            text = '\n'
        elif c == 't':
            text = '\t'
        elif c == 'S':
            number = (2, second, False)
        elif c == 's':
            # mktime() of the local time (UTC, where a DST flag means an
            # hour less).
            t = ((_ymd_to_ord(year, month, day) - _EPOCH_ORDINAL) * 86400
                 + hour * 3600 + minute * 60 + second)
            if isdst > 0:
                t -= 3600
            number = (1, t, None)     # the width does not widen it
        elif c == 'u':
            number = (1, wday + 1, False)
        elif c == 'w':
            number = (1, (wday + 1) % 7, False)
        elif c == 'U':
            number = (2, (yday - 1 - (wday + 1) % 7 + 7) // 7, False)
        elif c == 'W':
            number = (2, (yday - 1 - wday + 7) // 7, False)
        elif c == 'V' or c == 'g' or c == 'G':
            iso_year, iso_week, _ = _iso_calendar(
                _ymd_to_ord(year, month, day), year)
            if c == 'g':
                number = (2, iso_year % 100, False)
            elif c == 'G':
                number = (1, iso_year, False)
            else:
                number = (2, iso_week, False)
        elif c == 'Y':
            number = (1, year, False)
        elif c == 'y':
            number = (2, year % 100, False)
        elif c == 'Z':
            if change_case:
                to_upper = False
                to_lower = True
            text = 'UTC' if isdst >= 0 else ''
        elif c == 'z':
            if isdst >= 0:
                # The local zone is UTC: "+" then the number 0000.
                out.append(_strftime_pad('+', width, pad))
                number = (4, 0, False)
            else:
                i += 1
                continue
        else:
            bad = True
        if bad:
            # Copy the whole directive ('%' up to here) as text.
            text = fmt[start:i + 1] if c else fmt[start:i]
            i = i + 1 if c else i
            if to_lower:
                text = text.lower()
            elif to_upper:
                text = text.upper()
            out.append(_strftime_pad(text, width, pad))
            continue
        i += 1
        if text is not None:
            if to_lower:
                text = text.lower()
            elif to_upper:
                text = text.upper()
            out.append(_strftime_pad(text, width, pad))
            continue
        digits, value, spacepad = number
        if digits < width and spacepad is not None:
            digits = width
        if spacepad and pad != '0' and pad != '-':
            pad = '_'
        body = str(value)
        if pad != '-':
            padding = digits - len(body)
            if padding > 0:
                if pad == '_':
                    out.append(' ' * padding)
                    width = width - padding if width > padding else 0
                else:
                    if value < 0:
                        out.append('-')
                        body = body[1:]
                    out.append('0' * padding)
                    width = 0
        out.append(_strftime_pad(body, width, pad))
    return ''.join(out)


def _strftime_pad(text, width, pad):
    # glibc's add(): pad a piece on the left to the field width.
    extra = width - len(text)
    if extra > 0:
        return ('0' if pad == '0' else ' ') * extra + text
    return text


_SUBFORMATS = {
    'c': "%a %b %e %H:%M:%S %Y",
    'D': "%m/%d/%y",
    'x': "%m/%d/%y",
    'F': "%Y-%m-%d",
    'r': "%I:%M:%S %p",
    'R': "%H:%M",
    'T': "%H:%M:%S",
    'X': "%H:%M:%S",
}


def _wrap_strftime(obj, fmt, timetuple, microsecond, tzinfo, tzinfoarg):
    """strftime() of a date, time or datetime: %z, %Z and %f first, then the
    C library's directives."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    z_repl = Z_repl = f_repl = None
    pieces = []
    n = len(fmt)
    i = 0
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 == n:
            pieces.append(ch)
            i += 1
            continue
        ch = fmt[i + 1]
        i += 2
        if ch == 'z':
            if z_repl is None:
                z_repl = ""
                if tzinfo is not None:
                    z_repl = _format_offset(
                        _call_utcoffset(tzinfo, tzinfoarg), "")
            pieces.append(z_repl)
        elif ch == 'Z':
            if Z_repl is None:
                Z_repl = ""
                if tzinfo is not None:
                    name = _call_tzname(tzinfo, tzinfoarg)
                    if name is not None:
                        Z_repl = name.replace('%', '%%')
            pieces.append(Z_repl)
        elif ch == 'f':
            if f_repl is None:
                f_repl = "%06d" % microsecond
            pieces.append(f_repl)
        else:
            pieces.append('%')
            pieces.append(ch)
    tt = timetuple
    return _time_strftime(''.join(pieces),
                          (tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6],
                           tt[7], tt[8]))


################################################################################
### strptime (after CPython's _strptime, C locale)
################################################################################

_STRPTIME_NAMES = {
    'a': [s.lower() for s in _ABBR_DAYS],
    'A': [s.lower() for s in _DAY_NAMES],
    'b': [s.lower() for s in _ABBR_MONTHS[1:]],
    'B': [s.lower() for s in _MONTH_NAMES[1:]],
    'p': ['am', 'pm'],
    'Z': ['utc', 'gmt'],
}

# The regular expression alternatives of each numeric directive, tried in
# order; a pattern character is a digit class ('d' any digit, 'X-Y' an
# ASCII range) or a literal.
_STRPTIME_ALTS = {
    'd': ("3[0-1]", "[1-2]d", "0[1-9]", "[1-9]", " [1-9]"),
    'H': ("2[0-3]", "[0-1]d", "d"),
    'I': ("1[0-2]", "0[1-9]", "[1-9]"),
    'G': ("dddd",),
    'j': ("36[0-6]", "3[0-5]d", "[1-2]dd", "0[1-9]d", "00[1-9]", "[1-9]d",
          "0[1-9]", "[1-9]"),
    'm': ("1[0-2]", "0[1-9]", "[1-9]"),
    'M': ("[0-5]d", "d"),
    'S': ("6[0-1]", "[0-5]d", "d"),
    'U': ("5[0-3]", "[0-4]d", "d"),
    'W': ("5[0-3]", "[0-4]d", "d"),
    'w': ("[0-6]",),
    'u': ("[1-7]",),
    'V': ("5[0-3]", "0[1-9]", "[1-4]d", "d"),
    'y': ("dd",),
    'Y': ("dddd",),
}


def _compile_alt(pattern):
    # "3[0-1]" -> [('3', '3'), ('0', '1')]; 'd' -> None (any digit).
    items = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '[':
            items.append((pattern[i + 1], pattern[i + 3]))
            i += 5
        elif c == 'd':
            items.append(None)
            i += 1
        else:
            items.append((c, c))
            i += 1
    return items

_STRPTIME_COMPILED = {}
for _k, _v in _STRPTIME_ALTS.items():
    _STRPTIME_COMPILED[_k] = [_compile_alt(_p) for _p in _v]
del _k, _v

_STRPTIME_EXPAND = {
    'c': "%a %b %d %H:%M:%S %Y",
    'x': "%m/%d/%y",
    'X': "%H:%M:%S",
}

_STRPTIME_DIRECTIVES = frozenset('dfHIGjmMSUWwuVyYzaAbBpZ%cxX')
_REGEX_SPECIALS = frozenset('\\.^$*+?(){}[]|')


def _strptime_tokens(fmt, whole, tokens, groups):
    # Split a format into ('lit', ch), ('ws',) and ('dir', ch) tokens as
    # _strptime's TimeRE.pattern() would see them.  groups gets the
    # directives with where their groups would start in the regular
    # expression _strptime compiles (for its error about a repeated one).
    n = len(fmt)
    i = 0
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws', None))
            groups[0] += 3                      # \s+
            continue
        if ch != '%':
            tokens.append(('lit', ch))
            groups[0] += 2 if ch in _REGEX_SPECIALS else 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        d = fmt[i + 1]
        i += 2
        if d.isspace() or d in _REGEX_SPECIALS:
            d = '%'
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (d, whole))
        if d not in _STRPTIME_DIRECTIVES:
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (d, whole))
        if d == '%':
            tokens.append(('lit', '%'))
            groups[0] += 1
        elif d in _STRPTIME_EXPAND:
            _strptime_tokens(_STRPTIME_EXPAND[d], whole, tokens, groups)
        else:
            groups.append((d, groups[0]))
            groups[0] += _regex_length(d)
            tokens.append(('dir', d))
    return tokens


def _regex_length(d):
    # The length of _strptime's regular expression for directive d.
    if d == 'f':
        body = 10                   # [0-9]{1,6}
    elif d == 'z':
        body = 49                   # [+-]\d\d:?[0-5]\d(:?...)?|(?-i:Z)
    elif d in _STRPTIME_NAMES:
        names = _STRPTIME_NAMES[d]
        body = sum(len(name) for name in names) + len(names) - 1
    else:
        alts = _STRPTIME_ALTS[d]
        body = (sum(len(alt) + alt.count('d') for alt in alts)
                + len(alts) - 1)
    return 7 + body                 # (?P<d>...)


def _repeated_directive(groups):
    # _strptime's regular expression would define a group twice: raise the
    # re.error its compiler raises.
    number = 0
    first = {}
    for d, start in groups[1:]:
        number += 1
        if d in first:
            import re
            msg = ("redefinition of group name %r as group %d; was group %d"
                   % (d, number, first[d]))
            pos = start + 4
            raise re.error(msg, ' ' * pos, pos)
        first[d] = number
        if d == 'z':
            number += 2             # its two inner groups


def _is_digit(ch):
    return ch.isdecimal()


def _char_eq(a, b):
    return a == b or a.lower() == b.lower()


def _strptime_candidates(d, s, pos):
    # End positions at which directive d can stop, in the order the regular
    # expression would try them.
    n = len(s)
    if d in _STRPTIME_COMPILED:
        ends = []
        for alt in _STRPTIME_COMPILED[d]:
            p = pos
            ok = True
            for item in alt:
                if p >= n:
                    ok = False
                    break
                c = s[p]
                if item is None:
                    if not _is_digit(c):
                        ok = False
                        break
                elif not (item[0] <= c <= item[1]):
                    ok = False
                    break
                p += 1
            if ok:
                ends.append(p)
        return ends
    if d == 'f':
        p = pos
        while p < n and p - pos < 6 and '0' <= s[p] <= '9':
            p += 1
        return list(range(p, pos, -1))
    if d == 'z':
        return _strptime_z_candidates(s, pos)
    ends = []
    for name in _STRPTIME_NAMES[d]:
        end = pos + len(name)
        if end <= n:
            for k in range(len(name)):
                if not _char_eq(s[pos + k], name[k]):
                    break
            else:
                ends.append(end)
    return ends


def _strptime_z_candidates(s, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
    n = len(s)
    ends = []

    def digit(p):
        return p < n and _is_digit(s[p])

    def digit05(p):
        return p < n and '0' <= s[p] <= '5'

    if pos < n and (s[pos] == '+' or s[pos] == '-') and digit(pos + 1) \
            and digit(pos + 2):
        p0 = pos + 3
        colons = [p0 + 1, p0] if p0 < n and s[p0] == ':' else [p0]
        for p in colons:
            if not (digit05(p) and digit(p + 1)):
                continue
            p += 2
            # The optional seconds group, greedy: tried before its absence.
            inner = [p + 1, p] if p < n and s[p] == ':' else [p]
            for q in inner:
                if digit05(q) and digit(q + 1):
                    q += 2
                    if q < n and s[q] == '.' and digit(q + 1):
                        r = q + 1
                        while r < n and r - q <= 6 and _is_digit(s[r]):
                            r += 1
                        for e in range(r, q + 1, -1):
                            ends.append(e)
                    ends.append(q)
            ends.append(p)
    if pos < n and s[pos] == 'Z':
        ends.append(pos + 1)
    return ends


def _strptime_match(tokens, s):
    # Backtracking match of the tokens at the start of s: returns the
    # directive values and the end of the match, or None.
    n = len(s)
    found = {}

    def match(k, pos):
        if k == len(tokens):
            return pos
        kind, value = tokens[k]
        if kind == 'lit':
            if pos < n and _char_eq(s[pos], value):
                return match(k + 1, pos + 1)
            return -1
        if kind == 'ws':
            end = pos
            while end < n and s[end].isspace():
                end += 1
            while end > pos:
                r = match(k + 1, end)
                if r >= 0:
                    return r
                end -= 1
            return -1
        for end in _strptime_candidates(value, s, pos):
            r = match(k + 1, end)
            if r >= 0:
                found[value] = s[pos:end]
                return r
        return -1

    end = match(0, 0)
    if end < 0:
        return None
    return found, end


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    correction = date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _strptime(data_string, fmt):
    for index, arg in enumerate((data_string, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))
    groups = [0]
    tokens = _strptime_tokens(fmt, fmt, [], groups)
    _repeated_directive(groups)
    result = _strptime_match(tokens, data_string)
    if result is None:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, fmt))
    found, end = result
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for kind, key in tokens:
        if kind != 'dir':
            continue
        value = found[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _STRPTIME_NAMES['B'].index(value.lower()) + 1
        elif key == 'b':
            month = _STRPTIME_NAMES['b'].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif key == 'A':
            weekday = _STRPTIME_NAMES['A'].index(value.lower())
        elif key == 'a':
            weekday = _STRPTIME_NAMES['a'].index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key == 'U' or key == 'W':
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s"
                                             % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                              week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        date(year, month, day)          # the range checks
    else:
        base = date(year, 1, 1).toordinal()
        result = date.fromordinal(julian - 1 + base)
        year, month, day = result._year, result._month, result._day

    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, fraction),
            gmtoff, gmtoff_fraction, found.get('Z'))


################################################################################
### ISO 8601 parsing (CPython 3.11's C parser, on the UTF-8 bytes)
################################################################################

def _iso_bytes(s):
    # The string as CPython's parser sees it: one character per UTF-8 byte,
    # with NULs past the end standing for C's terminator.
    if s.isascii():
        return s + '\0\0\0\0\0\0\0\0\0\0\0\0'
    return s.encode('utf-8').decode('latin-1') + '\0\0\0\0\0\0\0\0\0\0\0\0'


def _parse_digits(s, p, count):
    value = 0
    for k in range(count):
        c = s[p + k]
        if c < '0' or c > '9':
            return None, p
        value = value * 10 + ord(c) - 48
    return value, p + count


def _parse_iso_date(s, length):
    # (year, month, day) or a negative error code, as parse_isoformat_date().
    year, p = _parse_digits(s, 0, 4)
    if year is None:
        return -1
    uses_separator = s[p] == '-'
    if uses_separator:
        p += 1
    if s[p] == 'W':
        p += 1
        week, p = _parse_digits(s, p, 2)
        if week is None:
            return -3
        day = 1
        if p < length:
            if uses_separator:
                if s[p] != '-':
                    return -2
                p += 1
            day, p = _parse_digits(s, p, 1)
            if day is None:
                return -4
        ymd = _iso_to_ymd(year, week, day)
        if isinstance(ymd, int):
            return -3 + ymd
        return ymd
    month, p = _parse_digits(s, p, 2)
    if month is None:
        return -1
    if uses_separator:
        if s[p] != '-':
            return -2
        p += 1
    day, p = _parse_digits(s, p, 2)
    if day is None:
        return -1
    return year, month, day


def _parse_hh_mm_ss_ff(s, p, end):
    # Returns (code, [hour, minute, second, microsecond]); code is 0 at the
    # end of the string, 1 if something follows, negative on error.
    vals = [0, 0, 0, 0]
    has_separator = True
    i = 0
    while i < 3:
        v, p = _parse_digits(s, p, 2)
        if v is None:
            return -3, vals
        vals[i] = v
        c = s[p]
        p += 1
        if i == 0:
            has_separator = c == ':'
        if p >= end:
            return (1 if c != '\0' else 0), vals
        if has_separator and c == ':':
            i += 1
            continue
        if c == '.' or c == ',':
            break
        if not has_separator:
            p -= 1
        else:
            return -4, vals
        i += 1
    to_parse = end - p
    if to_parse > 6:
        to_parse = 6
    us, p2 = _parse_digits(s, p, to_parse)
    if us is None:
        return -3, vals
    p = p2
    if to_parse < 6:
        us *= (100000, 10000, 1000, 100, 10)[to_parse - 1] if to_parse else 0
    vals[3] = us
    while '0' <= s[p] <= '9':
        p += 1
    return (1 if s[p] != '\0' else 0), vals


def _parse_iso_time(s, p, length):
    # Returns (code, fields, tz seconds, tz microseconds): code 0 without an
    # offset, 1 with one, negative on error (parse_isoformat_time()).
    end = p + length
    tzpos = p
    while True:
        c = s[tzpos]
        if c == 'Z' or c == '+' or c == '-':
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, vals = _parse_hh_mm_ss_ff(s, p, tzpos)
    if rv < 0:
        return rv, vals, 0, 0
    if tzpos == end:
        return (-5 if rv == 1 else 0), vals, 0, 0
    if s[tzpos] == 'Z':
        if s[tzpos + 1] != '\0':
            return -5, vals, 0, 0
        return 1, vals, 0, 0
    sign = -1 if s[tzpos] == '-' else 1
    rv, tzvals = _parse_hh_mm_ss_ff(s, tzpos + 1, end)
    offset = sign * (tzvals[0] * 3600 + tzvals[1] * 60 + tzvals[2])
    return (-5 if rv else 1), vals, offset, sign * tzvals[3]


def _tz_from_iso(rv, offset, tz_us):
    if rv != 1:
        return None
    if offset == 0:
        return timezone.utc
    delta = _delta_from_fields(0, offset, tz_us)
    _check_offset(delta)
    return _make_timezone(delta, None)


def _find_iso_separator(s, length):
    # Where the date ends in a datetime string (see CPython's
    # _find_isoformat_datetime_separator()).
    if length == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if length < 8:
                return -1
            if length > 8 and s[8] == '-':
                if length == 9:
                    return -1
                if length > 10 and '0' <= s[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        idx = 7
        while idx < length and '0' <= s[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


################################################################################
### tzinfo and timezone
################################################################################

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_utcoffset(self, dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_utcoffset(self, dt, "dst")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        result = _add_to_datetime(dt, off - dst, 1)
        dst = _call_utcoffset(self, result, "dst")
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent "
                             "results; cannot convert")
        if dst:
            result = _add_to_datetime(result, dst, 1)
        return result

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


def _make_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % _arg_type_name(offset))
        if name is _MISSING:
            if not offset:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_type_name(name))
        _check_offset(offset)
        return _make_timezone(offset, name)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        offset = self._offset
        if self is timezone.utc or not offset:
            return "UTC"
        return "UTC" + _format_offset(offset, ":")

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)


def _arg_type_name(value):
    if value is None:
        return 'None'
    return type(value).__name__


timezone.utc = _make_timezone(_ZERO, None)
timezone.min = _make_timezone(_make_delta(timedelta, -1, 60, 0), None)
timezone.max = _make_timezone(_make_delta(timedelta, 0, 86340, 0), None)
UTC = timezone.utc

# The local time zone: ouro has no localtime(), so it is UTC.
_LOCAL_TZ_NAME = 'UTC'


def _local_timezone():
    return _make_timezone(_ZERO, _LOCAL_TZ_NAME)


def _local_to_seconds(ordinal, fold):
    # CPython finds the UTC time of a local time by probing a day either
    # side of it; near the ends of the range the probe leaves it.
    if ordinal == 1:
        raise ValueError("year 0 is out of range")
    if fold and ordinal == _MAX_ORDINAL:
        raise ValueError("year 10000 is out of range")


################################################################################
### date
################################################################################

def _make_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _new_date(cls, year, month, day):
    # A date of class cls, checked; a subclass gets its constructor called.
    if cls is date:
        _check_date_fields(year, month, day)
        return _make_date(date, year, month, day)
    return cls(year, month, day)


def _timestamp_parts(t, floor=False):
    # Split a POSIX timestamp into whole seconds and microseconds, rounding
    # half to even as CPython does (or only the seconds, rounded down).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor:
            whole = float(_math.floor(t)) if _math.isfinite(t) else t
            if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
                raise OverflowError("timestamp out of range for platform "
                                    "time_t")
            return int(whole), 0
        frac, whole = _math.modf(t)
        frac *= 1e6
        frac = float(round(frac))
        if frac >= 1e6:
            frac -= 1e6
            whole += 1.0
        elif frac < 0:
            frac += 1e6
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(frac)
    if not isinstance(t, int):
        try:
            t = _index(t)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__) from None
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _utc_fields(seconds):
    # (y, m, d, hh, mm, ss) for whole seconds since the epoch (gmtime()).
    days, rem = divmod(seconds, 86400)
    ordinal = days + _EPOCH_ORDINAL
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    if 1 <= ordinal <= _MAX_ORDINAL:
        y, m, d = _ord_to_ymd(ordinal)
        return y, m, d, hh, mm, ss
    # Out of range: only the year matters, for the error message, unless
    # gmtime() itself fails (the year does not fit a C int).
    y = (ordinal - 1) * 400 // 146097 + 1
    while _days_before_year(y) >= ordinal:
        y -= 1
    while _days_before_year(y + 1) < ordinal:
        y += 1
    if not -2147483648 <= y - 1900 <= 2147483647:
        raise OverflowError("timestamp out of range for platform time_t")
    raise ValueError("year %d is out of range" % y)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        _check_date_fields(year, month, day)
        return _make_date(cls, year, month, day)

    # Other constructors.

    @classmethod
    def fromtimestamp(cls, t):
        "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time."
        seconds, _ = _timestamp_parts(t, True)
        y, m, d, _, _, _ = _utc_fields(seconds)
        return _new_date(cls, y, m, d)

    @classmethod
    def today(cls):
        "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        y, m, d = _ord_to_ymd(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            s = _iso_bytes(date_string)
        except UnicodeError:
            s = None
        length = len(s) - 12 if s is not None else 0
        if s is not None and (length == 7 or length == 8 or length == 10):
            ymd = _parse_iso_date(s, length)
            if not isinstance(ymd, int):
                return _new_date(cls, ymd[0], ymd[1], ymd[2])
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year = _c_int(year)
        week = _c_int(week)
        day = _c_int(day)
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        ymd = _iso_to_ymd(year, week, day)
        if ymd == -2:
            raise ValueError("Invalid week: %d" % week)
        if ymd == -4:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _new_date(cls, ymd[0], ymd[1], ymd[2])

    # Conversions to string.

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self, date, 'datetime.date'),
                                   self._year, self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _ABBR_DAYS[weekday], _ABBR_MONTHS[self._month], self._day,
            self._year)

    def strftime(self, format):
        "format -> strftime() style string."
        return _wrap_strftime(self, format, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    # Read-only field accessors.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Standard conversions.

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day,
                                  0, 0, 0, -1)

    def toordinal(self):
        "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        """Return date with new specified fields."""
        year = self._year if year is _MISSING else _c_int(year)
        month = self._month if month is _MISSING else _c_int(month)
        day = self._day if day is _MISSING else _c_int(day)
        _check_date_fields(year, month, day)
        return _make_date(type(self), year, month, day)

    # Comparisons of date objects with other.  (A datetime compared with a
    # date never gets here: its reflected comparison runs first.)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    # Computations.

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                y, m, d = _ord_to_ymd(n)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if 0 < n <= _MAX_ORDINAL:
                y, m, d = _ord_to_ymd(n)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _make_delta(timedelta, self.toordinal() - other.toordinal(),
                               0, 0)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _date_class.__sub__(other, self)
        return NotImplemented

    def weekday(self):
        "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self.toordinal(), self._year))

    def __reduce__(self):
        return (type(self), self._date_key())


date.min = _make_date(date, 1, 1, 1)
date.max = _make_date(date, 9999, 12, 31)
date.resolution = _make_delta(timedelta, 1, 0, 0)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # This code is intended to pickle the object without making the
        # class public: it unpickles as a plain tuple.
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _type_name(self, _IsoCalendarDate, 'datetime.IsoCalendarDate'),
            self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate             # CPython does not export the class


################################################################################
### time
################################################################################

def _make_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _time_repr(name, h, m, s, us, tz, fold, fold_first):
    if us:
        r = "%s(%d, %d, %d, %d)" % (name, h, m, s, us)
    elif s:
        r = "%s(%d, %d, %d)" % (name, h, m, s)
    else:
        r = "%s(%d, %d)" % (name, h, m)
    extra = []
    if fold and fold_first:
        extra.append("fold=1")
    if tz is not None:
        extra.append("tzinfo=%r" % (tz,))
    if fold and not fold_first:
        extra.append("fold=1")
    if extra:
        r = r[:-1] + ", " + ", ".join(extra) + ")"
    return r


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour = _c_int(hour)
        minute = _c_int(minute)
        second = _c_int(second)
        microsecond = _c_int(microsecond)
        fold = _c_int(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _make_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    # Read-only field accessors.

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Comparisons.

    def _cmp(self, other):
        # -1/0/1, or None when naive and aware meet.
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            off1 = _call_utcoffset(self._tzinfo, None)
            off2 = _call_utcoffset(other._tzinfo, None)
            if not (off1 is off2 or (off1 is not None and off2 is not None
                                     and off1 == off2)):
                if off1 is None or off2 is None:
                    return None
                # CPython compares whole seconds net of the offsets, then
                # the microseconds of the times (not of the offsets).
                s1 = (self._hour * 3600 + self._minute * 60 + self._second
                      - off1._days * 86400 - off1._seconds)
                s2 = (other._hour * 3600 + other._minute * 60 + other._second
                      - off2._days * 86400 - off2._seconds)
                a = (s1, self._microsecond)
                b = (s2, other._microsecond)
        return 0 if a == b else (-1 if a < b else 1)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        c = self._cmp(other)
        if c is None:
            if op == 2:
                return False
            if op == 3:
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _CMP_OPS[op](c)

    def __eq__(self, other):
        return self._compare(other, 2)

    def __ne__(self, other):
        return self._compare(other, 3)

    def __lt__(self, other):
        return self._compare(other, 0)

    def __le__(self, other):
        return self._compare(other, 1)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            offset = _call_utcoffset(t._tzinfo, None)
            if offset is None:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                delta = _delta_from_fields(0, seconds, self._microsecond)
                self._hashcode = hash(delta - offset)
        return self._hashcode

    # Conversion to string.

    def __repr__(self):
        return _time_repr(_type_name(self, time, 'datetime.time'), self._hour,
                          self._minute, self._second, self._microsecond,
                          self._tzinfo, self._fold, False)

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % type(timespec).__name__)
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(_call_utcoffset(self._tzinfo, None), ":")

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            s = _iso_bytes(time_string)
        except UnicodeError:
            s = None
        if s is not None:
            length = len(s) - 12
            p = 0
            if s[0] == 'T':
                p = 1
                length -= 1
            rv, vals, offset, tz_us = _parse_iso_time(s, p, length)
            if rv >= 0:
                tz = _tz_from_iso(rv, offset, tz_us)
                if cls is time:
                    _check_time_fields(vals[0], vals[1], vals[2], vals[3], 0)
                    return _make_time(time, vals[0], vals[1], vals[2],
                                      vals[3], tz, 0)
                return cls(vals[0], vals[1], vals[2], vals[3], tz)
        raise ValueError("Invalid isoformat string: %r" % (time_string,))

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt, self._microsecond,
                              self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # Timezone functions.

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_utcoffset(self._tzinfo, None, "dst")

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return time with new specified fields."""
        hour = self._hour if hour is _MISSING else _c_int(hour)
        minute = self._minute if minute is _MISSING else _c_int(minute)
        second = self._second if second is _MISSING else _c_int(second)
        microsecond = (self._microsecond if microsecond is _MISSING
                       else _c_int(microsecond))
        if tzinfo is True:
            tzinfo = self._tzinfo
        fold = self._fold if fold is _MISSING else _c_int(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _make_time(type(self), hour, minute, second, microsecond,
                          tzinfo, fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond,
                self._tzinfo)
        if self._fold:
            return (_time_with_fold, (type(self), args))
        return (type(self), args)


def _time_with_fold(cls, args):
    return cls(*args, fold=1)


def _datetime_with_fold(cls, args):
    return cls(*args, fold=1)


# Comparison results from a -1/0/1 comparison, by CPython's op numbers.
_CMP_OPS = (
    lambda c: c < 0,
    lambda c: c <= 0,
    lambda c: c == 0,
    lambda c: c != 0,
    lambda c: c > 0,
    lambda c: c >= 0,
)

time.min = _make_time(time, 0, 0, 0, 0, None, 0)
time.max = _make_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _make_delta(timedelta, 0, 0, 1)


################################################################################
### datetime
################################################################################

def _make_datetime(cls, year, month, day, hour, minute, second, microsecond,
                   tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    # A datetime of class cls, checked; a subclass gets its constructor
    # called (with fold=1 only when it is set).
    if cls is datetime:
        _check_date_fields(y, m, d)
        _check_time_fields(hh, mm, ss, us, fold)
        return _make_datetime(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=1)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _add_to_datetime(dt, delta, factor):
    # dt + factor * delta, keeping dt's class and tzinfo (fold is dropped).
    us = dt._microsecond + factor * delta._microseconds
    seconds = (dt._hour * 3600 + dt._minute * 60 + dt._second
               + factor * delta._seconds)
    days = factor * delta._days
    carry, us = divmod(us, 1000000)
    seconds += carry
    carry, seconds = divmod(seconds, 86400)
    days += carry
    n = _ymd_to_ord(dt._year, dt._month, dt._day) + days
    if n < 1 or n > _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(n)
    hh, seconds = divmod(seconds, 3600)
    mm, ss = divmod(seconds, 60)
    return _new_datetime(type(dt), y, m, d, hh, mm, ss, us, dt._tzinfo)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0,
                minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        hour = _c_int(hour)
        minute = _c_int(minute)
        second = _c_int(second)
        microsecond = _c_int(microsecond)
        fold = _c_int(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _make_datetime(cls, year, month, day, hour, minute, second,
                              microsecond, tzinfo, fold)

    # Read-only field accessors.

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Other constructors.

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        seconds, us = _timestamp_parts(t)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        if not utc:
            # CPython probes a day earlier for a fold in local time.
            _local_to_seconds(_ymd_to_ord(y, m, d), 0)
        result = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        ns = _time.time_ns()
        seconds, ns = divmod(ns, 1000000000)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        result = _new_datetime(cls, y, m, d, hh, mm, ss, ns // 1000, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls):
        "Return a new datetime representing UTC day and time."
        ns = _time.time_ns()
        seconds, ns = divmod(ns, 1000000000)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        return _new_datetime(cls, y, m, d, hh, mm, ss, ns // 1000, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "date, time -> datetime with same date and time fields"
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day,
                             time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        # A surrogate can only stand in for the separator, which it becomes.
        for pos in (7, 8, 10):
            if pos > len(s):
                break
            if pos < len(s) and '\ud800' <= s[pos] <= '\udfff':
                s = s[:pos] + 'T' + s[pos + 1:]
                break
        try:
            s = _iso_bytes(s)
        except UnicodeError:
            s = None
        if len(date_string) < 7:
            s = None                # too short for any of the forms
        if s is not None:
            length = len(s) - 12
            sep = _find_iso_separator(s, length)
            ymd = _parse_iso_date(s, sep) if sep >= 0 else -1
            rv = 0
            vals = (0, 0, 0, 0)
            offset = tz_us = 0
            if not isinstance(ymd, int) and length > sep:
                # The separator is any one character, however many bytes
                # its UTF-8 takes.
                lead = ord(s[sep])
                if lead < 0x80:
                    p = sep + 1
                elif lead & 0xf0 == 0xe0:
                    p = sep + 3
                elif lead & 0xf0 == 0xf0:
                    p = sep + 4
                else:
                    p = sep + 2
                rv, vals, offset, tz_us = _parse_iso_time(s, p, length - p)
            if not isinstance(ymd, int) and rv >= 0:
                tz = _tz_from_iso(rv, offset, tz_us)
                return _new_datetime(cls, ymd[0], ymd[1], ymd[2], vals[0],
                                     vals[1], vals[2], vals[3], tz)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % type(format).__name__)
        fields, gmtoff, gmtoff_fraction, tzname = _strptime(date_string,
                                                            format)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            if tzname:
                tz = timezone(delta, tzname)
            else:
                tz = timezone(delta)
            return cls(*fields, tz)
        return cls(*fields)

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        dst = _call_utcoffset(self._tzinfo, self, "dst")
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, flag)

    def timestamp(self):
        "Return POSIX timestamp as float."
        if self._tzinfo is None:
            ordinal = _ymd_to_ord(self._year, self._month, self._day)
            _local_to_seconds(ordinal, self._fold)
            seconds = ((ordinal - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                       + self._minute * 60 + self._second)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple, compatible with time.localtime()."
        offset = _call_utcoffset(self._tzinfo, self)
        dt = self
        if offset is not None:
            dt = _add_to_datetime(self, offset, -1)
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, 0)

    def date(self):
        "Return date object with same year, month and day."
        return _make_date(_date_class, self._year, self._month, self._day)

    def time(self):
        "Return time object with same time but with tzinfo=None."
        return _make_time(_time_class, self._hour, self._minute, self._second,
                          self._microsecond, None, self._fold)

    def timetz(self):
        "Return time object with same time and tzinfo."
        return _make_time(_time_class, self._hour, self._minute, self._second,
                          self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING,
                hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        """Return datetime with new specified fields."""
        year = self._year if year is _MISSING else _c_int(year)
        month = self._month if month is _MISSING else _c_int(month)
        day = self._day if day is _MISSING else _c_int(day)
        hour = self._hour if hour is _MISSING else _c_int(hour)
        minute = self._minute if minute is _MISSING else _c_int(minute)
        second = self._second if second is _MISSING else _c_int(second)
        microsecond = (self._microsecond if microsecond is _MISSING
                       else _c_int(microsecond))
        if tzinfo is True:
            tzinfo = self._tzinfo
        fold = self._fold if fold is _MISSING else _c_int(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _make_datetime(type(self), year, month, day, hour, minute,
                              second, microsecond, tzinfo, fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        self_tz = self._tzinfo
        offset = None
        if self_tz is not None:
            if self_tz is tz:
                return self
            offset = _call_utcoffset(self_tz, self)
        if offset is None:
            # Naive (or an offset of None): the local zone.
            _local_to_seconds(_ymd_to_ord(self._year, self._month, self._day),
                              self._fold)
            self_tz = _local_timezone()
            if self_tz is tz:
                return self
            offset = _ZERO
        utc = _add_to_datetime(self, offset, -1)
        if tz is None:
            tz = _local_timezone()
        utc = _make_datetime(type(utc), utc._year, utc._month, utc._day,
                             utc._hour, utc._minute, utc._second,
                             utc._microsecond, tz, utc._fold)
        return tz.fromutc(utc)

    # Ways to produce a string.

    def ctime(self):
        "Return ctime() style string."
        weekday = (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _ABBR_DAYS[weekday], _ABBR_MONTHS[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode "
                                "character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % type(timespec).__name__)
        s = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return s + _format_offset(_call_utcoffset(self._tzinfo, self), ":")

    def __repr__(self):
        name = _type_name(self, datetime, 'datetime.datetime')
        if self._microsecond:
            r = "%s(%d, %d, %d, %d, %d, %d, %d)" % (
                name, self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)
        elif self._second:
            r = "%s(%d, %d, %d, %d, %d, %d)" % (
                name, self._year, self._month, self._day, self._hour,
                self._minute, self._second)
        else:
            r = "%s(%d, %d, %d, %d, %d)" % (
                name, self._year, self._month, self._day, self._hour,
                self._minute)
        extra = []
        if self._fold:
            extra.append("fold=1")
        if self._tzinfo is not None:
            extra.append("tzinfo=%r" % (self._tzinfo,))
        if extra:
            r = r[:-1] + ", " + ", ".join(extra) + ")"
        return r

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        "format -> strftime() style string."
        return _wrap_strftime(self, format, self.timetuple(),
                              self._microsecond, self._tzinfo, self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_utcoffset(self._tzinfo, self, "dst")

    # Comparisons of datetime objects with other.

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, eq):
        # -1/0/1, or None when naive and aware meet.
        if self._tzinfo is other._tzinfo:
            a, b = self._key(), other._key()
            return 0 if a == b else (-1 if a < b else 1)
        off1 = _call_utcoffset(self._tzinfo, self)
        off2 = _call_utcoffset(other._tzinfo, other)
        if off1 is off2 or (off1 is not None and off2 is not None
                            and off1 == off2):
            a, b = self._key(), other._key()
            c = 0 if a == b else (-1 if a < b else 1)
        elif off1 is not None and off2 is not None:
            delta = self - other
            if delta._days:
                c = -1 if delta._days < 0 else 1
            else:
                c = 1 if (delta._seconds or delta._microseconds) else 0
        else:
            return None
        if eq and c == 0 and (_fold_changes_offset(self, off1)
                              or _fold_changes_offset(other, off2)):
            c = 1
        return c

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare %s to %s" % (
                    _type_name(self, datetime, 'datetime.datetime'),
                    _type_name(other, date, 'datetime.date')))
            return NotImplemented
        c = self._cmp(other, op == 2 or op == 3)
        if c is None:
            if op == 2:
                return False
            if op == 3:
                return True
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return _CMP_OPS[op](c)

    def __eq__(self, other):
        return self._compare(other, 2)

    def __ne__(self, other):
        return self._compare(other, 3)

    def __lt__(self, other):
        return self._compare(other, 0)

    def __le__(self, other):
        return self._compare(other, 1)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            offset = _call_utcoffset(t._tzinfo, t)
            if offset is None:
                self._hashcode = hash(self._key())
            else:
                days = _ymd_to_ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                delta = _delta_from_fields(days, seconds, self._microsecond)
                self._hashcode = hash(delta - offset)
        return self._hashcode

    # Computations.

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if isinstance(other, timedelta):
            return _add_to_datetime(self, other, 1)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                off1 = off2 = None
            else:
                off1 = _call_utcoffset(self._tzinfo, self)
                off2 = _call_utcoffset(other._tzinfo, other)
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
            days = (_ymd_to_ord(self._year, self._month, self._day)
                    - _ymd_to_ord(other._year, other._month, other._day))
            seconds = ((self._hour - other._hour) * 3600
                       + (self._minute - other._minute) * 60
                       + (self._second - other._second))
            result = _delta_from_fields(days, seconds,
                                        self._microsecond - other._microsecond)
            if off1 is not off2 and off1 != off2:
                result = result - (off1 - off2)
            return result
        if isinstance(other, timedelta):
            return _add_to_datetime(self, other, -1)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, datetime):
            return datetime.__sub__(other, self)
        return NotImplemented

    def __reduce__(self):
        args = self._key() + (self._tzinfo,)
        if self._fold:
            return (_datetime_with_fold, (type(self), args))
        return (type(self), args)


def _fold_changes_offset(dt, offset):
    # PEP 495: an aware datetime in a fold or gap is not equal to anything
    # if flipping its fold changes its offset.
    if offset is None:
        return False
    flipped = _call_utcoffset(dt._tzinfo, dt.replace(fold=1 - dt._fold))
    return flipped is not offset and flipped != offset


_date_class = date
_time_class = time

datetime.min = _make_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _make_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999,
                              None, 0)
datetime.resolution = _make_delta(timedelta, 0, 0, 1)

_EPOCH = _make_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)
