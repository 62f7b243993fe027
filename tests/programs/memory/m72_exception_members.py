# StopIteration.value and SystemExit.code are members of their own, as in
# CPython: set from the arguments by __init__ (None if a subclass's
# __init__ skips it), assignable apart from args, out of __dict__, and
# holding their own reference.
import sys
e = StopIteration(1); e.value = 5; print(e.value, e.args, e.__dict__)
s = SystemExit(3); s.code = 4; print(s.code, s.args, s.__dict__)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration().value)
def gen():
    yield 1
    return "value-" + str(1)
g = gen(); next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", sys.getrefcount(e.value), e.value)
def inner():
    e = StopIteration(1)
    e.value = 7
    raise e
    yield
def outer():
    r = yield from inner()
    print("got", r)
try:
    for x in outer(): pass
except RuntimeError as err:
    print("RuntimeError", err)
class MyStop(StopIteration):
    def __init__(self, *a): pass
m = MyStop(3)
print(m.args, m.value)
class Exit(SystemExit):
    pass
x = Exit(9)
x.code = 10
print(x.code, x.args)
