"""calendar: calendar computations and printing (CPython 3.11 compatible).

By default weeks start on Monday (0 = Monday ... 6 = Sunday); use
setfirstweekday() to change that.

Supported: isleap, leapdays, weekday, monthrange, monthcalendar,
setfirstweekday/firstweekday, week/prweek, weekheader, month/prmonth,
calendar/prcal, format/formatstring, timegm, the names month_name,
month_abbr, day_name and day_abbr, the constants MONDAY..SUNDAY, mdays,
January, February, EPOCH, the errors IllegalMonthError and
IllegalWeekdayError (both ValueError, also available as `error`), and the
classes Calendar (iterweekdays, itermonthdates, itermonthdays,
itermonthdays2/3/4, month*calendar, year*calendar), TextCalendar and
HTMLCalendar (including formatyearpage).

Not supported: locales.  Names are always the English ones of the C
locale, and LocaleTextCalendar/LocaleHTMLCalendar, different_locale and
the command-line interface (main) are absent.
"""

import datetime
import sys
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % self.weekday)


January = 1
February = 2

# Days per month (February in a common year); index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _names:
    """A read-only sequence of names, indexable and sliceable like a list."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_month(_names):
    pass


class _localized_day(_names):
    pass


_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday")

day_name = _localized_day(list(_DAYS))
day_abbr = _localized_day([d[:3] for d in _DAYS])
month_name = _localized_month([""] + list(_MONTHS))
month_abbr = _localized_month([""] + [m[:3] for m in _MONTHS])

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for
       year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)]


class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Iterate over the weekday numbers of one week, first day first."""
        first = self.firstweekday
        for i in range(first, first + 7):
            yield i % 7

    def _padding(self, year, month):
        # (days shown before the 1st, days in the month, days shown after)
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        return before, ndays, after

    def itermonthdates(self, year, month):
        """Iterate over datetime.date values for whole weeks of the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Iterate over day numbers of whole weeks; 0 outside the month."""
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """Iterate over (day number, weekday number) pairs."""
        for i, d in enumerate(self.itermonthdays(year, month),
                              self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """Iterate over (year, month, day) triples of whole weeks."""
        before, ndays, after = self._padding(year, month)
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """Iterate over (year, month, day, weekday) tuples."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        """A month as a list of weeks of datetime.date values."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """A month as a list of weeks of (day, weekday) pairs."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """A month as a list of weeks of day numbers (0 outside it)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of up to width months of monthdatescalendar."""
        return _rows([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of up to width months of monthdays2calendar."""
        return _rows([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of up to width months of monthdayscalendar."""
        return _rows([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """Print a single week (no newline)."""
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        """Returns a formatted day."""
        s = "%2i" % day if day else ""
        return s.center(width)

    def formatweek(self, theweek, width):
        """Returns a single week in a string (no newline)."""
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        """Returns a formatted week day name."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """Return a header for a week."""
        return " ".join(self.formatweekday(i, width)
                        for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Return a formatted month name."""
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month's calendar."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """Return a month's calendar string (multi-line)."""
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        sep = "\n" * l
        return "".join(line.rstrip() + sep for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """Returns a year's calendar as a multi-line string."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        sep = "\n" * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), sep]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(sep)
            names = [self.formatmonthname(theyear, k, colwidth, False)
                     for k in months]
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(sep)
            out.append(formatstring([header for k in months], colwidth,
                                    c).rstrip())
            out.append(sep)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ""
                         for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(sep)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """Return a day as a table cell."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """Return a complete week as a table row."""
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd)
                                       for d, wd in theweek)

    def formatweekday(self, day):
        """Return a weekday name as a table header."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        """Return a header for a week as a table row."""
        return "<tr>%s</tr>" % "".join(self.formatweekday(i)
                                       for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        """Return a month name as a table row."""
        if withyear:
            s = "%s %s" % (month_name[themonth], theyear)
        else:
            s = "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        """Return a formatted month as a table."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="%s">' % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week))
        parts.append("</table>")
        return "\n".join(parts) + "\n"

    def formatyear(self, theyear, width=3):
        """Return a formatted year as a table of tables."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" '
               'class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            out.append("<tr>")
            for m in range(i, min(i + width, 13)):
                out.append("<td>")
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append("</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css",
                       encoding=None):
        """Return a formatted year as a complete HTML page (bytes)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        out = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               "<html>\n", "<head>\n",
               '<meta http-equiv="Content-Type" content="text/html; '
               'charset=%s" />\n' % encoding]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n'
                       % css)
        out.append("<title>Calendar for %d</title>\n" % theyear)
        out.append("</head>\n<body>\n")
        out.append(self.formatyear(theyear, width))
        out.append("</body>\n</html>\n")
        return "".join(out).encode(encoding, "xmlcharrefreplace")


# The module-level interface uses one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1   # width of one month column
_spacing = 6            # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    return (spacing * " ").join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
