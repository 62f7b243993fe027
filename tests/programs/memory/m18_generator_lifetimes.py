# When a generator's frame releases what it holds: at return, at close, when
# the generator dies suspended (its finally runs first), and when a cycle
# through a suspended generator is collected.
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds(a):
    b = D("local b")
    yield 1
    c = D("local c")
    yield 2
    print("returning")


print("-- runs to the end")
g = holds(D("arg a"))
print(next(g))
print(next(g))
print(list(g))
print("finished:", g.gi_suspended)
del g

print("-- dies suspended")
g = holds(D("arg a2"))
next(g)
del g
print("after del")

print("-- never started")
g = holds(D("arg a3"))
del g
print("after del")

print("-- finally runs on close and on death")
def guarded(tag):
    res = D("res " + tag)
    try:
        yield tag
    finally:
        print("finally", tag)

g = guarded("closed")
next(g)
g.close()
print("after close")
g = guarded("dropped")
next(g)
g = None
print("after drop")

print("-- refcounts held by a suspended frame")
x = D("x")
print(sys.getrefcount(x))
def keep(o):
    yield o
g = keep(x)
print(sys.getrefcount(x))
next(g)
print(sys.getrefcount(x))
for _ in g:
    pass
print(sys.getrefcount(x))
del g, x

print("-- weak references to generators")
def short():
    yield 1
g = short()
r = weakref.ref(g, lambda ref: print("callback, dead:", ref() is None))
print(r() is g)
del g
print(r() is None)

print("-- a cycle through a suspended generator")
def cyclic():
    me = yield
    holder = D("held by cyclic")
    try:
        yield 1
    finally:
        print("cyclic finally, me is", type(me).__name__)

gc.collect()
g = cyclic()
next(g)
g.send(g)
del g
print("collected", gc.collect() > 0)
print("end")
