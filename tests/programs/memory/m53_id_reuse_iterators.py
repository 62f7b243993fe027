# id() reuse of iterator and generator objects: each is made where CPython
# makes it (enumerate before its inner iterator), so a freed block is
# taken by the same kind of object as in CPython.
def g():
    yield 1
print("genfunc", id(g()) == id(g()))
a = g(); ia = id(a); del a
b = g(); print("genfunc del", id(b) == ia)
print("genexpr", id(x for x in ()) == id(x for x in ()))
c = (x for x in ()); ic = id(c); del c
d = (x for x in ()); print("genexpr del", id(d) == ic)
class A:
    def __del__(self): pass
print("inst with del", id(A()) == id(A()))
import collections
print("deque", id(collections.deque()) == id(collections.deque()))
print("iter", id(iter([])) == id(iter([])))
print("enumerate", id(enumerate([])) == id(enumerate([])))
print("zip", id(zip()) == id(zip()))
print("map", id(map(str, [])) == id(map(str, [])))
class I:
    def __iter__(self):
        raise ValueError("no iterator")
try:
    enumerate(I())
except ValueError as e:
    print("ValueError", e)
try:
    enumerate([], start="x")
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("ab", start=5)), list(enumerate(iterable="xy")))
