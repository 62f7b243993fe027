# Calling a class with K(*t) / K(**d) / K(*t, **d): CPython's type.__call__
# gets the caller's tuple and dict themselves and lends their items to
# __new__ and __init__ (_PyObject_Call_Prepend), so inside them an argument
# has one reference fewer than a call that builds its own tuple; keywords
# add the one _PyStack_UnpackDict takes. Errors in __new__/__init__, a
# __new__ returning another object and a generator __init__ release the
# same references.
import sys
class X:
    def __init__(self, n): self.n = n
    def __del__(self): print("del X", self.n)
x = X(0)
t = (x,)
class K:
    def __init__(self, v): print("K init", sys.getrefcount(v))
K(*t)
class KN:
    def __new__(cls, v):
        print("KN new", sys.getrefcount(v))
        return super().__new__(cls)
    def __init__(self, v): print("KN init", sys.getrefcount(v))
KN(*t)
class KO:
    def __new__(cls, v): return 5
    def __init__(self, v): print("never")
print(KO(*t))
class KE:
    def __init__(self, v): raise ValueError("init")
try:
    KE(*t)
except ValueError as e:
    print("caught", e)
class KNE:
    def __new__(cls, v): raise KeyError("new")
try:
    KNE(*t)
except KeyError as e:
    print("caught", e)
class KA:
    def __init__(self): pass
try:
    KA(*t)
except TypeError as e:
    print("caught", e)
class KL(list):
    def __init__(self, v): print("KL init", sys.getrefcount(v)); super().__init__([v])
print(len(KL(*t)))
class KC:
    def __init__(self, *a): print("KC", len(a), sys.getrefcount(a[0]))
KC(*t)
KC(*(X(1), X(2)))
print("temp")
K(*[X(3)])
def g():
    K(*(X(4),))
    KE2 = KE
    try:
        KE2(*(X(5),))
    except ValueError:
        pass
g()
class KG:
    def __init__(self, v):
        yield 1
try:
    KG(*t)
except TypeError as e:
    print("caught", e)
print("end", sys.getrefcount(x))

kw = {"v": x}
K(**kw)
KN(**kw)
KN(*(), **kw)
class KK:
    def __init__(self, a, b=0, **rest): print("KK", sys.getrefcount(a), sys.getrefcount(b), sorted(rest))
KK(*t, b=X(6), c=X(7))
KK(*t, **{"b": x, "z": X(8)})
try:
    K(*t, **kw)
except TypeError as e:
    print("caught", e)
try:
    KE(**kw)
except ValueError as e:
    print("caught", e)
print("end2", sys.getrefcount(x))
