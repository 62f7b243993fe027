# dir() lists what CPython's type dicts hold: __class__, object's
# __format__/__dir__/orderings; no operator a type does not have.
class A:
    def __init__(self): self.x = 1
a = A()
print([n for n in dir(a) if n not in ("__getstate__", "__reduce__", "__reduce_ex__")])
print("__class__" in dir(5), "__class__" in dir(int), "__dir__" in dir(object))
print(hasattr([], "__sub__"), hasattr({}, "__add__"), hasattr("", "__sub__"), hasattr(1.0, "__and__"))
print(hasattr(1, "__and__"), hasattr({}, "__or__"), hasattr({}, "__ror__"), hasattr(set(), "__rsub__"), hasattr("", "__rmod__"))
print({1, 2}.__rsub__({2, 3}), {1}.__ror__({2}), {"a": 1}.__ror__({"b": 2}), "x".__rmod__("%s!"), "x".__rmod__(5), b"x".__rmod__(b"%s!"))
o = object()
print(format(o, "") == str(o) or "differs", format(A(), "")[:10])
try:
    format(A(), "x")
except TypeError as e:
    print(e)
try:
    object.__format__(a, 5)
except TypeError as e:
    print(e)
print(object.__lt__(a, 1), object.__ge__(a, a), sorted(a.__dir__()) == dir(a))
try:
    a < a
except TypeError as e:
    print(e)
import sys
print([n for n in dir(sys.modules[__name__]) if not n.startswith("__")][:4])
