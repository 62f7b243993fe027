# Traceback and frame objects: __traceback__, tb_next/tb_frame/tb_lineno,
# f_code/f_locals/f_back/f_lineno, sys.exc_info(), sys._getframe(), and how
# long a held traceback keeps the locals of the frames it passed through.
import sys
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def inner(a):
    local = D("inner-local")
    raise KeyError(a)


def outer():
    o = D("outer-local")
    inner(1)


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    n = 0
    t = tb
    while t is not None:
        f = t.tb_frame
        names = "-"
        if f.f_code.co_name != "<module>":
            names = sorted(f.f_locals)
        print(n, f.f_code.co_name, t.tb_lineno, f.f_lineno, names)
        t = t.tb_next
        n += 1
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
    print(tb.tb_next.tb_next.tb_frame.f_back.f_code.co_name)
    print(tb.tb_frame.f_back)
    et, ev, etb = sys.exc_info()
    print(et is KeyError, ev is e, etb is tb)
print("after except: the traceback still holds both frames")
del tb, t, f, etb, ev
print("dropped")


def keeps():
    try:
        inner(2)
    except KeyError as e:
        err = e  # frame -> err -> traceback -> frame: a cycle
    return "returned"


print(keeps())
print("collected:", gc.collect() > 0)


def g():
    x = D("gen-local")
    yield 1
    y = 2
    yield 2


it = g()
fr = it.gi_frame
print(fr.f_lineno, fr.f_code.co_name, fr.f_back, fr.f_locals)
next(it)
print(fr.f_lineno, sorted(fr.f_locals))
next(it)
print(fr.f_lineno, sorted(fr.f_locals))
for _ in it:
    pass
print(it.gi_frame, fr.f_lineno)
del it
print("generator gone, its frame remains:", sorted(fr.f_locals))
del fr
print("frame gone")


def depth():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1) is f.f_back)
    return f


fr = depth()
print(fr.f_back.f_code.co_name, fr.f_lineno)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
try:
    fr.f_back.clear()
except RuntimeError as e:
    print(e)
del fr


def loc():
    a = 1
    d = locals()
    b = 2
    print(sorted(d))
    locals()
    print(sorted(d), d is locals())


loc()

e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_next)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)


def r():
    raise ValueError("deep")


try:
    try:
        r()
    except ValueError as e:
        tb = e.__traceback__
        raise RuntimeError("wrapped").with_traceback(tb)
except RuntimeError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    try:
        e.__traceback__.tb_next = e.__traceback__
    except ValueError as x:
        print(x)
print(repr(sys._getframe())[:9], repr(sys._getframe()).endswith("code <module>>"))
