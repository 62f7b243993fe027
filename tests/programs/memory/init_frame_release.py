# The frame of an __init__ a class call ran, and of f(*args) / f(**kw),
# releases its locals, then what the call held (the argument tuple, the
# caller's references), as CPython 3.11 does: finalizers in that order.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class A:
    def __init__(self, a, b, *rest):
        x = D("local")
        print("init", sys.getrefcount(a))
class B:
    def __init__(self, a, b=None):
        y = D("blocal")
        print("binit", sys.getrefcount(a))
A(D("arg1"), D("arg2"))
print("after A")
A(D("p1"), D("p2"), D("p3"))
print("after A3")
B(D("k1"), b=D("k2"))
print("after B")
B(D("q1"))
print("after B1")
def f(*args):
    y = D("flocal")
f(*(D("s1"), D("s2")))
def g(a, b):
    z = D("glocal")
g(*[D("t1"), D("t2")])
def h(**kw):
    w = D("hlocal")
h(**{"u": D("u1")})
print("end")
