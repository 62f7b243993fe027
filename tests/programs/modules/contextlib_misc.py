# contextlib: suppress, closing, nullcontext, AbstractContextManager,
# ContextDecorator.
import contextlib
from contextlib import (suppress, closing, nullcontext, ContextDecorator,
                        AbstractContextManager)

# --- suppress
with suppress(KeyError):
    {}["x"]
print("after KeyError")
with suppress(ValueError, ZeroDivisionError):
    1 / 0
print("after ZeroDivisionError")
with suppress(LookupError):
    [][3]
print("after IndexError via LookupError")
try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError", e)
with suppress():
    pass
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as e:
    print("ValueError", e)
def first_int(items):
    for s in items:
        with suppress(ValueError):
            return int(s)
    return None
print(first_int(["a", "b", "12", "13"]), first_int(["z"]))
s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(OSError, OSError(), None))
print(s.__exit__(KeyError, KeyError(), None))
count = 0
sup = suppress(ArithmeticError)
for i in range(3):
    with sup:                      # reusable
        count += 1
        1 / 0
print("reused", count)
try:
    with suppress(Exception):
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)

# --- closing
class Conn:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closed", self.name)
with closing(Conn("c1")) as c:
    print("using", c.name, c.closed)
print(c.closed)
try:
    with closing(Conn("c2")) as c:
        raise KeyError("inside closing")
except KeyError as e:
    print("KeyError", e, c.closed)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
with closing(gen()) as g:
    print(next(g))
print("after gen closing")

# --- nullcontext
with nullcontext() as v:
    print("nullcontext value", v)
with nullcontext(42) as v:
    print("nullcontext value", v)
obj = [1, 2]
with nullcontext(obj) as v:
    print(v is obj)
try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
def maybe_cm(flag):
    return closing(Conn("opt")) if flag else nullcontext("none")
for flag in (True, False):
    with maybe_cm(flag) as r:
        print("got", type(r).__name__)

# nullcontext is also an async context manager
async def use_async():
    async with nullcontext("async value") as v:
        return v
co = use_async()
try:
    co.send(None)
except StopIteration as e:
    print("async", e.value)

# --- AbstractContextManager: default __enter__ returns self
class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])
        return None
m = Managed()
with m as got:
    print(got is m)
print(isinstance(m, AbstractContextManager), isinstance(closing(1), AbstractContextManager))
print(isinstance(suppress(), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))

# --- ContextDecorator
class timed(ContextDecorator):
    def __init__(self, label):
        self.label = label
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        print("start", self.label)
        return self
    def __exit__(self, typ, val, tb):
        print("stop", self.label, typ.__name__ if typ else None)
        return False
t = timed("job")
@t
def job(a, b=1):
    "job doc"
    print("job running", a, b)
    return a + b
print(job(1), job(2, b=5), t.entered, job.__name__, job.__doc__)
@timed("failing")
def failing():
    raise RuntimeError("job failed")
try:
    failing()
except RuntimeError as e:
    print("RuntimeError", e)
with timed("as cm") as tm:
    print("in block", tm.label)

class mute(ContextDecorator):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
@mute()
def noisy():
    raise ValueError
print("muted result", noisy())

print(sorted(n for n in ["contextmanager", "closing", "nullcontext", "suppress",
                         "ExitStack", "ContextDecorator",
                         "AbstractContextManager"] if n in contextlib.__all__))
