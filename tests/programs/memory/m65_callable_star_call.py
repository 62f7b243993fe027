# Calling an object with __call__ (or a builtin) as p(*t, **d): CPython's
# PyObject_Call hands over t and d themselves and slot_tp_call lends their
# items to __call__, unpacking the keywords once (_PyStack_UnpackDict), so
# inside it an argument has no further references; errors in __call__, a
# staticmethod __call__, non-str keywords and duplicate values release the
# same references.
import sys
class X:
    def __init__(self, n): self.n = n
    def __del__(self): print("del X", self.n)
x = X(0)
t = (x,)
d = {"v": x}
class P:
    def __call__(self, v=None, *a, **k): print("call", sys.getrefcount(v), len(a), sorted(k))
p = P()
p(*t)
p(**d)
p(*t, **{"w": X(1)})
p(**{"v": X(2)})
p(*(X(3), X(4)), **{"q": X(5)})
class S:
    @staticmethod
    def __call__(v): print("static", sys.getrefcount(v))
S()(**d)
S()(*t)
class E:
    def __call__(self, v): raise ValueError(v.n)
try:
    E()(**{"v": X(6)})
except ValueError as e:
    print("caught", e)
try:
    p(**{1: 2})
except TypeError as e:
    print("caught", e)
try:
    E()(*t, **d)
except TypeError as e:
    print("caught", e)
print(dict(**{"a": 1}), sorted([3, 1, 2], **{"key": None, "reverse": True}))
import functools
print(functools.partial(lambda **k: sorted(k), a=1)(**{"b": X(7)}))
print("end", sys.getrefcount(x))
