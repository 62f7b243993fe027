# typing: Generic classes get __parameters__ and __orig_bases__; C[int] can
# be subclassed, instantiated (__orig_class__) and checked; generic ABCs.
from typing import (Generic, TypeVar, Iterator, Mapping, Sequence, Protocol,
                    get_origin, get_args)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item): self.item = item
class Pair(Generic[K, V]):
    pass
class IntBox(Box[int]):
    pass
class Both(Box[T], Pair[K, V]):
    pass
class Ordered(Box[T], Generic[V, T]):
    pass

print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Both.__parameters__, Ordered.__parameters__)
print(Box.__orig_bases__, IntBox.__orig_bases__, IntBox.__bases__, Both.__bases__)
print(IntBox.__mro__)
print(Box[int], Pair[str, Box[int]], Pair[K, int], Pair[K, int][str], Both[int, str, bytes])
b = Box[str]('hi')
print(b.item, b.__orig_class__, type(b).__name__, IntBox(4).item, isinstance(IntBox(1), Box))
print(Box[int] == Box[int], Box[int] != Box[str], Box[int].__origin__, Box[int].__args__, Pair[K, int].__parameters__)
print(get_origin(Pair[str, int]), get_args(Pair[str, int]), get_origin(Box), get_args(Box))

for expr in ('Box[int, str]', 'Pair[int]', 'IntBox[int]', 'Generic[int]', 'Generic[T, T]', 'Box[int][str]'):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError', e)
for body in ('class A(Generic): pass', 'class B(Box[T], Generic[K]): pass',
             'class C(Generic[T], Generic[K]): pass'):
    try:
        exec(body)
    except TypeError as e:
        print('TypeError', e)

class Countdown(Iterator[int]):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), Countdown.__bases__, Countdown.__parameters__)

class Frozen(Mapping[K, V]):
    def __init__(self, pairs): self._d = dict(pairs)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
fz = Frozen([(1, 'one'), (2, 'two')])
print(Frozen.__parameters__, Frozen[int, str], fz.get(2), fz.get(3, '?'), list(fz.items()), fz == {1: 'one', 2: 'two'})

class Deck(Sequence[T]):
    def __init__(self, *cards): self.cards = cards
    def __getitem__(self, i): return self.cards[i]
    def __len__(self): return len(self.cards)
d = Deck('a', 'b', 'a')
print(d.index('b'), d.count('a'), list(reversed(d)), 'b' in d, Deck.__mro__[1].__name__)

class Reader(Protocol[T]):
    def read(self) -> T: ...
class StrReader(Reader[str]):
    def read(self): return 'text'
print(Reader.__parameters__, StrReader.__parameters__, StrReader().read(), StrReader._is_protocol)
