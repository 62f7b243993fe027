# Exceptions nobody can catch (in __del__, weakref and gc callbacks, a
# generator closed as it dies) go to sys.unraisablehook when the program
# sets one, with CPython's UnraisableHookArgs; the default hook, and
# uncaught tracebacks, write to sys.stderr, whatever it is now.
import gc
import io
import sys
import weakref


def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.exc_traceback is not None,
          u.err_msg, type(u.object).__name__, getattr(u.object, "__qualname__", None))
    print(" ", type(u).__name__, len(u), u[0] is u.exc_type)


sys.unraisablehook = hook


class A:
    def __del__(self):
        raise ValueError("from del")


a = A()
del a


class B:
    pass


b = B()


def cb(r):
    1 / 0


r = weakref.ref(b, cb)
del b


def gccb(phase, info):
    if phase == "start":
        raise KeyError("gc cb")


gc.callbacks.append(gccb)
gc.collect()
gc.callbacks.clear()


def g():
    try:
        yield 1
    finally:
        raise RuntimeError("gen close")


it = g()
next(it)
del it


def bad(u):
    raise TypeError("bad hook")


sys.unraisablehook = bad
old_stderr = sys.stderr
sys.stderr = io.StringIO()
c = A()
del c
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
try:
    sys.unraisablehook(5)
except TypeError as e:
    print("TypeError:", e)
d = A()
del d
captured = sys.stderr.getvalue()
sys.stderr = old_stderr
for line in captured.splitlines():
    print("stderr|", line.split(" at 0x")[0].replace(__file__, "FILE"))
print("end")
# corpus: skip-stress marksweep (collections at every allocation move the finalizers)
