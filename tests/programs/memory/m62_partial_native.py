# functools.partial is native, as CPython's: a call passes the stored
# arguments straight to the function (no extra references), stored
# keywords go through a merged dict, and the object holds its type,
# function, arguments, keywords and __dict__, released in that order.
import copy
import functools
import gc
import pickle
import re
import sys
import weakref
from functools import partial


def addr(s):
    return re.sub("0x[0-9a-f]+", "ADDR", s)


class O:
    pass


o = O()


def rc(x, *rest, **kw):
    return sys.getrefcount(x)


print("direct", rc(o))
print("via partial", partial(rc)(o))
print("stored arg", partial(rc, o)())
print("stored and given", partial(rc, o)(1))
print("stored keyword", partial(rc, k=1)(o))
print("given keyword", partial(rc)(o, k=1))
p = partial(rc, o)
print("held by partial", sys.getrefcount(o))
del p


def f(a, b=2, *c, **d):
    return (a, b, c, d)


p = partial(f, 1, x=3)
print(p.func is f, p.args, p.keywords, p(2, 4, y=5), p(x=9))
print(addr(repr(p)))
print(type(p).__name__, type(p).__module__, type(p).__qualname__, isinstance(p, partial))
q = partial(p, 7, z=0)
print("flattened", q.func is f, q.args, q.keywords)
p.attr = "a"
print("with dict", p.__dict__, partial(p, 8).func is p)
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, "AttributeError", e)
for bad in ((), (1,)):
    try:
        partial(*bad)
    except TypeError as e:
        print("TypeError", e)


class P(partial):
    pass


class Q(partial):
    def __call__(self, *a, **k):
        return ("Q", super().__call__(*a, **k))


sp = P(f, 1)
print(addr(repr(sp)), sp(2), isinstance(sp, partial), partial(sp, 3).args)
sq = Q(f, 1)
print(sq(2), partial(sq, 3).func is sq)
r = partial(repr)
r2 = partial(r, r)
print(addr(repr(r2)))

# pickling and copying go through __reduce__ and __setstate__
p2 = pickle.loads(pickle.dumps(partial(max, 3, key=abs)))
print(p2(-7), p2.args, p2.keywords)
c = copy.copy(p)
print(c.args, c.keywords, c.__dict__, c(0))
d = copy.deepcopy(p)
print(d.args, d.keywords is p.keywords, d.__dict__)
print(p.__reduce__()[1:] == ((f,), (f, (1,), {"x": 3}, {"attr": "a"})))
try:
    p.__setstate__((f, [1], None))
except TypeError as e:
    print("TypeError", e)
try:
    p.__setstate__((1, (), None, None))
except TypeError as e:
    print("TypeError", e)
p.__setstate__((f, (5,), None, None))
print(p.args, p.keywords, p.__dict__, p())

# a weak reference, hashing, the collector's view
w = weakref.ref(p)
print(w() is p, hash(p) == hash(p), p == partial(f, 5))
gc.disable()
gc.collect()
print("referents", sorted(type(x).__name__ for x in gc.get_referents(partial(f, 1, y=2))))
print("tracked", gc.is_tracked(partial(f)))


class A:
    pass


a = A()
a.p = partial(f, a)
del a
print("cycle", gc.collect())


class D:
    def __init__(self, n):
        self.n = n

    def __call__(self, *a, **k):
        return self.n

    def __del__(self):
        print("del", self.n)


p = partial(D(1), D(2), k=D(3))
p.extra = D(4)
print("release order")
del p
print(list(map(partial(pow, 2), range(5))), sorted([3, -5, 1], key=partial(abs)))
print(partial[int])
