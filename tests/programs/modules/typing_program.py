# An ordinary annotated program: typing names in annotations, aliases and
# casts, the way scripts use them.
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional,
                    Tuple, Union, Sequence, Mapping, TypeVar, cast, Final,
                    ClassVar, NewType, Literal, TYPE_CHECKING)
import typing

if TYPE_CHECKING:
    from collections.abc import Sized  # never runs

T = TypeVar('T')
Number = Union[int, float]
Grid = List[List[int]]
Handler = Callable[[str], Optional[str]]
Mode = Literal['r', 'w']
MAX: Final = 3
OrderId = NewType('OrderId', int)


class Inventory:
    count: ClassVar[int] = 0

    def __init__(self, items: Optional[Dict[str, int]] = None) -> None:
        self.items: Dict[str, int] = dict(items or {})
        Inventory.count += 1

    def add(self, name: str, qty: int = 1) -> 'Inventory':
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def most(self) -> Optional[Tuple[str, int]]:
        if not self.items:
            return None
        return max(self.items.items(), key=lambda kv: kv[1])


def total(values: Iterable[Number]) -> Number:
    return sum(values)


def chunks(seq: Sequence[T], n: int) -> Iterator[List[T]]:
    for i in range(0, len(seq), n):
        yield list(seq[i:i + n])


def apply(handlers: Mapping[str, Handler], text: str) -> List[Optional[str]]:
    return [h(text) for _, h in sorted(handlers.items())]


def first(xs: Sequence[Any], default: Any = None) -> Any:
    return xs[0] if xs else default


def open_mode(mode: Mode) -> str:
    return {'r': 'reading', 'w': 'writing'}[mode]


grid: Grid = [[1, 2], [3, 4]]
inv = Inventory().add('apple', 3).add('pear').add('apple')
print(inv.items, inv.most(), Inventory().most(), Inventory.count)
print(total([1, 2.5, 3]), total(x for row in grid for x in row))
print(list(chunks([1, 2, 3, 4, 5], 2)), list(chunks('abcde', 3)))
handlers: Dict[str, Handler] = {
    'upper': str.upper,
    'none': lambda s: None,
    'rev': lambda s: s[::-1],
}
print(apply(handlers, 'abc'))
print(first([]), first([9]), open_mode('w'), MAX)
oid = OrderId(17)
print(oid, cast(int, oid) + 1, cast(Dict[str, int], inv.items) is inv.items)
print(Number, Grid, Handler, Mode, OrderId)
print(typing.get_args(Number), typing.get_origin(Grid), typing.get_args(Handler))
print(isinstance(3, typing.get_args(Number)), isinstance('x', typing.get_args(Number)))


def describe(x: Union[int, str, List[Any], None]) -> str:
    if x is None:
        return 'none'
    if isinstance(x, int):
        return 'int %d' % x
    if isinstance(x, str):
        return 'str ' + x
    return 'list of %d' % len(x)


for v in [None, 3, 'hi', [1, 2]]:
    print(describe(v))
