# calendar: text and HTML output of months and years.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=2))
print(calendar.month(2021, 1, 0, 0))
calendar.prmonth(1999, 12)
calendar.prmonth(2024, 9, w=4)
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4)[:700])
print(calendar.TextCalendar().formatyear(2025, m=2, c=3)[-500:])

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 6))
print(repr(tc.formatweekheader(3)), repr(tc.formatweekheader(10)))
print(repr(tc.formatmonthname(2024, 6, 20)), repr(tc.formatmonthname(2024, 6, 20, False)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 3)), repr(tc.formatday(17, 0, 5)))
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1)], 2)))
tc.prweek([(30, 0), (31, 1)], 2)
print("|")
print(tc.formatyear(2024, m=6)[:600])
print(calendar.TextCalendar(3).formatyear(1, w=2, l=1, c=6, m=1)[:300])
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)
calendar.format(["one", "two", "three"])

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatday(0, 3), hc.formatday(15, 5), hc.formatweekday(6))
print(hc.formatweekheader())
print(hc.formatmonthname(2024, 7))
hc = calendar.HTMLCalendar(calendar.SUNDAY)
hc.cssclass_noday = "empty"
hc.cssclasses = ["m", "t", "w", "th", "f", "sa", "su"]
print(hc.formatmonth(2023, 4))
y = hc.formatyear(2024, 4)
print(len(y), y[:400])
print(y.count("<tr>"), y.count("<table"), y.count('class="empty"'))
page = calendar.HTMLCalendar().formatyearpage(2024, css=None, encoding="ascii")
print(type(page).__name__, len(page), page[:250])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
