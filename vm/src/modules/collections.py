"""High-performance container datatypes: ouro's `collections` module.

ouro's `collections`, written in Python after CPython 3.11's
Lib/collections/__init__.py and, for the types CPython writes in C
(Modules/_collectionsmodule.c: deque, defaultdict, the named-tuple field
getter; Objects/odictobject.c: OrderedDict), after the C behaviour: the
reprs, the argument checks and their TypeError/ValueError/IndexError texts,
the order in which elements are compared, and when mutation during iteration
is detected.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values
* UserDict     wrapper around dictionary objects for easier dict subclassing
* UserList     wrapper around list objects for easier list subclassing
* UserString   wrapper around string objects for easier string subclassing

How the pieces are built:
  * deque is native (vm/src/types/deque.rs), as CPython's is C;
  * OrderedDict keeps its order in the dict itself (ouro's dicts remember
    insertion order): only move_to_end(last=False) and reversed iteration
    cost O(n);
  * namedtuple builds its classes with type() and no generated source:
    __new__ binds its arguments itself and raises the TypeErrors that
    CPython's generated `lambda _cls, x, y: ...` would;
  * ChainMap, UserDict, UserList and UserString get the mixin methods of
    collections.abc from small classes of this module, which print as
    collections.abc's (MutableMapping, KeysView, ...).

Differences, because of what ouro does not have yet:
  * there is no collections.abc: isinstance(x, Mapping) is approximated by
    "a dict, a ChainMap or a UserDict (or a subclass)";
  * no sys._getframe: namedtuple() without module= gives the class the
    __module__ '__main__';
  * Point.__new__.__defaults__ is None (the defaults live in the closure);
  * OrderedDict.move_to_end() re-inserts the key object it was given, so
    an equal key of another type (1 for 1.0) replaces the stored one;
    iterating an OrderedDict (or its views) that is changed meanwhile
    raises the dict's RuntimeError, not "OrderedDict mutated during
    iteration"; the views have no `mapping` attribute (no mappingproxy).
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
import _ouro

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from operator import itemgetter as _itemgetter
from types import GenericAlias as _GenericAlias

_MAXSIZE = _sys.maxsize
_MISSING = object()

# keyword.kwlist of CPython 3.11 (soft keywords are not keywords)
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])

_dict_keys = type({}.keys())
_dict_items = type({}.items())

# Objects whose repr is being computed, by id (CPython's Py_ReprEnter).
_repr_running = set()


def _is_mapping(obj):
    return isinstance(obj, (dict, _Mapping))


def _is_set(obj):
    # collections.abc.Set, as far as ouro can tell
    return isinstance(obj, (set, frozenset, _dict_keys, _dict_items,
                            _odict_keys, _odict_items, _KeysView, _ItemsView))


def _is_iterable(obj):
    return getattr(type(obj), '__iter__', None) is not None


################################################################################
### deque
################################################################################

# Written in Rust, as CPython writes it in C (vm/src/types/deque.rs).
from _collections import deque


################################################################################
### collections.abc's mixins for ChainMap, UserDict, UserList, UserString
################################################################################

class Mapping:
    __module__ = 'collections.abc'
    __slots__ = ()

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None

    __class_getitem__ = classmethod(_GenericAlias)


_Mapping = Mapping


class MutableMapping(Mapping):
    __module__ = 'collections.abc'
    __slots__ = ()

    def pop(self, key, default=_MISSING):
        '''D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised.
        '''
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.
        '''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
            If E present and has a .keys() method, does:     for k in E: D[k] = E[k]
            If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v
            In either case, this is followed by: for k, v in F.items(): D[k] = v
        '''
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


_MutableMapping = MutableMapping


class _SetMixin:
    """collections.abc.Set's comparisons and operators, for the views."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __le__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    def __and__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'Return True if two sets have a null intersection.'
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__


class MappingView:
    __module__ = 'collections.abc'
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, _SetMixin):
    __module__ = 'collections.abc'
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, _SetMixin):
    __module__ = 'collections.abc'
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView):
    __module__ = 'collections.abc'
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            v = mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_KeysView = KeysView
_ItemsView = ItemsView
_ValuesView = ValuesView


################################################################################
### OrderedDict
################################################################################

def _add_pairs(self, pairs):
    """Set self[k] = v for each (k, v) of pairs (odictobject.c's version)."""
    for pair in pairs:
        if type(pair) is tuple and len(pair) == 2:
            key, value = pair
        else:
            it = iter(pair)
            key = next(it, _MISSING)
            if key is _MISSING:
                raise ValueError('need more than 0 values to unpack')
            value = next(it, _MISSING)
            if value is _MISSING:
                raise ValueError('need more than 1 value to unpack')
            if next(it, _MISSING) is not _MISSING:
                raise ValueError('too many values to unpack (expected 2)')
        self[key] = value


