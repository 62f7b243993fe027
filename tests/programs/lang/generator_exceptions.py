# throw, close, GeneratorExit, finally blocks in generators, the handled
# exception across yields (sys.exc_info), PEP 479 and tracebacks.
import sys

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "two")
c.throw(ValueError, ("a", "b"))
c.throw(ValueError, ValueError("inst"))
c.throw(ValueError, None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(c.gi_suspended)
try:
    c.throw(KeyError("again"))
except KeyError as e:
    print("finished generator re-raises", repr(e))
for bad in [(ValueError("x"), "v"), (5,), (int,), (ValueError, 1, 2)]:
    try:
        catcher().throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

# throwing into a generator that has not started
def never():
    print("never runs")
    yield
n = never()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(n.gi_suspended, list(n))

# close
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
print(next(f))
f.close()
print("closed", list(f))
fin().close()
print("closing an unstarted generator runs nothing")

def exit_seen():
    try:
        yield
    except GeneratorExit as e:
        print("saw", type(e).__name__, e.args)
        raise
es = exit_seen()
next(es)
es.close()

def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())

def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raises_on_exit():
    try:
        yield
    finally:
        raise KeyError("from finally")
ro = raises_on_exit()
next(ro)
try:
    ro.close()
except KeyError as e:
    print("close raised", repr(e))

# try/finally with return and break inside generators
def finally_return():
    try:
        yield 1
        return "body"
    finally:
        print("cleanup")
fr = finally_return()
print(next(fr))
try:
    next(fr)
except StopIteration as s:
    print("returned", s.value)

def loop_break():
    for i in range(10):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("leaving", i)
print(list(loop_break()))

# the exception being handled is the generator's own across yields
def handler_gen():
    try:
        raise KeyError("inside")
    except KeyError:
        print("in gen:", sys.exc_info()[0].__name__)
        yield 1
        print("resumed in gen:", sys.exc_info()[0].__name__)
    print("after except in gen:", sys.exc_info()[0])
    yield 2

h = handler_gen()
next(h)
print("caller sees:", sys.exc_info()[0])
try:
    raise ValueError("outer")
except ValueError:
    next(h)
    print("caller still handles:", sys.exc_info()[0].__name__)

def sees_caller():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print("generator sees caller's:", next(sees_caller()).__name__)

def context_gen():
    try:
        yield
    except ValueError as e:
        print("context:", repr(e.__context__))
        yield
cg = context_gen()
next(cg)
try:
    raise KeyError("handled by caller")
except KeyError:
    cg.throw(ValueError("thrown"))

# bare raise inside a generator re-raises its own handled exception
def reraiser():
    try:
        raise OSError("orig")
    except OSError:
        yield "in handler"
        raise
rr = reraiser()
next(rr)
try:
    next(rr)
except OSError as e:
    print("re-raised", repr(e))

# PEP 479
def leaks_stop():
    yield 1
    raise StopIteration("leak")
try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)

def next_on_empty():
    yield next(iter([]))
try:
    next(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

# the generator is finished after an exception
def once():
    yield 1
    raise ValueError("once")
o = once()
next(o)
try:
    next(o)
except ValueError:
    pass
print(list(o), o.gi_suspended)

# an exception leaving a generator has its frame in the traceback
def deep():
    yield 1
    1 / 0
def shallow():
    yield from deep()
s = shallow()
next(s)
next(s)
