# Generic classes, Protocol[T], Annotated and PEP 585 types with typing:
# everything here subscripts a class (__class_getitem__ or list[int]).
import typing
from typing import (Generic, TypeVar, Protocol, Annotated, Optional, Union,
                    List, Dict, Callable, Iterator, get_args, get_origin,
                    get_type_hints)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), type(s).__name__, s.__orig_class__)
plain = Stack()
plain.push('x')
print(plain.items, hasattr(plain, '__orig_class__'))
print(Stack[int], Stack[str], Stack[List[int]], Stack[Optional[str]])
print(Pair[str, int], Pair[str, int]('a', 1), Pair('b', [2]))
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack[int] is Stack[int])
print(Stack[int].__origin__ is Stack, Stack[int].__args__, Pair[K, int].__parameters__)
print(Pair[K, V][str, int], Pair[str, V][bytes], Stack[T][float])
print(get_origin(Stack[int]) is Stack, get_args(Pair[str, int]))
print(Stack.__mro__)
print(issubclass(Stack, Generic), isinstance(s, Stack), Stack[int].__module__)


class Sized(Protocol[T]):
    def size(self) -> int:
        ...


try:
    Sized()
except TypeError as e:
    print("TypeError:", e)

for bad in [lambda: Generic[int], lambda: Generic[()], lambda: Generic[T, T],
            lambda: Protocol[int], lambda: Pair[str, int][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Annotated.
A = Annotated[int, 'meta', 3]
print(A, A.__origin__, A.__metadata__, get_origin(A) is Annotated, get_args(A))
print(Annotated[Annotated[int, 'a'], 'b'], Annotated[List[int], 'x'])
print(Annotated[int, 'a'] == Annotated[int, 'a'], Annotated[int, 'a'] == Annotated[int, 'b'])
print(Optional[Annotated[int, 'pos']], A.__name__ if hasattr(A, '__name__') else '')
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: Annotated[()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# PEP 585 types inside typing constructs.
print(Optional[list[int]], Union[dict[str, int], None], List[tuple[int, ...]])
print(Callable[[list[int]], dict[str, int]], Union[list[int], list[int]])
print(get_args(list[int]), get_origin(dict[str, int]), get_args(dict[str, list[int]]))
print(get_origin(list[int] | None), get_args(list[int] | None))
print(list[T], list[T].__parameters__, dict[K, list[V]].__parameters__)
print(Stack[list[int]], Pair[str, dict[str, int]])


def area(s, scale):
    return 0


area.__annotations__ = {'s': 'list[Stack[int]]', 'return': 'Annotated[float, "m2"]'}
print(get_type_hints(area), get_type_hints(area, include_extras=True))
