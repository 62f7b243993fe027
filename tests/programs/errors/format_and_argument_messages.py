tests = [
    lambda: int("1", base=2, x=3),
    lambda: ",".join(5),
    lambda: "{".format(),
    lambda: "{!}".format(1),
    lambda: "}".format(),
    lambda: "{0!x}".format(1),
    lambda: "{:".format(1),
    lambda: object.__new__(5),
    lambda: int.__new__(5),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class B: pass
try:
    del B.x
except AttributeError as e:
    print(e)
try:
    del B().x
except AttributeError as e:
    print(e)
cases = ['{0', '{0!', '{0!r', '{0!r:', '{0!rx}', '{0:{', '{a{}', '{0[}', 'x{', '{}}', '{{}', '{0:}}', '{!r}', '{0!}', '{', '{!}', '}', '{0!x}', '{:', '{0:>{1}}', '{a[x]}', '{0!r:>8}', '{0.real!s:^9}|', '{{}}{0}', '{0[0]}', '{a[}', '{!s:}', '{0!ss}']
for s in cases:
    try:
        print(repr(s), repr(s.format(1, 5, a={"x": 2})))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
