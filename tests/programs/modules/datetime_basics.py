# datetime: date, time and datetime construction, fields, repr/str,
# isoformat, comparisons, arithmetic with timedelta, range errors.
from datetime import date, time, datetime, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()))
print(d.isocalendar(), d.isocalendar().week, tuple(date(2021, 1, 3).isocalendar()))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(d + timedelta(days=366), d - timedelta(weeks=10), d - date(2000, 1, 1))
print(d.replace(day=1), d.replace(year=2023, day=28), d.timetuple())

t = time(13, 5, 9, 250)
print(repr(t), str(t), t.isoformat("milliseconds"), t.isoformat("minutes"))
print(repr(time()), repr(time(0, 0, 7)), repr(time(23, 59, 59, 999999, fold=1)))
print(time(7, 30) < time(7, 31), time(12) == time(12, 0, 0, 0), bool(time()))

dt = datetime(1999, 12, 31, 23, 59, 58, 999999)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(dt.date(), dt.time(), dt + timedelta(microseconds=2), dt + timedelta(hours=-24))
print(datetime.combine(date(2010, 6, 15), time(8, 45)), dt.ctime())
print(datetime(2020, 5, 17) - datetime(2019, 5, 17, 12), datetime.min, datetime.max)
print(sorted([datetime(2001, 1, 1), datetime(2000, 12, 31, 23), datetime(2001, 1, 1, 0, 0, 1)]))
print(dt.timetuple().tm_yday, dt.utctimetuple().tm_isdst, dt.toordinal())
print(datetime(2000, 1, 1) == date(2000, 1, 1), date(2000, 1, 1) == date(2000, 1, 1))
print(hash(date(2000, 1, 1)) == hash(date(2000, 1, 1)), len({dt, dt.replace(), dt + timedelta(0)}))

# Range checks and their messages
for args in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2023, 13, 1), (2023, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: date(2020.0, 1, 1), lambda: date(2020), lambda: datetime(2020, 1, 1, fold=2),
            lambda: date.max + timedelta(1), lambda: date.fromordinal(0), lambda: time(tzinfo=5)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# Subclasses keep their class through arithmetic
class Day(date):
    def label(self):
        return "day %d of %d" % (self.timetuple().tm_yday, self.year)
x = Day(2022, 3, 1)
print(repr(x), x.label(), type(x + timedelta(1)).__name__, repr(Day.fromisoformat("2022-12-31")))
print(date.fromisocalendar(2020, 53, 7), date.fromisoformat("2021-W01-1"), date.fromisoformat("20210704"))
