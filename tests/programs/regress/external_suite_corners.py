# Found by running MicroPython's tests/basics against python3: bytes whitespace
# includes \x0b; a unary dunder's NotImplemented is its result;
# dict_values hashes by identity; __globals__ is read-only; type() takes a
# dict subclass; a class's __new__ is a static method.
print(b"\x0bA\x0b".strip(), b"\x0bx".split(), b"x\x0by".rsplit(), bytearray(b"\x0b a \x0b").strip())
s = b"abc"; print(s.strip() is s, s.lstrip(b"z") is s, bytearray(b"a").strip() is bytearray(b"a"))
class C:
    def __neg__(self): return NotImplemented
    def __invert__(self): return NotImplemented
    def __pos__(self): return NotImplemented
print(-C(), ~C(), +C())
print(type(hash({}.values())))
for v in [{}.keys(), {}.items()]:
    try: hash(v)
    except TypeError as e: print(e)
def f(): pass
for attr, val in [("__globals__", {}), ("__closure__", None)]:
    try: setattr(f, attr, val)
    except AttributeError as e: print(attr, e)
class D(dict): pass
A = type("A", (), D(a=1)); print(A.a, type(A.__dict__))
from collections import OrderedDict
B = type("B", (), OrderedDict(b=2)); print(B.b)
class A:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return object.__new__(cls)
    def __init__(self, *a): pass
a = A(1)
b = a.__new__(A)
print(type(A.__dict__['__new__']).__name__, A.__new__ is A.__dict__['__new__'].__func__)
class B(A):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
B(2)
print(type(B.__new__).__name__)
