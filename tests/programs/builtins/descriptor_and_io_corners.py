# property's own __get__/__set__/__delete__, StringIO.newlines, float.fromhex
# whitespace, __subclasscheck__ on an instance, recursive reprs of set
# subclasses, mappingproxy comparisons, _operator, sequence slots.
import _operator
import inspect
import io
import operator
from types import MappingProxyType


class A:
    def __init__(self):
        self._x = 1

    def gx(self):
        return self._x

    def sx(self, v):
        self._x = v

    def dx(self):
        del self._x

    x = property(gx, sx, dx)


p = A.__dict__["x"]
a = A()
print(p.__get__(a), p.__get__(a, A), p.__get__(None, A) is p)
p.__set__(a, 5)
print(a.x)
p.__delete__(a)
print(hasattr(a, "_x"), property(len).__get__((2,), tuple))
print(inspect.isdatadescriptor(p), hasattr(p, "__set__"))

for nl in (None, "", "\n", "\r", "\r\n"):
    f = io.StringIO("a\nb", newline=nl)
    seen = [f.newlines]
    f.seek(0, 2)
    f.write("c\r\nd")
    seen.append(f.newlines)
    f.write("e\rf")
    seen.append(f.newlines)
    print(repr(nl), seen, repr(f.getvalue()))
f = io.StringIO("x\r", newline=None)
print(repr(f.newlines), repr(f.read()))

print(float.fromhex("\v1.0\v"), float.fromhex(" \f0x1p3\r"), float.fromhex("\t-0x.2\n"))


class Always:
    def __subclasscheck__(self, c):
        return True


print(issubclass([], Always()), issubclass(int, Always()), issubclass(int, (Always(),)))
for args in (([], int), (1, (int, str))):
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)


class H:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return 1

    def __repr__(self):
        return repr(self.x)


class S(set):
    pass


for r in (set(), S()):
    r.add(H(r))
    print(repr(r))

m = MappingProxyType({1: 2})
print(m == {1: 2}, m != {}, m | {3: 4})
for op in (operator.lt, operator.ge):
    try:
        op(m, {})
    except TypeError as e:
        print(e)

print(_operator.add(1, 2), _operator._compare_digest("ab", "ab"), _operator.itemgetter(1)("abc"))


class RepeatIndex:
    def __index__(self):
        return -(2**100)


try:
    "a" * RepeatIndex()
except OverflowError as e:
    print(e)

for base, left, right in ((str, "a", "b"), (bytes, b"a", b"b"), (list, [1], [2])):
    class Override(base):
        def __add__(self, other):
            return NotImplemented

    try:
        Override(left) + right
    except TypeError as e:
        print("TypeError", base.__name__)

    class Reflected(base):
        def __radd__(self, other):
            return "reflected"

    class Child(Reflected):
        pass

    print(Reflected(left) + Child(right), right + Reflected(left))
