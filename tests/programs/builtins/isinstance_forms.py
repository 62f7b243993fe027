# isinstance with a class, a tuple (nested), a union, a metaclass's
# __instancecheck__ and an object claiming another __class__.
import weakref

class A: pass
class B(A): pass
class Claim:
    @property
    def __class__(self):
        return B
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"
class M(metaclass=Meta): pass

values = [1, 2.5, "s", "yes", [1], {1: 2}, {1}, (1,), None, A(), B(), Claim(), True]
specs = [int, (list, dict, set), ((str,), (tuple, (float,))), A, B, (A, int),
         int | str, M, (M, A), object, bool, ()]
for v in values:
    print(type(v).__name__, [isinstance(v, s) for s in specs])

class Target: pass
t = Target()
p = weakref.proxy(t)
print(isinstance(p, Target), isinstance(p, weakref.ProxyType))
for bad in [1, (int, 2), [int]]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError", e)
print(issubclass(B, (int, (A,))), issubclass(bool, int | str), issubclass(A, ()))
