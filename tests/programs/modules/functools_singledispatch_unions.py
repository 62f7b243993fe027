from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable
import typing
@singledispatch
def f(x):
    return "default"
@f.register
def _(x: int | str):
    return "int|str"
@f.register(float | complex)
def _(x):
    return "num"
@f.register
def _(x: typing.Union[list, tuple]):
    return "list|tuple"
@f.register(Mapping)
def _(x):
    return "mapping"
@f.register(Iterable)
def _(x):
    return "iterable"
print(f(1), f("s"), f(1.5), f(2j), f([1]), f((1,)), f({}), f({1}), f(None), f(True))
try:
    @f.register
    def _(x: int | 5):
        pass
except TypeError as e:
    print("TypeError")
class K:
    @singledispatchmethod
    def m(self, x):
        return "m default"
    @m.register
    def _(self, x: int | bytes):
        return "m int|bytes"
print(K().m(1), K().m(b""), K().m("s"))
