import contextlib, sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
        return True
with CM():
    raise KeyError("k")
@contextlib.contextmanager
def cm():
    try:
        yield
    except ValueError as e:
        print("inside", e, e.__traceback__ is not None)
        raise
try:
    with cm():
        raise ValueError("v")
except ValueError as e:
    t = e.__traceback__
    n = []
    while t:
        n.append((t.tb_frame.f_code.co_name, t.tb_lineno)); t = t.tb_next
    print(n)
def g():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("got", e, e.__traceback__.tb_lineno if e.__traceback__ else None)
        yield 2
it = g(); next(it)
try:
    1/0
except ZeroDivisionError as e:
    print(it.throw(type(e), e, e.__traceback__))
try:
    it.throw(ValueError, ValueError(), 5)
except TypeError as e:
    print(e)
