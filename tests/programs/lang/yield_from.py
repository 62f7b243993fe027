# `yield from`: delegation of next/send/throw/close to a sub-iterator,
# return values, and delegation to iterators that are not generators.

def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    yield r

o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
print(list(o))

# nested delegation and gi_yieldfrom
def leaf():
    yield "leaf"
    return 1
def middle():
    v = yield from leaf()
    return v + 1
def top():
    v = yield from middle()
    yield "top saw %d" % v

t = top()
print(next(t))
print(type(t.gi_yieldfrom).__name__, t.gi_yieldfrom.__name__)
print(t.gi_yieldfrom.gi_yieldfrom.__name__)
print(next(t))
print(t.gi_yieldfrom)

# throw goes to the innermost generator first
def catching_leaf():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("leaf caught", e)
            yield "recovered"

def delegator():
    try:
        yield from catching_leaf()
    except ValueError as e:
        print("delegator caught", e)
        yield "delegator recovered"

d = delegator()
print(next(d))
print(d.throw(KeyError("k1")))
print(next(d))
print(d.throw(ValueError("v1")))
print(d.gi_yieldfrom)

# a sub-generator that returns from throw ends the yield from with its value
def stopper():
    try:
        yield 1
    except ValueError:
        return "stopped by throw"
def wraps_stopper():
    r = yield from stopper()
    print("got", r)
    yield "after"
w = wraps_stopper()
next(w)
print(w.throw(ValueError))

# close closes the sub-generator first
def sub_with_finally(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        print("closing", tag)
def chain():
    try:
        yield from sub_with_finally("a")
        yield from sub_with_finally("b")
    finally:
        print("closing chain")
c = chain()
print(next(c))
c.close()
print(c.gi_suspended, c.gi_yieldfrom)

# delegation to an iterator object with send and throw methods
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, typ, val=None, tb=None):
        print("Echo.throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        raise StopIteration("thrown out")
    def close(self):
        print("Echo.close")

def use_echo():
    r = yield from Echo()
    print("use_echo got", r)
    yield "end"

u = use_echo()
print(next(u), u.send("x"), u.send(None))
print(next(u))
u2 = use_echo()
next(u2)
print(u2.throw(KeyError("k")))
u3 = use_echo()
next(u3)
u3.close()

# a plain iterator without throw: the exception is raised in the delegator
def over_list():
    try:
        yield from iter([1, 2, 3])
    except KeyError:
        yield "caught in delegator"
ol = over_list()
next(ol)
print(ol.throw(KeyError))

# yield from a generator expression, and from a generator that raises
print(list(x * 2 for x in range(3)))
def raiser():
    yield 1
    raise ValueError("from sub")
def catcher():
    try:
        yield from raiser()
    except ValueError as e:
        yield "caught %s" % e
print(list(catcher()))

def bad_source():
    yield from 5
try:
    next(bad_source())
except TypeError as e:
    print("TypeError:", e)

# recursion through yield from
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
