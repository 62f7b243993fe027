# What holds a class, as CPython 3.11 holds it: its own __mro__ tuple (so a
# class always sits in a reference cycle), the __dict__/__weakref__
# descriptors it adds, and each subclass's __bases__, __mro__ and __base__.
import gc
import sys
rc = sys.getrefcount


class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)


class A: pass
print("A", rc(A))
class B(A): pass
print("A", rc(A), "B", rc(B))
class X(B): pass
print("A", rc(A), "B", rc(B), "X", rc(X))
class M(type): pass
print("M", rc(M), "__dict__" in M.__dict__, "__weakref__" in M.__dict__)
class Y(metaclass=M): pass
class Z(A, metaclass=M): pass
print("A", rc(A), "M", rc(M), "Y", rc(Y), "Z", rc(Z))
T = type("T", (A,), {})
print("A", rc(A), "T", rc(T))

for c in (A, B, X, Y, Z):
    print(c.__name__, [r.__name__ if isinstance(r, type) else type(r).__name__
                       for r in gc.get_referents(c)])
print(B.__mro__, B.__bases__, B.__base__)
print(B.__mro__ is B.__mro__, B.__bases__ is B.__bases__, type.mro(B) == list(B.__mro__))


class Dct(dict): pass
class E(Dct, A): pass
print(E.__base__, E.__mro__)

for base in (object, type, Exception, list, int, dict, str, tuple, float, set, bytes):
    class S(base): pass
    print(base.__name__, "__dict__" in S.__dict__, "__weakref__" in S.__dict__)


def make():
    class K:
        attr = D("k")
    class L(K):
        attr2 = D("l")
    return K


K = make()
print(len(K.__subclasses__()))
del K
print("unreachable:", gc.collect() > 0)
mro = X.__mro__
del X
gc.collect()
print(mro)
