# The with statement: __enter__/__exit__ looked up on the type, exceptions
# passed to __exit__ and suppressed by a true result, several items, and
# return/break/continue leaving the body (CPython 3.11's compiler_with).
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("d") as d, CM("e") as e:
    print("two", d, e)
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
class NoExit:
    def __enter__(self): return 1
class Nothing: pass
for obj in (NoExit(), Nothing(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
try:
    with CM("g"):
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("second")
except TypeError as e:
    print("outer got", repr(e), repr(e.__context__))
import sys
with CM("h", True):
    try:
        raise IndexError("i")
    finally:
        print("finally runs", sys.exc_info()[0].__name__)
print(sys.exc_info())
class Enter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with Enter():
        print("never")
except OSError as e:
    print("OSError:", e)
with CM("targets") as (p):
    print(p)
items = [0, 0]
with CM("t1") as items[0], CM("t2") as items[1]:
    pass
print(items)
