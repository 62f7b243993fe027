# typing: Protocol classes, @runtime_checkable structural isinstance() and
# issubclass(), the errors for non-runtime protocols, the Supports* protocols.
from typing import (Protocol, runtime_checkable, TypeVar, SupportsInt,
                    SupportsFloat, SupportsAbs, SupportsIndex, SupportsRound)

T = TypeVar('T')

@runtime_checkable
class Closer(Protocol):
    def close(self): ...

@runtime_checkable
class Named(Protocol):
    name: str

class Plain(Protocol):
    def meth(self): ...

class File:
    def close(self): return 'closed'
class Person:
    def __init__(self): self.name = 'ann'
class Blocked:
    close = None

print(isinstance(File(), Closer), isinstance(Person(), Closer), isinstance(Blocked(), Closer))
print(issubclass(File, Closer), issubclass(Person, Closer), issubclass(Blocked, Closer))
print(isinstance(Person(), Named), isinstance(File(), Named))
for check in (lambda: isinstance(File(), Plain), lambda: issubclass(Person, Named), lambda: Plain(), lambda: Closer()):
    try:
        check()
    except TypeError as e:
        print('TypeError', e)

class Impl(Closer):
    def __init__(self, tag): self.tag = tag
impl = Impl('x')
print(impl.tag, impl.close(), isinstance(impl, Closer), Impl._is_protocol, Closer._is_protocol)

@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
@runtime_checkable
class Both(Closer, Box[T], Protocol[T]):
    def extra(self): ...
class Full:
    def get(self): return 1
    def close(self): pass
    def extra(self): pass
print(Box.__parameters__, Both.__parameters__, Box[int], isinstance(Full(), Box), isinstance(Full(), Both), isinstance(File(), Both))

try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError', e)
try:
    class Wrong(File, Protocol): pass
except TypeError as e:
    print('TypeError', e)

print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.5, SupportsFloat),
      isinstance(-1, SupportsAbs), isinstance(1.5, SupportsRound), isinstance(True, SupportsIndex),
      isinstance(1.0, SupportsIndex), issubclass(float, SupportsInt))
class Money(SupportsAbs[int]):
    def __abs__(self): return 5
print(abs(Money()), Money.__orig_bases__, Money.__parameters__, SupportsAbs.__parameters__)
