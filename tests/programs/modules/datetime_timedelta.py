# datetime.timedelta: normalisation, repr/str, arithmetic with ints,
# floats and timedeltas (round-half-even), total_seconds, limits.
from datetime import timedelta

cases = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1),
         timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5),
         timedelta(weeks=2, milliseconds=1500), timedelta(hours=-36.5),
         timedelta(microseconds=-1), timedelta(days=-2, seconds=86399)]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())

# Floats are rounded to the microsecond, ties to even
for us in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999, 1e-6]:
    print(us, repr(timedelta(microseconds=us)), repr(timedelta(seconds=us)))
print(repr(timedelta(days=0.1, hours=0.1, minutes=0.1, seconds=0.1)))

a = timedelta(hours=25, seconds=1)
b = timedelta(minutes=7, microseconds=3)
print(a + b, a - b, b - a, -a, +b, abs(-a), a * 3, 2 * b, a * 0.5, 0.1 * b)
print(a / 3, a / 2.5, a / b, a // b, a % b, divmod(a, b), a // 7)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) * (1 / 3), timedelta(days=1) / 7.0)
print(a > b, a == timedelta(seconds=90001), a != b, sorted([a, b, -b, timedelta(0)]))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), hash(a) == hash(timedelta(0, 90001)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(sum([timedelta(minutes=m) for m in range(0, 100, 7)], timedelta()))

for make in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1),
             lambda: timedelta(days="1"), lambda: timedelta(1) / 0,
             lambda: timedelta(1) // timedelta(0), lambda: timedelta(float("nan")),
             lambda: timedelta(1) * float("inf"), lambda: timedelta(days=10**10)]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
