# contextlib.contextmanager: enter/exit, exception propagation, suppression,
# the "didn't yield"/"didn't stop" errors, use as a decorator.
from contextlib import contextmanager

log = []

@contextmanager
def tag(name):
    "Wrap output in a tag."
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)

with tag("a") as t:
    log.append("body " + t)
with tag("outer"):
    with tag("inner") as t2:
        log.append(t2)
print(log)
print(tag.__name__, tag.__doc__)
cm = tag("x")
print(type(cm).__name__, cm.__doc__)

# an exception in the body propagates through a try/finally generator
log.clear()
try:
    with tag("err"):
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, log)

# the generator may catch (suppress) the exception
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(ValueError):
    raise ValueError("v1")
print("after swallow")
try:
    with swallow(ValueError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError", e)
with swallow(ZeroDivisionError):
    1 / 0
print("after zero")

# the generator may turn the exception into another one
class AppError(Exception):
    pass
@contextmanager
def translate():
    try:
        yield
    except LookupError as e:
        raise AppError("translated: %r" % (e,)) from e
try:
    with translate():
        {}["missing"]
except AppError as e:
    print("AppError", e, type(e.__cause__).__name__, e.__context__ is e.__cause__)

# the generator re-raises the same exception: propagates unchanged
@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", repr(e))
        raise
try:
    with reraise():
        raise IndexError("same")
except IndexError as e:
    print("IndexError", e)
err = RuntimeError("rt")
try:
    with reraise():
        raise err
except RuntimeError as e:
    print("RuntimeError", e is err)

# didn't yield
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e, e.__cause__, e.__suppress_context__)

# didn't stop
@contextmanager
def two_yields():
    yield 1
    print("resumed")
    yield 2
try:
    with two_yields() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError", e)

# didn't stop after throw()
@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        yield
try:
    with yields_after_throw():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError", e)

# StopIteration raised in the body is not swallowed
@contextmanager
def plain():
    yield "p"
try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration", e)
except RuntimeError as e:
    print("RuntimeError", e)

# a generator that returns after catching the exception suppresses it
@contextmanager
def catch_and_return():
    try:
        yield
    except StopIteration:
        print("caught StopIteration")
        return
with catch_and_return():
    raise StopIteration("caught inside")
print("after catch_and_return")

# exception raised by the cleanup code
@contextmanager
def failing_cleanup():
    yield
    raise OSError("cleanup failed")
try:
    with failing_cleanup():
        pass
except OSError as e:
    print("OSError", e)
try:
    with failing_cleanup():
        raise KeyError("body")
except KeyError as e:
    print("KeyError propagates, cleanup skipped:", e)

@contextmanager
def failing_finally():
    try:
        yield
    finally:
        raise ValueError("in finally")
try:
    with failing_finally():
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))

# the value yielded, and return values
@contextmanager
def resource(n):
    items = list(range(n))
    yield items
    items.clear()
with resource(3) as items:
    held = items
    print("inside", items)
print("outside", held)

def uses_return():
    with resource(2) as r:
        return sum(r) + 100
print(uses_return())

def uses_break():
    out = []
    for i in range(5):
        with tag("loop%d" % i):
            if i == 2:
                break
            if i == 0:
                continue
            out.append(i)
    return out
log.clear()
print(uses_break(), log)

# used as a decorator: recreated for every call
calls = []
@contextmanager
def counted(label):
    calls.append("enter " + label)
    yield
    calls.append("exit " + label)

@counted("deco")
def work(x):
    calls.append("work %d" % x)
    return x * 2
print(work(1), work(2), calls, work.__name__)

@swallow(KeyError)
def may_fail(d):
    return d["k"]
print(may_fail({"k": 1}), may_fail({}))

# one-shot: entering the same object twice fails
once = plain()
with once:
    pass
try:
    with once:
        pass
except AttributeError as e:
    print("AttributeError")
except RuntimeError as e:
    print("RuntimeError", e)

# GeneratorExit / close when the with body exits via exception in nested cms
order = []
@contextmanager
def step(n):
    order.append("enter%d" % n)
    try:
        yield n
    except Exception as e:
        order.append("exc%d:%s" % (n, e))
        raise
    finally:
        order.append("exit%d" % n)
try:
    with step(1), step(2), step(3):
        raise ValueError("deep")
except ValueError:
    pass
print(order)

# exception passed as class only (value None) via manual __exit__
m = plain()
print(m.__enter__())
try:
    print(m.__exit__(KeyError, None, None))
except KeyError as e:
    print("KeyError raised", repr(e))
m2 = swallow(KeyError)
m2.__enter__()
print(m2.__exit__(KeyError, None, None))
