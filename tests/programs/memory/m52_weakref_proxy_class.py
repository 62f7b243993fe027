# A weak proxy passes __class__ on to its referent, so isinstance() and
# code that checks the class of what it is given see the referent's class;
# type() still tells the proxy.
import gc
import weakref


class A:
    def __init__(self):
        self.v = 1

    def __call__(self):
        return "called"

    def __eq__(self, other):
        return isinstance(other, A)

    __hash__ = object.__hash__


class B:
    pass


a = A()
p = weakref.proxy(a)
print(p(), p.v, p.__class__.__name__)
print(isinstance(p, A), type(p) is weakref.ProxyType, type(p) is weakref.CallableProxyType)
print(p == a, a == p)
b = B()
q = weakref.proxy(b)
print(isinstance(q, B), isinstance(q, A), q.__class__ is B, type(q).__name__)
del b
gc.collect()  # (marksweep frees it only at a collection)
try:
    isinstance(q, B)
except ReferenceError as e:
    print("ReferenceError", e)
