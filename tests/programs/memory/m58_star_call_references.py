# f(*t) with t an exact tuple: CPython passes t itself to an object's
# __call__ (slot_tp_call's argument tuple is t), so no other reference to
# the items exists during the call; only a Python function's frame adds
# one. (A class called so, K(*t), still shows one more reference here:
# SEMANTICS.md.)
import sys
class X: pass
x = X(); t = (x,)
class K:
    def __init__(self, v): print("K.__init__:", sys.getrefcount(v))
    def __call__(self, v): print("K.__call__:", sys.getrefcount(v))
    def m(self, v): print("k.m(*t):", sys.getrefcount(v))
def f(v): print("f(*t):", sys.getrefcount(v))
k = object.__new__(K)
k(*t)
k.m(*t)
f(*t)
K(x)
k(x)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D(%d)" % self.n
def g(*a): print("in g", len(a))
g(*[D(1)])
class C:
    def __call__(self, *a): print("in C.__call__", len(a))
C()(*(D(2),))
print(*(D(3),))
print("end")
