# The typing special forms and generic aliases: reprs, equality, errors.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, MutableSequence, Awaitable,
                    Coroutine, AsyncIterator, Literal, Final, ClassVar,
                    TypeVar, NoReturn, Hashable, Sized, Deque, DefaultDict,
                    Counter, ContextManager)


class Node:
    pass


print(Any, Optional, Union, List, Dict, Callable, Literal, Final, ClassVar)
print(Set, FrozenSet, Tuple, Type, Iterable, Iterator, Generator, Sequence)
print(Mapping, MutableMapping, MutableSequence, Awaitable, Coroutine, AsyncIterator)
print(NoReturn, Hashable, Sized, Deque, DefaultDict, Counter, ContextManager)

print(Optional[int], Optional[str], Optional[Node], Optional[List[int]])
print(Union[int, str], Union[int, str, None], Union[None, int], Union[int, None])
print(Union[int, Union[str, float]], Union[int, int], Union[int, str, int])
print(Union[int], Optional[None], Optional[Union[int, str]], Optional[Optional[int]])
print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[Node])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[int])
print(Callable[[int], str], Callable[[], None], Callable[..., Any])
print(Callable[[int, List[str]], Dict[str, int]], Optional[Callable[[int], None]])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[Node])
print(Mapping[str, Any], MutableMapping[str, int], MutableSequence[float])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[bytes])
print(Deque[int], DefaultDict[str, List[int]], Counter[str], ContextManager[int])
print(Literal['a', 1, None, True], Literal[1, 1, 2], Literal[Literal[1, 2], 3])
print(Final[int], ClassVar[List[int]], ClassVar[Dict[str, Any]])
print(List[Dict[str, Tuple[int, ...]]], Dict[str, List[Optional[Node]]])
print(List['Node'], Optional['Node'], Union[int, 'Node'])
print(List[None], Tuple[None, int], Dict[str, None])

T = TypeVar('T')
K = TypeVar('K')
print(List[T], Dict[K, T], Tuple[T, ...], Callable[[T], K])
print(List[T][int], Dict[K, T][str, int], Dict[str, T][Node], Callable[[T], K][int, str])
print(List[T].__parameters__, Dict[K, T].__parameters__, Union[T, int].__parameters__)
print(Union[T, int][str], Optional[T][int], List[Optional[T]][int])

# | on the typing objects.
print(Any | None, int | List[int], List[int] | None, Optional[int] | str)
print(List[int] | Dict[str, int], T | None)

# Attributes.
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Union[int, str].__origin__, Union[int, str].__args__, Optional[int].__args__)
print(Callable[[int], str].__args__, Callable[..., int].__args__, Tuple[int, ...].__args__)
print(Literal[1, 'x'].__args__, Final[int].__origin__, List.__origin__, Iterable[int].__origin__)
print(List.__name__, List[int].__name__, Optional.__name__, Union.__name__)
print(List[int].__module__, Union[int, str].__module__)

# get_origin and get_args.
for tp in [List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int], str],
           Callable[..., int], Tuple[int, ...], Literal[1], Final[int], List, int, None]:
    print(repr(tp), typing.get_origin(tp), typing.get_args(tp))

# Equality, hashing, caching.
print(List[int] == List[int], List[int] == List[str], List[int] is List[int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(Optional[int] == Union[int, None], Optional[int] is Optional[int])
print(hash(Union[int, str]) == hash(Union[str, int]), Dict[str, int] != Dict[str, int])
print(Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Literal['a'] == Literal['a'])
print(Callable[[int], str] == Callable[[int], str], Tuple[int, str] == Tuple[str, int])
print(List[int] == list, List == list, Any == Any, Union[int, str] == int)
cache = {List[int]: 'list', Union[int, str]: 'union', Literal[1]: 'lit'}
print(cache[List[int]], cache[Union[str, int]], cache[Literal[1]], len(cache))

# Errors.
def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


err(lambda: List[int, str])
err(lambda: Dict[str])
err(lambda: Sized[int])
err(lambda: Optional[int, str])
err(lambda: List())
err(lambda: Dict())
err(lambda: Tuple())
err(lambda: Any())
err(lambda: Union())
err(lambda: Optional())
err(lambda: Union[()])
err(lambda: NoReturn[int])
err(lambda: Callable[int])
err(lambda: Callable[[int], str, float])
err(lambda: List[int][str])
err(lambda: ClassVar[int, str])
err(lambda: Final[int, str])
err(lambda: List[ClassVar[int]])
err(lambda: List[Union])
err(lambda: Union[int, Optional])
err(lambda: TypeVar('X', int))
err(lambda: TypeVar('X', int, str, bound=int))
err(lambda: List[T][int, str])
