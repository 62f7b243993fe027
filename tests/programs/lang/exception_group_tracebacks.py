import traceback
def boom(i):
    raise ValueError(f"bad {i}")
errs = []
for i in range(3):
    try:
        boom(i)
    except ValueError as e:
        errs.append(e)
try:
    try:
        raise ExceptionGroup("first", errs)
    except* ValueError as eg:
        raise RuntimeError("handler failed")
except Exception:
    print(traceback.format_exc().replace(__file__, "PROG"))
big = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
try:
    raise big
except Exception:
    print(traceback.format_exc().replace(__file__, "PROG"))
try:
    raise ExceptionGroup("a", [ValueError(1)]) from KeyError("cause")
except Exception:
    print(traceback.format_exc().replace(__file__, "PROG"))

# a group printed with notes, nested groups and a chained cause
def f():
    raise ValueError("inner")
try:
    try:
        f()
    except ValueError as e:
        e.add_note("a note\nsecond line")
        raise ExceptionGroup("many", [e, TypeError("t"), ExceptionGroup("nested", [KeyError("k")])]) from None
except ExceptionGroup:
    print(traceback.format_exc().replace(__file__, "PROG"))
