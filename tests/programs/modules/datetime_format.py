# datetime: strftime (C-locale directives and GNU flags), strptime,
# fromisoformat, time zones (timezone, a tzinfo with DST), astimezone.
from datetime import date, time, datetime, timedelta, timezone, tzinfo

dt = datetime(2005, 3, 7, 9, 5, 3, 12)
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%x %X %p %I %j %U %W %w",
            "%G-W%V-%u %g %C %y %e %D %F %T %R %r", "%-d/%-m %_H %^a %#b %10Y %5%",
            "%z|%Z|%%|%Q|%", "%k %l %P %n%t!"]:
    print(repr(dt.strftime(fmt)))
print(date(5, 1, 1).strftime("%Y %F %c"), time(17, 8).strftime("%I:%M %p %f %Y"))
print("{:%d.%m.%Y}".format(dt), format(dt, ""), f"{time(1, 2):%H}")

for text, fmt in [("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S"),
                  ("Mon Mar  7 09:05:03 2005", "%c"), ("07/03/05", "%d/%m/%y"),
                  ("12:30 pm", "%I:%M %p"), ("2020-W53-7", "%G-W%V-%u"),
                  ("1999 366", "%Y %j"), ("10:11:12.5+0530", "%H:%M:%S.%f%z"),
                  ("2021-06-01T00:00:00Z", "%Y-%m-%dT%H:%M:%S%z"),
                  ("31 December", "%d %B"), ("2023-02-30", "%Y-%m-%d"),
                  ("2023-01-01 junk", "%Y-%m-%d"), ("2023", "%Y %"), ("1", "%q")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError", e)

for s in ["2011-11-04", "20111104", "2011-11-04T00:05:23", "2011-11-04 00:05:23.283",
          "2011-11-04T00:05:23Z", "2011-W01-2T00:05:23.283", "20111104T000523",
          "2011-11-04T00:05:23+04:00", "2011-11-04T00:05:23.123456789-02:30:15",
          "2011-11-04T24:00", "2011-11-04X", "2011/11/04"]:
    try:
        print(repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
print(repr(time.fromisoformat("T04:23:01,000384")), repr(time.fromisoformat("0423")))

class Eastern(tzinfo):
    # US Eastern time with the 2007 rules, enough for 2020.
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()) % 7)
        end = datetime(dt.year, 11, 1, 1) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

et = Eastern()
utc_times = [datetime(2020, 3, 8, 6, 30, tzinfo=timezone.utc), datetime(2020, 7, 4, 16, tzinfo=timezone.utc)]
for u in utc_times:
    local = u.astimezone(et)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local.strftime("%H:%M %Z %z"))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
print(repr(tz), tz, timezone(-timedelta(hours=3)), timezone.utc, timezone.min, timezone.max)
a = datetime(2020, 1, 1, 12, tzinfo=tz)
print(a, a.astimezone(timezone.utc), a.timestamp(), a == datetime(2020, 1, 1, 6, 30, tzinfo=timezone.utc))
print(datetime.fromtimestamp(1e9, timezone.utc), datetime.utcfromtimestamp(-1.5),
      datetime.utcfromtimestamp(1234567890.1234565))
try:
    datetime(2020, 1, 1) < a
except TypeError as e:
    print("TypeError", e)
