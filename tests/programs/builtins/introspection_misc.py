print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1,2) < slice(1,3), hash(slice(1,2)) if False else "")
def f():
    x = 1
    return vars()
print(f())
r = range(10)
print(r.index(4), r.count(4), r.count(11), range(0, 20, 3).index(9))
print((5).as_integer_ratio(), (True).as_integer_ratio())
print(isinstance(1, int | str), isinstance("a", int | None), issubclass(bool, int | str))
class D:
    def __dir__(self): return ["b", "a"]
print(dir(D()))
class A: pass
class B(A): pass
print(A.__subclasses__(), B.__base__, A.__base__, int.__base__, object.__base__)
print(staticmethod(len).__func__, classmethod(len).__func__)
def mk():
    v = 5
    def g(): return v
    return g
print(mk().__closure__[0].cell_contents)
def h(self): return self
print(h.__get__(1)())
print(len.__module__, len.__name__, len.__qualname__)
print(object(), 1) if False else None
try:
    object(1)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(int(b"42"), float(b"1.5"), ord(b"a"), int(bytearray(b"7")))
print(bytes(reversed(b"abc")))
