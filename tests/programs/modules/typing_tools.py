# typing's run-time helpers: TypeVar, NewType, cast, overload, final,
# no_type_check, get_type_hints, TypedDict, Protocol, TYPE_CHECKING.
import typing
from typing import (TypeVar, NewType, cast, overload, get_overloads,
                    clear_overloads, final, no_type_check, get_type_hints,
                    TypedDict, Protocol, runtime_checkable, TYPE_CHECKING,
                    List, Dict, Optional, Any, ForwardRef, ParamSpec,
                    Callable, Concatenate, Union)

if TYPE_CHECKING:
    print("never printed")
print("TYPE_CHECKING", TYPE_CHECKING)

# TypeVar.
T = TypeVar('T')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Shape')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra, typing.AnyStr)
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
print(N.__constraints__, B.__bound__, Co.__covariant__, Contra.__contravariant__)
print(T.__module__, typing.AnyStr.__module__, T == T, T == TypeVar('T'))
print([T, N], {T: 1}[T], T | None, Optional[T])
try:
    TypeVar('Bad', covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError:", e)

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__, Callable[P, int], Concatenate[int, P])
print(Callable[Concatenate[str, P], T])

# NewType.
UserId = NewType('UserId', int)
AdminId = NewType('AdminId', UserId)
print(UserId, AdminId, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId.__supertype__, AdminId.__supertype__)
uid = UserId(42)
print(uid, type(uid), uid + 1, AdminId(UserId(7)))
print(UserId | None, List[UserId], Dict[UserId, str])
Dotted = NewType('pkg.Name', str)
print(Dotted, Dotted.__name__, Dotted('x'))

# cast returns its argument unchanged.
data = [1, 2]
print(cast(List[int], data) is data, cast('int', 'text'), cast(Any, None))
print(typing.assert_type(5, int))
try:
    typing.assert_never('x' * 120)
except AssertionError as e:
    print("AssertionError:", e)


# overload.
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double('ab'), len(get_overloads(double)))


class Calc:
    @overload
    def add(self, a: int) -> int: ...
    @overload
    def add(self, a: str) -> str: ...
    def add(self, a):
        return a + a


print(Calc().add(3), len(get_overloads(Calc.add)))


@overload
def lonely(x: int) -> int: ...


print(lonely.__name__)
try:
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
clear_overloads()
print(get_overloads(double), get_overloads(Calc.add))


# final and no_type_check.
@final
class Leaf:
    @final
    def done(self):
        return 'done'


print(Leaf.__final__, Leaf.done.__final__, Leaf().done())


@no_type_check
def loose(a: 'not a type') -> 'nor this':
    return a


print(loose.__no_type_check__, get_type_hints(loose), loose(3))


@no_type_check
class Loose:
    def m(self):
        return 1


print(Loose.__no_type_check__, Loose.m.__no_type_check__, Loose().m())


# get_type_hints resolves string annotations in the function's module.
class Shape:
    pass


def area(s, scale):
    return 0


area.__annotations__ = {'s': 'Shape', 'scale': 'Optional[float]', 'return': float}
print(get_type_hints(area))


def plain(a, b=1):
    return a


print(get_type_hints(plain), get_type_hints(Shape))
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)

# ForwardRef.
fr = ForwardRef('Shape')
print(fr, fr == ForwardRef('Shape'), fr == ForwardRef('Other'), ForwardRef('X', module='m'))
print(List['Shape'].__args__[0] == fr, hash(fr) == hash(ForwardRef('Shape')))

# TypedDict: calling one builds a plain dict.
Movie = TypedDict('Movie', {'title': str, 'year': int})
m = Movie(title='Alien', year=1979)
print(m, type(m), Movie.__total__, sorted(Movie.__required_keys__))
print(Movie.__annotations__, typing.is_typeddict(Movie), typing.is_typeddict(dict))
Partial = TypedDict('Partial', {'x': int}, total=False)
print(Partial(), Partial.__total__, Partial.__optional_keys__)


class Point(TypedDict):
    x: int
    y: int


p = Point(x=1, y=2)
print(p, type(p), p['x'] + p['y'], typing.is_typeddict(Point), Point.__total__)


class Options(TypedDict, total=False):
    verbose: bool


print(Options(verbose=True), Options(), Options.__total__)


# Protocol classes cannot be instantiated; their explicit subclasses can.
class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English(Greeter):
    def greet(self):
        return 'hello'


class Named(Greeter):
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hi ' + self.name


try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)
print(English().greet(), Named('bo').greet(), English().greet())
print(Greeter._is_protocol, English._is_protocol, isinstance(English(), English))


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class Sub(Closable, Protocol):
    def flush(self):
        ...


print(Closable._is_runtime_protocol, Sub._is_protocol)
try:
    Sub()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(English)
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(Shape, Protocol):
        pass
except TypeError as e:
    print("TypeError:", e)
print(typing.SupportsInt, typing.SupportsAbs._is_runtime_protocol, typing.IO, typing.TextIO)


@typing.dataclass_transform()
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.Text is str, callable(typing.NamedTuple) if hasattr(typing, 'NamedTuple') and False else 'ok')
