# typing: the bare aliases of collections.abc and of the builtin
# containers answer isinstance()/issubclass() through their origins;
# subscripted ones refuse; get_origin/get_args; the reprs.
import typing
from typing import (Any, Callable, Dict, Iterable, List, Literal, Mapping,
                    Optional, Sequence, Sized, Tuple, Union, get_args, get_origin)
import collections

class Bag:
    def __len__(self): return 0
    def __iter__(self): return iter(())

NAMES = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Sized', 'Container',
         'Collection', 'Callable', 'AbstractSet', 'MutableSet', 'Mapping',
         'MutableMapping', 'Sequence', 'MutableSequence', 'ByteString', 'Tuple',
         'List', 'Dict', 'Set', 'FrozenSet', 'Deque', 'DefaultDict', 'Counter',
         'OrderedDict', 'ChainMap', 'Generator', 'Awaitable', 'Type',
         'ContextManager', 'Pattern']
objs = [0, 'ab', b'x', [1], (1,), {1: 2}, {3}, frozenset(), range(1), iter([]),
        (i for i in ()), len, int, Bag(), collections.deque(), collections.Counter(),
        collections.OrderedDict(), collections.defaultdict(int), collections.ChainMap()]
for o in objs:
    print(type(o).__name__[:12].ljust(13) +
          ''.join('1' if isinstance(o, getattr(typing, n)) else '.' for n in NAMES))
for cls in (list, dict, str, Bag):
    print(cls.__name__, [n for n in NAMES if issubclass(cls, getattr(typing, n))])
print(isinstance(3, (Sized, int)), isinstance([], (int, Sized)), issubclass(dict, (Sequence, Mapping)))

for expr in ('issubclass(list, Iterable[int])', 'isinstance((), Sequence[int])',
             'typing.Hashable[int]',
             'List[int, str]', 'Dict[int]', 'List()', 'Tuple()', 'Callable[int]'):
    try:
        eval(expr)
        print('no error:', expr)
    except TypeError as e:
        print('TypeError', e)

print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool],
      Callable[..., None], Optional[int], Union[int, str, None], Literal['a', 1, None])
print(Union[int, Union[str, int]], Optional[Optional[int]], Union[int], Union[int, str] == Union[str, int],
      {Union[int, str]: 'u'}[Union[str, int]], Literal[1, 2] == Literal[2, 1], List[int] | None)
for tp in (List[int], Dict[str, int], Callable[[int], str], Callable[..., int], Tuple[int, ...],
           Optional[int], Literal[1, 'x'], Iterable[int], Any, int, List):
    print(tp, get_origin(tp), get_args(tp))
print(typing.List.__origin__, typing.Sized.__origin__, typing.AbstractSet.__origin__,
      typing.Deque(), typing.DefaultDict(list), typing.OrderedDict(a=1), typing.Counter('aab'))
