# collections.abc: the mixin methods of Mapping, MutableMapping, Sequence,
# MutableSequence, Set and MutableSet, built on a few abstract methods.
from collections.abc import (MutableMapping, Mapping, MutableSequence, Set,
                             MutableSet, KeysView, ItemsView, ValuesView)

class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f'Store({self._d})'

s = Store([(1, 'a')], b=None)
del s['b']; s[2] = 'b'
s.update({3: 'c'})
print(s, len(s), 1 in s, 9 in s, s.get(9, '-'), s.setdefault(4, 'd'), s.setdefault(1, 'x'))
print(list(s.keys()), list(s.values()), list(s.items()), s.keys(), s == {1: 'a', 2: 'b', 3: 'c', 4: 'd'})
print(s.pop(4), s.pop(99, None), s.popitem(), s, isinstance(s.keys(), KeysView), isinstance(s.items(), Set))
print(s.keys() & {3, 7}, s.keys() | {8}, s.keys() - {3}, (3, 'c') in s.items(), 'c' in s.values(), isinstance(s.values(), ValuesView))
try:
    s.pop(99)
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, isinstance(s, Mapping), isinstance(s, dict))

class Arr(MutableSequence):
    def __init__(self, items=()): self._l = list(items)
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
    def __repr__(self): return f'Arr({self._l})'

a = Arr([5, 3, 5])
a.append(1); a.extend((8, 5)); a += [0]
print(a, a.index(5), a.index(5, 1), a.index(5, -3), a.count(5), 8 in a, list(reversed(a)))
a.reverse(); print(a, a.pop(), a.pop(0), a); a.remove(3); print(a)
try:
    a.index(42)
except ValueError:
    a.clear(); print('ValueError', a, len(a))

class Bag(Set):
    def __init__(self, it=()): self._items = sorted(set(it))
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def __repr__(self): return f'Bag({self._items})'
    __hash__ = Set._hash

x, y = Bag([1, 2, 3]), Bag([3, 4])
print(x & y, x | y, x - y, x ^ y, [4, 1] - x, x <= Bag([1, 2, 3, 9]), x < x, x == Bag([3, 2, 1]), x.isdisjoint(y))
print(hash(Bag([1, 2])) == hash(frozenset([1, 2])), Bag() == set(), {1, 2, 3} == x)

class Tags(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)

t = Tags([1, 2])
t |= [3]; t -= {1}; t ^= {2, 9}; t &= {3, 9, 10}
print(list(t), t.pop(), list(t))
try:
    t.remove(9); t.remove(9)
except KeyError as e:
    print('KeyError', e, len(t))
