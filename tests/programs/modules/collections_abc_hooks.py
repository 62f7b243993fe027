# collections.abc: __subclasshook__ structural checks, None blocking a
# method, register() and virtual subclasses, abstract instantiation, the
# Generator / Coroutine / AsyncIterator mixins.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized,
                             Container, Collection, Callable, Sequence,
                             Generator, Coroutine, AsyncIterator, Awaitable,
                             Mapping)

class Lengthy:
    def __len__(self): return 3
class NoHash:
    __hash__ = None
class Seqish:
    def __iter__(self): return iter('ab')
    def __reversed__(self): return iter('ba')
class Blocked(Seqish):
    __iter__ = None
class Full(Lengthy):
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class Caller:
    def __call__(self): return 'called'

for cls in (Lengthy, NoHash, Seqish, Blocked, Full, Caller):
    print(cls.__name__, [a.__name__ for a in
                         (Hashable, Iterable, Reversible, Sized, Container, Collection, Callable)
                         if issubclass(cls, a)])

class Tuple3:
    def __getitem__(self, i): return (7, 8, 9)[i]
    def __len__(self): return 3
print(isinstance(Tuple3(), Sequence), isinstance(Tuple3(), Iterable), Sequence.register(Tuple3) is Tuple3)
print(isinstance(Tuple3(), Sequence), isinstance(Tuple3(), Reversible), issubclass(Tuple3, Collection), issubclass(Tuple3, Mapping))

try:
    Sequence()
except TypeError as e:
    print('TypeError', e)
class Half(Sequence):
    def __len__(self): return 0
try:
    Half()
except TypeError as e:
    print('TypeError', e)

class Counter(Generator):
    def __init__(self, n): self.n = n
    def send(self, value):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = Counter(3)
print(next(g), list(g), isinstance(g, Iterator), iter(g) is g)
g2 = Counter(5); g2.close(); print(g2.n)
try:
    Counter(1).throw(ValueError, ValueError('boom'))
except ValueError as e:
    print('ValueError', e)

class Fut(Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): raise StopIteration('thrown')
    def __await__(self): return iter(())
f = Fut(); f.close()
print(isinstance(f, Awaitable), issubclass(Fut, Coroutine))

class ANums(AsyncIterator):
    def __init__(self): self.i = 0
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
it = ANums()
print(it.__aiter__() is it, isinstance(it, AsyncIterator))
