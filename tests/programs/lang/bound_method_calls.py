# Calling bound method objects held in variables, attributes and modules'
# globals (`f = obj.meth; f(x)`): the function runs with the method's self
# first, with the references CPython's CALL leaves.
import sys
import types
import weakref


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x, scale=1):
        self.total += x * scale
        return self.total

    def gen(self, n):
        for i in range(n):
            yield self.total + i

    def depth(self, n):
        return 0 if n == 0 else 1 + self.bound_depth(n - 1)

    def counts(self, x):
        return sys.getrefcount(self), sys.getrefcount(x)


a = Acc()
add = a.add
print(add(1), add(2, 10), add(x=3), add(4, scale=2))
print(list(a.gen(3)))
g = a.gen
print(list(g(2)))

# The references a stored method's call leaves to self and the argument.
counts = a.counts
marker = object()
base_self, base_marker = sys.getrefcount(a), sys.getrefcount(marker)
inside = counts(marker)
print("self +%d, arg +%d" % (inside[0] - base_self, inside[1] - base_marker))
print("after:", sys.getrefcount(a) - base_self, sys.getrefcount(marker) - base_marker)

# The method object itself: held by the variable, not by the call.
m = a.add
print("method refs:", sys.getrefcount(m))
m(0)
print("method refs after:", sys.getrefcount(m))

# Recursion through a stored bound method ends in RecursionError.
a.bound_depth = a.depth
print(a.depth(50))
try:
    a.depth(100000)
except RecursionError:
    print("RecursionError")

# Wrong argument counts: the general path's messages.
for call in (lambda: add(), lambda: add(1, 2, 3), lambda: add(1, bogus=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Methods made by types.MethodType, of a function and of other callables.
def plain(self, y):
    return ("plain", type(self).__name__, y)


mt = types.MethodType(plain, a)
print(mt(5))
mb = types.MethodType(len, [1, 2, 3])
print(mb())


class CallMe:
    def __call__(self, who, y):
        return ("called", type(who).__name__, y)


mc = types.MethodType(CallMe(), a)
print(mc(7))

# A temporary method object (its only reference is the stack's) dies
# with the call, its weak reference's callback after.
def callback(ref):
    print("method collected")


class W:
    def meth(self):
        return "ran"


w = W()
tmp = w.meth
r = weakref.ref(tmp, callback)
print((lambda f: f())(tmp))
del tmp
print("after del")

# A bound method of a class whose function is replaced later: the
# method keeps its own function.
class K:
    def f(self):
        return "old"


k = K()
kf = k.f
K.f = lambda self: "new"
print(kf(), k.f())

# A closure method and a method with a cell parameter.
class Cl:
    def make(self, v):
        def inner():
            return v + self.base
        return inner

    base = 100


mk = Cl().make
print(mk(5)())

# Generator methods and exceptions through a stored method.
def boom(self):
    raise ValueError("boom from %s" % type(self).__name__)


Acc.boom = boom
b = a.boom
try:
    b()
except ValueError as e:
    print(e)
