# inspect: Signature, Parameter and BoundArguments; signature() of
# functions, methods, classes, partials and callables; getfullargspec
# and getcallargs.
import functools
import inspect
from inspect import Parameter, Signature, signature


def f(a, b: int = 1, /, c=(2, 'x'), *args, d, e: str = 'e', **kw) -> list: pass
def po(x, y, /): pass
def kwo(*, key=None): pass


for fn in (f, po, kwo, lambda: 0, lambda p, *q, r=3: 0):
    print(signature(fn))
sig = signature(f)
print(repr(sig), sig.return_annotation)
print(sig.parameters)
for p in sig.parameters.values():
    print(' ', repr(p), p.kind, p.kind.description, p.default is Parameter.empty)


class Shape:
    def __init__(self, width, height=1, *, name='shape'): pass
    def area(self, scale=1.0): pass
    @classmethod
    def unit(cls, size): pass
    @staticmethod
    def helper(n, /): pass
    def __call__(self, *points): pass


class Square(Shape):
    def __new__(cls, side): return super().__new__(cls)


print(signature(Shape), signature(Square), signature(Shape.area))
print(signature(Shape(1).area), signature(Shape.unit), signature(Shape.helper), signature(Shape(2)))
print(signature(functools.partial(f, 1, 2, 3, d=0)))
print(signature(functools.partial(Shape, height=5)))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs): return fn(*args, **kwargs)
    return wrapper


@logged
def scaled(value, factor=2): pass
print(signature(scaled), signature(scaled, follow_wrapped=False))

ba = sig.bind(1, 2, 3, 4, d=5, z=6)
print(ba, ba.args, ba.kwargs)
ba = signature(Shape).bind_partial(7)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'width': 1}), ((1,), {'color': 'red'})]:
    try:
        signature(Shape).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    signature(po).bind(1, y=2)
except TypeError as e:
    print('TypeError:', e)

p = Parameter('size', Parameter.KEYWORD_ONLY, default=10, annotation=int)
print(p, p.replace(kind=Parameter.POSITIONAL_ONLY, default=Parameter.empty))
new = Signature([Parameter('a', Parameter.POSITIONAL_ONLY), p], return_annotation=str)
print(new, new == sig, new == Signature([Parameter('a', 0), p], return_annotation=str))
for bad in ([Parameter('a', 1, default=0), Parameter('b', 1)], [p, Parameter('c', 0)]):
    try: Signature(bad)
    except ValueError as e: print('ValueError:', e)
print(inspect.getfullargspec(f))
print(list(inspect.getcallargs(Shape(1).area)), inspect.getcallargs(f, 1, 2, d=3))
try:
    inspect.getcallargs(po, 1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
