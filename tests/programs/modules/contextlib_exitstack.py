# contextlib.ExitStack: enter_context, callback, push, pop_all, close,
# LIFO unwinding, suppression and exception context chaining.
from contextlib import ExitStack, contextmanager, suppress

log = []

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress

@contextmanager
def gen_res(name):
    log.append("gen enter " + name)
    try:
        yield name
    finally:
        log.append("gen exit " + name)

# enter_context returns __enter__'s result; unwinding is LIFO
with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    g = stack.enter_context(gen_res("g"))
    log.append("body %s %s" % (names, g))
print(log)

# callback with arguments, and as a decorator
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "cb1")
    stack.callback(lambda *a, **k: log.append(("cb2", a, k)), 1, 2, x=3)
    @stack.callback
    def cleanup():
        log.append("decorated cb")
    print("cleanup is function:", cleanup.__name__)
    log.append("body")
print(log)

# push: an __exit__-style callback or an object with __exit__
log.clear()
def exit_cb(typ, val, tb):
    log.append("exit_cb %s" % (typ.__name__ if typ else None))
    return False
with ExitStack() as stack:
    stack.push(exit_cb)
    stack.push(Res("pushed"))        # only __exit__ is registered
    log.append("body")
print(log)

# a callback that returns True suppresses the exception
log.clear()
def swallow(typ, val, tb):
    log.append("swallow %s" % (val,))
    return True
with ExitStack() as stack:
    stack.push(swallow)
    stack.enter_context(Res("inner"))
    raise KeyError("k1")
print("suppressed", log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.enter_context(Res("mid", suppress=True))
    stack.enter_context(Res("inner"))
    raise ValueError("v")
print("suppressed by mid", log)

# exceptions raised by callbacks replace the current one, chained
log.clear()
def raiser(msg):
    def cb(typ, val, tb):
        log.append("raiser %s saw %r" % (msg, val))
        raise RuntimeError(msg)
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser("first"))
        stack.push(raiser("second"))
        raise KeyError("orig")
except RuntimeError as e:
    print("RuntimeError", e)
    print("context", repr(e.__context__), repr(e.__context__.__context__))
    print(log)

# an exception from a callback can itself be suppressed by an outer one
log.clear()
with ExitStack() as stack:
    stack.push(swallow)
    stack.push(raiser("inner-raise"))
print("outer swallowed", log)

try:
    with ExitStack() as stack:
        stack.callback(log.append, "plain cb")
        raise IndexError("through")
except IndexError as e:
    print("IndexError", e)

# pop_all transfers the callbacks; close() runs them
log.clear()
with ExitStack() as stack:
    stack.enter_context(Res("kept"))
    stack.callback(log.append, "kept cb")
    later = stack.pop_all()
log.append("after with")
later.close()
print(log)
later.close()     # already empty
print(log[-1])

def open_all(names, fail_at=None):
    with ExitStack() as stack:
        got = []
        for n in names:
            if n == fail_at:
                raise OSError("cannot open " + n)
            got.append(stack.enter_context(Res(n)))
        stack = stack.pop_all()
    return stack, got
log.clear()
st, got = open_all(["f1", "f2"])
print(got, log)
st.close()
print(log)
log.clear()
try:
    open_all(["f1", "f2", "f3"], fail_at="f3")
except OSError as e:
    print("OSError", e, log)

# the stack used without "with"
log.clear()
stack = ExitStack()
print(stack.__enter__() is stack)
stack.callback(log.append, "manual")
print(stack.__exit__(None, None, None), log)

# enter_context on something that is not a context manager
class NotCM:
    pass
try:
    with ExitStack() as stack:
        stack.enter_context(NotCM())
except TypeError as e:
    print("TypeError", e)

# nesting a generator cm that suppresses
@contextmanager
def suppressing():
    try:
        yield
    except ZeroDivisionError:
        log.append("gen suppressed")
log.clear()
with ExitStack() as stack:
    stack.enter_context(suppressing())
    stack.enter_context(suppress(KeyError))
    1 / 0
print(log)

# ExitStack inside a function with return
def f():
    with ExitStack() as stack:
        stack.callback(log.append, "f cleanup")
        return "returned"
log.clear()
print(f(), log)

# many callbacks
log.clear()
with ExitStack() as stack:
    for i in range(50):
        stack.callback(log.append, i)
print(log[:3], log[-3:], len(log))
