# collections.abc: which builtin objects and classes are instances and
# subclasses of each ABC (registration and __subclasshook__).
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible,
                             Generator, Sized, Container, Callable, Collection,
                             Sequence, MutableSequence, Set, MutableSet,
                             Mapping, MutableMapping, ByteString, Awaitable,
                             Coroutine, AsyncIterable, AsyncGenerator)
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap

ABCS = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
        Callable, Collection, Sequence, MutableSequence, Set, MutableSet,
        Mapping, MutableMapping, ByteString, Awaitable, Coroutine,
        AsyncIterable, AsyncGenerator]


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
objs = [1, 2.5, None, 'ab', b'xy', bytearray(b'z'), [1], (1,), {1: 2}, {1},
        frozenset(), range(3), iter([]), iter(()), iter('a'), iter({}),
        iter({}.values()), iter(range(2)), gen(), c, agen(), len, gen, print,
        [].append, object(), type, deque(), OrderedDict(), Counter(),
        defaultdict(list), ChainMap(), zip(), map(abs, [])]
print(' ' * 15 + ''.join(a.__name__[0] for a in ABCS))
for o in objs:
    bits = ''.join('1' if isinstance(o, a) else '.' for a in ABCS)
    print(type(o).__name__[:14].ljust(15) + bits)
c.close()

for cls in (list, tuple, str, bytes, dict, set, frozenset, int, type(None)):
    print(cls.__name__, [a.__name__ for a in ABCS if issubclass(cls, a)])

print(Sized, Callable, Mapping.__module__, Set.__qualname__)
print(Sequence[int], Mapping[str, int], Callable[[int, str], float],
      Callable[..., int], Callable[[], None], Iterable[tuple[int, str]])
print(Callable[[int], str].__args__, Callable[..., int].__args__,
      type(Callable[[int], str]).__name__)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__),
      sorted(Set.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(collections.abc.Sized is Sized, 'Buffer' in collections.abc.__all__,
      len(collections.abc.__all__))
