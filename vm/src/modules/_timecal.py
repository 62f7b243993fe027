"""The calendar half of `time`, written in Python and imported when first
asked for (time's `__getattr__` keeps what it asked for in time):
struct_time, gmtime, localtime, mktime, asctime, ctime, strftime and
strptime.

Differences from CPython: the local time zone is UTC (no tz database is
read), and strftime/strptime know the C locale only.
"""

import time as _time
# (time's own results are untracked, as CPython's PyStructSequence_New
# leaves them; `time.struct_time(...)` called by a program is tracked.)
from _ouro import untrack as _untrack

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            if len(seq) < 9:
                raise TypeError(
                    f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
            raise TypeError(
                f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(_FIELDS, self))
        return f"time.struct_time({parts})"

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


struct_time.__module__ = "time"


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_CUM = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _yday(y, m, d):
    return _CUM[m - 1] + d + (1 if m > 2 and _is_leap(y) else 0)


def _from_days(n):
    """(year, month, day) of day n, 1970-01-01 being 0 (proleptic
    Gregorian)."""
    n += 719468
    era = n // 146097
    doe = n - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y, m, d)


def _seconds(secs):
    if secs is None:
        return int(_time.time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def gmtime(secs=None):
    # glibc names the zone of gmtime() "GMT", of a UTC localtime() "UTC".
    return _broken_down(secs, "GMT")


def _broken_down(secs, zone):
    s = _seconds(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    return _untrack(struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0, zone, 0)))


def localtime(secs=None):
    return _broken_down(secs, "UTC")


def _check(t, name):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    return t


def mktime(t):
    y, m, d, hh, mm, ss = _check(t, "mktime")[:6]
    # Months out of range roll into the year, as C's mktime normalizes.
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    days = _days_before_year(y) - _days_before_year(1970) + _yday(y, m, 1) - 1 + (d - 1)
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)


def asctime(t=None):
    t = localtime() if t is None else _check(t, "asctime")
    y, m, d, hh, mm, ss, wday = t[:7]
    return (f"{_DAYS[wday][:3]} {_MONTHS[m - 1][:3]} {d:2d} "
            f"{hh:02d}:{mm:02d}:{ss:02d} {y}")


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    t = localtime() if t is None else t
    zone = t.tm_zone if isinstance(t, struct_time) and t.tm_zone else "UTC"
    t = _check(t, "strftime")
    y, m, d, hh, mm, ss, wday, yday = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        if k == "Y":
            out.append(str(y))
        elif k == "m":
            out.append(f"{m:02d}")
        elif k == "d":
            out.append(f"{d:02d}")
        elif k == "H":
            out.append(f"{hh:02d}")
        elif k == "I":
            out.append(f"{(hh % 12) or 12:02d}")
        elif k == "M":
            out.append(f"{mm:02d}")
        elif k == "S":
            out.append(f"{ss:02d}")
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "y":
            out.append(f"{y % 100:02d}")
        elif k == "j":
            out.append(f"{yday:03d}")
        elif k == "a":
            out.append(_DAYS[wday][:3])
        elif k == "A":
            out.append(_DAYS[wday])
        elif k == "b" or k == "h":
            out.append(_MONTHS[m - 1][:3])
        elif k == "B":
            out.append(_MONTHS[m - 1])
        elif k == "w":
            out.append(str((wday + 1) % 7))
        elif k == "u":
            out.append(str(wday + 1))
        elif k == "U":
            out.append(f"{(yday + 6 - (wday + 1) % 7) // 7:02d}")
        elif k == "W":
            out.append(f"{(yday + 6 - wday) // 7:02d}")
        elif k == "c":
            out.append(asctime(t))
        elif k == "x":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif k == "X":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif k == "D":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif k == "T":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif k == "R":
            out.append(f"{hh:02d}:{mm:02d}")
        elif k == "F":
            out.append(f"{y}-{m:02d}-{d:02d}")
        elif k == "e":
            out.append(f"{d:2d}")
        elif k == "C":
            out.append(f"{y // 100:02d}")
        elif k == "G" or k == "V" or k == "g":
            iy, iw = _iso(y, yday, wday)
            out.append(str(iy) if k == "G" else f"{iy % 100:02d}" if k == "g" else f"{iw:02d}")
        elif k == "z":
            out.append("+0000")
        elif k == "Z":
            out.append(zone)
        elif k == "n":
            out.append("\n")
        elif k == "t":
            out.append("\t")
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


def _iso(y, yday, wday):
    """ISO year and week of a date given its year, yday (1-based) and
    weekday (Monday 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        days = 366 if _is_leap(y) else 365
        return _iso(y, yday + days, wday)
    if week == 53:
        days = 366 if _is_leap(y) else 365
        if yday - wday + 3 > days:
            return y + 1, 1
    return y, week


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    if not isinstance(string, str):
        raise TypeError(f"strptime() argument 0 must be str, not {type(string)}")
    y, m, d, hh, mm, ss = 1900, 1, 1, 0, 0, 0
    wday = None
    pm = None
    i = j = 0

    def number(width):
        nonlocal j
        start = j
        while j < len(string) and j - start < width and string[j].isdigit():
            j += 1
        if start == j:
            raise ValueError(f"time data {string!r} does not match format {format!r}")
        return int(string[start:j])

    def word(names):
        nonlocal j
        for idx, name in enumerate(names):
            for cand in (name, name[:3]):
                if string[j:j + len(cand)].lower() == cand.lower():
                    j += len(cand)
                    return idx
        raise ValueError(f"time data {string!r} does not match format {format!r}")

    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format):
            k = format[i + 1]
            i += 2
            if k == "Y":
                y = number(4)
            elif k == "y":
                v = number(2)
                y = v + (2000 if v < 69 else 1900)
            elif k == "m":
                m = number(2)
            elif k == "d":
                d = number(2)
            elif k == "H":
                hh = number(2)
            elif k == "I":
                hh = number(2)
            elif k == "M":
                mm = number(2)
            elif k == "S":
                ss = number(2)
            elif k == "p":
                pm = word(("AM", "PM")) == 1
            elif k in "bBh":
                m = word(_MONTHS) + 1
            elif k in "aA":
                wday = word(_DAYS)
            elif k == "j":
                number(3)
            elif k == "%":
                if string[j:j + 1] != "%":
                    raise ValueError(f"time data {string!r} does not match format {format!r}")
                j += 1
            else:
                raise ValueError(f"'{k}' is a bad directive in format '%{k}'")
        elif c.isspace():
            i += 1
            while j < len(string) and string[j].isspace():
                j += 1
        else:
            if string[j:j + 1] != c:
                raise ValueError(f"time data {string!r} does not match format {format!r}")
            i += 1
            j += 1
    if j < len(string):
        raise ValueError(f"unconverted data remains: {string[j:]}")
    if pm is not None:
        hh = hh % 12 + (12 if pm else 0)
    if not (1 <= m <= 12 and 1 <= d <= 31 and hh < 24 and mm < 60 and ss < 62):
        raise ValueError(f"time data {string!r} does not match format {format!r}")
    days = _days_before_year(y) - _days_before_year(1970) + _yday(y, m, d) - 1
    return _untrack(struct_time(
        (y, m, d, hh, mm, ss, (days + 3) % 7, _yday(y, m, d), -1, None, None)))
