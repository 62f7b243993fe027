# Generators in adversarial situations: closing or throwing into itself from
# inside, cycles through suspended generators collected repeatedly, a finally
# that raises while dying, deep yield-from chains thrown into, weak references
# to a dying generator (cleared before it is closed, as CPython's gen_dealloc).
import gc, sys, weakref
# generator closing itself from inside
def selfclose():
    yield g.close()
g = selfclose()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
# throw from inside itself
def selfthrow():
    yield g2.throw(KeyError)
g2 = selfthrow()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
# gc.collect while generators are suspended in cycles, repeatedly
class Node:
    pass
def holder(n):
    n.gen = me_holder
    yield n
    yield n
for i in range(50):
    n = Node()
    me_holder = holder(n)
    n.g = me_holder
    next(me_holder)
    del n, me_holder
    gc.collect()
print("cycles ok")
# generator whose finally raises, dropped
def bad_finally():
    try:
        yield 1
    finally:
        raise RuntimeError("from finally")
b = bad_finally()
next(b)
del b
print("after bad finally")
# generator finalizer resurrects itself
saved = []
def resurrect():
    try:
        yield 1
    finally:
        saved.append(sys._getframe if False else "x")
r = resurrect(); next(r); del r
gc.collect()
print("saved", saved)
# yield inside except inside generator, closed while handling
def handling():
    try:
        raise ValueError("v")
    except ValueError:
        yield "in except"
h = handling()
print(next(h))
h.close()
print(sys.exc_info())
# deep yield from chain thrown into
def chain(n):
    if n == 0:
        try:
            yield "bottom"
        except KeyError:
            yield "caught at bottom"
    else:
        yield from chain(n - 1)
c = chain(300)
print(next(c), c.throw(KeyError))
c.close()
# send to exhausted generator
def one():
    yield 1
o = one(); next(o)
try:
    next(o)
except StopIteration:
    pass
try:
    o.send(5)
except StopIteration as e:
    print("send after end", e.args)
# generator as __del__ target, weakref callback closing generator
def wg():
    try:
        yield
    finally:
        print("wg finally")
w = wg(); next(w)
ref = weakref.ref(w, lambda r: print("weakref callback"))
del w
print("end")