def _update_from(self, other):
    """OrderedDict's update() with one argument: a dict, something with
    keys(), something with items(), or pairs."""
    if type(other) is dict:
        if type(self) is OrderedDict:
            dict.update(self, other)
        else:
            _add_pairs(self, list(other.items()))
        return
    keys = getattr(other, 'keys', None)
    if keys is not None:
        for key in keys():
            self[key] = other[key]
        return
    items = getattr(other, 'items', None)
    if items is not None:
        _add_pairs(self, items())
        return
    _add_pairs(self, other)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        if args:
            _update_from(self, args[0])
        if kwds:
            _add_pairs(self, list(kwds.items()))

    def update(self, /, *args, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
            If E present and has a .keys() method, does:     for k in E: D[k] = E[k]
            If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v
            In either case, this is followed by: for k, v in F.items(): D[k] = v
        '''
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument '
                            '(%d given)' % len(args))
        if args:
            _update_from(self, args[0])
        if kwds:
            _add_pairs(self, list(kwds.items()))

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false.'''
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist.'''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def setdefault(self, key, default=None):
        '''Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default.'''
        if type(self) is OrderedDict:
            return dict.setdefault(self, key, default)
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, default=_MISSING):
        '''od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError.'''
        if type(self) is OrderedDict:
            if default is _MISSING:
                return dict.pop(self, key)
            return dict.pop(self, key, default)
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _odict_items(self)

    def __reversed__(self):
        """od.__reversed__() <==> reversed(od)"""
        return _odict_iterator(self, 0, True)

    def __eq__(self, other):
        result = dict.__eq__(self, other)
        if result is not True or not isinstance(other, OrderedDict):
            return result
        return _same_order(self, other)

    def __ne__(self, other):
        result = dict.__ne__(self, other)
        if result is not False or not isinstance(other, OrderedDict):
            return result
        return not _same_order(self, other)

    __hash__ = None

    def __repr__(self):
        cls = type(self)
        if not dict.__len__(self):
            return '%s()' % cls.__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if cls is OrderedDict:
                pieces = list(dict.items(self))
            else:
                pieces = list(self.items())
            return '%s(%r)' % (cls.__name__, pieces)
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        """Return state information for pickling"""
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def copy(self):
        'od.copy() -> a shallow copy of od'
        cls = type(self)
        if cls is OrderedDict:
            new = OrderedDict()
            for key, value in dict.items(self):
                dict.__setitem__(new, key, value)
            return new
        new = cls()
        for key in list(dict.keys(self)):
            new[key] = self[key]
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        _update_from(new, other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        _update_from(new, self)
        return new

    def __ior__(self, other):
        _update_from(self, other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


def _same_order(a, b):
    """Whether two equal OrderedDicts hold their keys in the same order."""
    for x, y in zip(dict.__iter__(a), dict.__iter__(b)):
        if x is not y and not x == y:
            return False
    return True


class odict_iterator:
    """Iterates an OrderedDict backwards (over a snapshot of its keys)."""
    __module__ = 'builtins'
    __slots__ = ('_od', '_keys', '_kind', '_size')

    def __init__(self, od, kind, reverse):
        keys = list(dict.keys(od))
        if not reverse:
            keys.reverse()      # the keys are popped from the end
        self._od = od
        self._keys = keys
        self._kind = kind
        self._size = len(keys)

    def __iter__(self):
        return self

    def __next__(self):
        keys = self._keys
        if not keys:
            raise StopIteration
        od = self._od
        if dict.__len__(od) != self._size:
            keys.clear()
            raise RuntimeError('OrderedDict changed size during iteration')
        key = keys.pop()
        if not dict.__contains__(od, key):
            keys.clear()
            raise RuntimeError('OrderedDict mutated during iteration')
        kind = self._kind
        if kind == 0:
            return key
        value = dict.__getitem__(od, key)
        if kind == 1:
            return value
        return (key, value)

    def __length_hint__(self):
        return len(self._keys)


_odict_iterator = odict_iterator
del odict_iterator


class _odict_view:
    __module__ = 'builtins'
    __slots__ = ('_od',)

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return dict.__len__(self._od)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self))
        finally:
            _repr_running.discard(key)


class _odict_setops(_odict_view):
    """The set operations of dict_keys and dict_items."""
    __slots__ = ()

    def __eq__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) == len(other) and _all_in(self, other)

    def __ne__(self, other):
        if not _is_set(other):
            return NotImplemented
        return not (len(self) == len(other) and _all_in(self, other))

    def __lt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) < len(other) and _all_in(self, other)

    def __le__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __gt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) > len(other) and _all_in(other, self)

    def __ge__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    __hash__ = None

    def __and__(self, other):
        view, other = (self, other) if isinstance(self, _odict_setops) \
            else (other, self)
        result = set()
        for x in other:
            if x in view:
                result.add(x)
        return result

    __rand__ = __and__

    def __or__(self, other):
        result = set(self)
        result.update(other)
        return result

    def __ror__(self, other):
        result = set(other)
        result.update(self)
        return result

    def __sub__(self, other):
        result = set(self)
        result.difference_update(other)
        return result

    def __rsub__(self, other):
        result = set(other)
        result.difference_update(self)
        return result

    def __xor__(self, other):
        result = set(self)
        result.symmetric_difference_update(other)
        return result

    def __rxor__(self, other):
        result = set(other)
        result.symmetric_difference_update(self)
        return result

    def isdisjoint(self, other):
        """Return True if the view and the given iterable have a null intersection."""
        if other is self:
            return not len(self)
        for x in other:
            if x in self:
                return False
        return True


def _all_in(a, b):
    for x in a:
        if x not in b:
            return False
    return True


class odict_keys(_odict_setops):
    __module__ = 'builtins'
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._od))

    def __reversed__(self):
        return _odict_iterator(self._od, 0, True)

    def __contains__(self, key):
        return dict.__contains__(self._od, key)


class odict_values(_odict_view):
    __module__ = 'builtins'
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._od))

    def __reversed__(self):
        return _odict_iterator(self._od, 1, True)


class odict_items(_odict_setops):
    __module__ = 'builtins'
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._od))

    def __reversed__(self):
        return _odict_iterator(self._od, 2, True)

    def __contains__(self, item):
        if not isinstance(item, tuple):
            return False
        if len(item) != 2:
            return False
        key, value = item
        od = self._od
        if not dict.__contains__(od, key):
            return False
        found = dict.__getitem__(od, key)
        return found is value or found == value


_odict_keys = odict_keys
_odict_values = odict_values
_odict_items = odict_items
del odict_keys, odict_values, odict_items


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    # The property of one named-tuple field: fetches item `index`.  (No
    # docstring: each instance has its own __doc__.)
    __module__ = '_collections'
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _tuple_getitem(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


_tuple_getitem = tuple.__getitem__


def _names_list(names):
    """'a'; 'a' and 'b'; 'a', 'b', and 'c' -- as CPython lists missing
    arguments."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """
    # The field names: a string of names split on commas and whitespace, or
    # an iterable of names; with rename, the bad ones become _<index>.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if not rename and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    nfields = len(field_names)
    field_defaults = {}
    ndefaults = 0
    if defaults is not None:
        defaults = tuple(defaults)
        ndefaults = len(defaults)
        if ndefaults > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[nfields - ndefaults:], defaults))

    field_names = tuple(map(_sys.intern, field_names))
    arg_list = ', '.join(field_names)
    if nfields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    positions = {name: i for i, name in enumerate(field_names)}
    nrequired = nfields - ndefaults
    qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    def bind(args, kwargs):
        # Bind the arguments as CPython binds them to the parameters of
        # `def __new__(_cls, <fields>)`, with its errors in its order.
        nargs = len(args)
        values = list(args[:nfields])
        if nargs < nfields:
            values += [_MISSING] * (nfields - nargs)
        for key, value in kwargs.items():
            j = positions.get(key)
            if j is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, key))
            if values[j] is not _MISSING:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (qualname, key))
            values[j] = value
        if nargs > nfields:
            if ndefaults:
                takes = 'from %d to %d positional arguments' % (
                    nrequired + 1, nfields + 1)
            else:
                takes = '%d positional argument%s' % (
                    nfields + 1, 's' if nfields else '')
            raise TypeError('%s() takes %s but %d were given'
                            % (qualname, takes, nargs + 1))
        missing = [field_names[i] for i in range(nrequired)
                   if values[i] is _MISSING]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing),
                               's' if len(missing) != 1 else '',
                               _names_list(missing)))
        for i in range(nrequired, nfields):
            if values[i] is _MISSING:
                values[i] = defaults[i - nrequired]
        return values

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, bind(args, kwargs))

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d'
                            % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    if module is None:
        module = _caller_module()

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '__module__': module,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(
            index, _sys.intern('Alias for field number %d' % index))
    return type(typename, (tuple,), namespace)


########################################################################
###  Counter
########################################################################

# (Native, as CPython's: one hash per element for a plain dict.)
from _collections import _count_elements


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    Note:  If a count is set to zero or reduced to zero, it will remain
    in the counter until the entry is deleted or the counter is cleared.
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.

        >>> c = Counter()                           # a new, empty counter
        >>> c = Counter('gallahad')                 # a new counter from an iterable
        >>> c = Counter({'a': 4, 'b': 2})           # a new counter from a mapping
        >>> c = Counter(a=4, b=2)                   # a new counter from keyword args

        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.

        >>> Counter('abracadabra').most_common(3)
        [('a', 5), ('b', 2), ('r', 2)]

        '''
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        >>> c = Counter('ABCABC')
        >>> sorted(c.elements())
        ['A', 'A', 'B', 'B', 'C', 'C']

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.

        '''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # The semantics would be ambiguous (Counter.fromkeys('aab', v=2)).
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.update('witch')           # add elements from another iterable
        >>> d = Counter('watch')
        >>> c.update(d)                 # add elements from another counter
        >>> c['h']                      # four 'h' in which, witch, and watch
        4

        '''
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.subtract('witch')             # subtract elements from another iterable
        >>> c.subtract(Counter('watch'))    # subtract elements from another counter
        >>> c['h']                          # 2 in which, minus 1 in witch, minus 1 in watch
        0
        >>> c['w']                          # 1 in which, minus 1 in witch, minus 1 in watch
        -1

        '''
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            # dict() keeps the order most_common() gives
            d = dict(self.most_common())
        except TypeError:
            # the counts are not orderable
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Multiset operations (Knuth TAOCP volume II section 4.6.3 exercise 19).
    # The results keep only positive counts, ordered as the elements are
    # first met in the left operand, then in the right one.

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        '''Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.

        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.

        >>> c = Counter('abbb')
        >>> c += Counter('bcc')
        >>> c
        Counter({'b': 4, 'c': 2, 'a': 1})

        '''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.

        >>> c = Counter('abbbc')
        >>> c -= Counter('bccd')
        >>> c
        Counter({'b': 2, 'a': 1})

        '''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.

        >>> c = Counter('abbb')
        >>> c |= Counter('bcc')
        >>> c
        Counter({'b': 3, 'c': 2, 'a': 1})

        '''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.

        >>> c = Counter('abbb')
        >>> c &= Counter('bcc')
        >>> c
        Counter({'b': 1})

        '''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""
    # (CPython's is a C member; ouro does not yet take named __slots__ on
    # a dict subclass, so the factory lives in the instance dict.)

    def __new__(cls, *args, **kwargs):
        self = dict.__new__(cls)
        self.default_factory = None
        return self

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            self.default_factory = factory
            args = args[1:]
        else:
            self.default_factory = None
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        base = dict.__repr__(self)
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, base)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        """Return state information for pickling."""
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        dict.update(new, other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        dict.update(new, self)
        return new

    __class_getitem__ = classmethod(_GenericAlias)


########################################################################
###  ChainMap
########################################################################

class ChainMap(_MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                # not `key in mapping`: a defaultdict supplies missing keys
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__,
                               ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict
################################################################################

class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # `in` looks at the data only, even when there is a __missing__
    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


################################################################################
### UserList
################################################################################

class _Sequence:
    """collections.abc.Sequence's mixin methods."""
    __slots__ = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    __class_getitem__ = classmethod(_GenericAlias)


class UserList(_Sequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

def _unwrap(obj):
    return obj.data if isinstance(obj, UserString) else obj


class UserString(_Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # The str methods whose arguments a UserString may stand for.
    def count(self, sub, start=0, end=_MAXSIZE):
        return self.data.count(_unwrap(sub), start, end)

    def find(self, sub, start=0, end=_MAXSIZE):
        return self.data.find(_unwrap(sub), start, end)

    def rfind(self, sub, start=0, end=_MAXSIZE):
        return self.data.rfind(_unwrap(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_unwrap(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_unwrap(old), _unwrap(new),
                                                maxsplit))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_MAXSIZE):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=_MAXSIZE):
        return self.data.startswith(prefix, start, end)

    def index(self, sub, start=0, end=_MAXSIZE):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_MAXSIZE):
        return self.data.rindex(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    maketrans = str.maketrans


def _str_delegate(name, wrap):
    """A UserString method calling str.<name> on the data; with wrap, the
    result becomes an instance of the object's class."""
    if wrap:
        def method(self, *args):
            return self.__class__(getattr(self.data, name)(*args))
    else:
        def method(self, *args):
            return getattr(self.data, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust',
              'lower', 'lstrip', 'rjust', 'rstrip', 'strip', 'swapcase',
              'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _str_delegate(_name, True))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit',
              'isidentifier', 'islower', 'isnumeric', 'isprintable',
              'isspace', 'istitle', 'isupper'):
    setattr(UserString, _name, _str_delegate(_name, False))
del _name


# collections.abc's classes are not names of this module (CPython's
# `collections` has not exported them since 3.10).
del Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView

# If collections.abc was imported first, it registers this module's classes
# now (it does so itself when imported after).
if '_collections_abc' in _sys.modules:
    _sys.modules['_collections_abc']._register_collections()
