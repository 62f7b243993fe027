# The kinds of builtin callables, as CPython 3.11 splits them: functions
# and bound methods, method descriptors, slot wrappers and method-wrappers,
# class method descriptors; their __get__, __call__, __objclass__ and
# __self__, and the errors a wrong receiver gets.
import re
import types


def addrless(o):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(o))


kinds = [len, [].append, list.append, list.__len__, [].__len__, dict.fromkeys,
         dict.__dict__["fromkeys"], object.__new__, int.__add__, (1).__add__,
         object.__init__, object().__init__, str.join, "".join, len.__call__,
         int.from_bytes, type(iter([])).__length_hint__, list.__iadd__,
         list.__contains__, object.__init_subclass__, object.__subclasshook__]
for k in kinds:
    print(type(k).__name__, addrless(k))

print(types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(type(list.__len__) is type(int.__add__), type(str.join) is type(list.append))

# __objclass__ and __self__
for k in [list.append, list.__len__, [].__len__, dict.__dict__["fromkeys"]]:
    print(k.__objclass__, hasattr(k, "__self__") and k.__self__)
print([].append.__self__, dict.fromkeys.__self__, object.__new__.__self__)
print(hasattr([].append, "__objclass__"), hasattr(len, "__objclass__"))
print(list.append.__name__, list.append.__qualname__, list.__len__.__qualname__)

# __get__ binds, as attribute lookup on an instance does
L = [1, 2, 3]
print(list.__len__.__get__(L)(), list.append.__get__(L, list).__self__ is L)
print(list.append.__get__(None, list) is list.append)
print(dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
print(dict.__dict__["fromkeys"].__get__({})("xy", 0))
for bad in [lambda: list.append.__get__(5), lambda: list.append.__get__(None),
            lambda: list.append.__get__(None, None),
            lambda: dict.__dict__["fromkeys"].__get__(None, int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# __call__ on every kind of callable
def f(a, b=2):
    return a + b
class A:
    def m(self, x):
        return x * 2
print(f.__call__(1), f.__call__(1, b=5), A().m.__call__(4), len.__call__("abc"))
print(list.append.__call__(L, 4), L, [].__len__.__call__(), str.upper.__call__("q"))
print(A.__call__ is type.__call__ or type(A.__call__).__name__)

# A wrong receiver: slot wrappers and method descriptors word it differently
for bad in [lambda: list.__len__(5), lambda: list.append(5, 1),
            lambda: type(iter([])).__length_hint__(5), lambda: str.upper(5),
            lambda: int.__add__("a", 1), lambda: dict.fromkeys.__func__]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# Builtin class methods bind to the class they are reached through
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, type(D().fromkeys("b")).__name__)
class I(int):
    pass
print(type(I.from_bytes(b"\x01", "big")).__name__, I.from_bytes.__self__ is I)
class B(bytes):
    pass
print(type(B.fromhex("41")).__name__, float.fromhex("0x1p1"))

# A builtin method stored on a user class binds like a function
class Box(list):
    add = list.append
    size = list.__len__
b = Box()
b.add(7)
print(b, b.size(), type(Box.add).__name__, type(b.add).__name__)

# dict.fromkeys and bytes.fromhex on a subclass make the subclass
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(Loud.fromkeys("ab", 1))
class BY(bytes):
    pass
print(type(BY.fromhex("41 42")).__name__, BY.fromhex("41"))
for bad in [lambda: dict.__dict__["fromkeys"].__get__(None, 5),
            lambda: dict.__dict__["fromkeys"].__get__(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Builtin iterators' __length_hint__: what is left
import operator
print(operator.length_hint(iter([]), 5), operator.length_hint(iter([1, 2]), 5))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__())
class S:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
it = iter(S()); next(it); print(it.__length_hint__())
class NoLen:
    def __getitem__(self, i):
        raise IndexError
print(iter(NoLen()).__length_hint__())
r = reversed([1, 2, 3]); next(r); print(r.__length_hint__(), reversed((1, 2)).__length_hint__())
d = {1: 2, 3: 4}; i = iter(d); next(i); print(i.__length_hint__()); d[5] = 6; print(i.__length_hint__())
i = iter(d.values()); print(i.__length_hint__(), iter(d.items()).__length_hint__())
s = {1, 2, 3}; i = iter(s); next(i); print(i.__length_hint__()); s.add(9); print(i.__length_hint__())
print(iter("abc").__length_hint__(), iter(b"ab").__length_hint__(), iter(bytearray(b"xyz")).__length_hint__())
print(iter(range(10, 0, -3)).__length_hint__(), iter((1,)).__length_hint__())
e = iter([1]); list(e); print(e.__length_hint__())
L = [1, 2, 3]; r = reversed(L); L.clear(); print(r.__length_hint__())
print(hasattr(enumerate([]), "__length_hint__"), hasattr(map(str, []), "__length_hint__"))
