# calendar: leap years, weekdays, month ranges, names, timegm, Calendar.
import calendar
import datetime

print([y for y in range(1896, 1913) if calendar.isleap(y)])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001),
      calendar.leapdays(2001, 2000), calendar.leapdays(1, 10000))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)])
print(calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1),
      calendar.weekday(0, 3, 1), calendar.weekday(-400, 1, 1))
print([calendar.monthrange(2023, m) for m in range(1, 13)])
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.error is ValueError, calendar.mdays, calendar.EPOCH)
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February)

print(list(calendar.month_name), len(calendar.month_name))
print(list(calendar.month_abbr), calendar.month_abbr[1:4])
print(list(calendar.day_name), calendar.day_name[-1], calendar.day_abbr[0])
print(list(calendar.day_abbr), calendar.day_name[::2], len(calendar.day_abbr))
try:
    calendar.month_name[13]
except IndexError as e:
    print("IndexError", e)

print(calendar.timegm((1970, 1, 1, 0, 0, 0)),
      calendar.timegm((2024, 2, 29, 12, 30, 45, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm((2000, 1, 1, 0, 0, 0)))
print(calendar.timegm(datetime.datetime(2021, 7, 4, 1, 2, 3).timetuple()))

print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)),
      repr(calendar.weekheader(1)))
calendar.setfirstweekday(0)

cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, list(cal.iterweekdays()))
cal.firstweekday = 9
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal = calendar.Calendar(6)
print(list(cal.itermonthdays(2024, 3)))
print(list(cal.itermonthdays2(2024, 3))[:9])
print(list(cal.itermonthdays3(2023, 12))[-8:])
print(list(cal.itermonthdays3(2024, 1))[:3])
print(list(cal.itermonthdays4(2024, 1))[:3])
print([str(d) for d in cal.itermonthdates(2024, 12)][-5:])
print(cal.monthdatescalendar(2023, 1)[0])
print(cal.monthdays2calendar(2023, 1)[-1])
print(calendar.Calendar().monthdayscalendar(2015, 2))
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2])
print(list(calendar.Calendar(0).itermonthdays3(9999, 12))[-4:])
yd = calendar.Calendar().yeardayscalendar(2024, 4)
print(len(yd), [len(row) for row in yd], yd[2][3][0])
y2 = calendar.Calendar().yeardays2calendar(2024)
print(len(y2), y2[0][1][4])
ydc = calendar.Calendar().yeardatescalendar(2024, 6)
print(len(ydc), ydc[1][5][-1][-1])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
