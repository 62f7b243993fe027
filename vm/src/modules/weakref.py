"""Weak references: ouro's `weakref` module.

`ref` (which classes here derive from, as CPython's `WeakMethod` and
`KeyedRef` do), `getweakrefcount`, `getweakrefs` and the proxy objects
(`_proxy`) come from the native `_weakref` module; the containers,
`finalize` and the proxy classes' operations are written here in Python
on top of them, as CPython's weakref.py is: keys(), values() and items()
are generators over the live entries (changing the size of the mapping
while iterating it is the dict's RuntimeError), and entries whose referent
dies meanwhile are removed when the last iteration ends.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from _weakref import _proxy, _target

__all__ = ["ref", "proxy", "WeakMethod", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize",
           "KeyedRef"]


class _WeakMapping:
    """What the two weak dictionaries share, given `items()` of the live
    entries."""

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __iter__(self):
        return self.keys()

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        for k, v in self.items():
            yield k

    def values(self):
        for k, v in self.items():
            yield v

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        # (collections.abc.Mapping's.)
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping), without importing it."""
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=None, **kwargs):
        # One callback for every entry, as CPython's: each value's
        # KeyedRef carries its key.
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                elif self.data.get(wr.key) is wr:
                    del self.data[wr.key]
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kwargs)

    def _commit_removals(self):
        # (A key whose entry is still a dead reference: CPython's
        # `_remove_dead_weakref`.)
        pending, d = self._pending_removals, self.data
        while pending:
            key = pending.pop()
            wr = d.get(key)
            if wr is not None and wr() is None:
                del d[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self.items():
            new[deepcopy(k, memo)] = v
        return new

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(wr):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending_removals.append(wr)
                else:
                    d.data.pop(wr, None)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _commit_removals(self):
        pending, d = self._pending_removals, self.data
        while pending:
            d.pop(pending.pop(), None)

    def items(self):
        with _IterationGuard(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    yield k, v

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self.items():
            new[k] = deepcopy(v, memo)
        return new

    def keyrefs(self):
        return list(self.data.keys())

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value


class _IterationGuard:
    """While a weak container is iterated, removals wait (CPython's
    `_weakrefset._IterationGuard`): the guard registers itself, weakly,
    with the container, and the last one to leave commits them."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        w = self.weakcontainer()
        if w is not None:
            w._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        w = self.weakcontainer()
        if w is not None:
            s = w._iterating
            s.remove(self)
            if not s:
                w._commit_removals()


class WeakSet:
    """A set whose elements are held weakly; iterating it yields one
    element at a time (holding only that one), and elements that die
    meanwhile are removed when the last iteration ends."""

    __module__ = "_weakrefset"  # where CPython defines it

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        discard = self.data.discard
        while True:
            try:
                item = pop()
            except IndexError:
                return
            discard(item)

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, "__dict__", None)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    __hash__ = None


class finalize:
    """Call `func(*args, **kwargs)` when `obj` dies (once); `alive`,
    `detach()`, `peek()`, `atexit` and calling it early work as in
    CPython: the registry holds the finalizer objects themselves, and the
    live ones marked `atexit` run at exit, newest first, after which no
    finalizer runs."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index
        finalize._index += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers marked for exit, oldest first.
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # At exit, the finalizers whose `atexit` is true, newest first;
        # none runs after this.
        import gc
        import sys
        reenable_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()


def _unwrap(o):
    """A proxy's referent (CPython's proxies unwrap both operands)."""
    if type(o) in ProxyTypes:
        return _target(o)
    return o


class ProxyType:
    """`weakref.proxy(obj)`: uses the referent while it lives and raises
    ReferenceError after. Every operation goes to the referent, with any
    proxy operand unwrapped, as CPython's proxy object does. Its objects
    are weak references (made by `_weakref._proxy`): `getweakrefcount`
    counts them and a plain proxy is shared."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.ProxyType' instances")

    def _proxy_target(self):
        return _target(self)

    def __getattribute__(self, name):
        # Every attribute is the referent's, `__class__` too (so
        # `isinstance(p, A)` holds for a proxy to an A).
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        # A dead proxy shows None, as CPython's does.
        try:
            o = _target(self)
        except ReferenceError:
            o = None
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __contains__(self, item):
        return item in _target(self)

    def __bool__(self):
        return bool(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, o): return _target(self) + _unwrap(o)
    def __sub__(self, o): return _target(self) - _unwrap(o)
    def __mul__(self, o): return _target(self) * _unwrap(o)
    def __matmul__(self, o): return _target(self) @ _unwrap(o)
    def __truediv__(self, o): return _target(self) / _unwrap(o)
    def __floordiv__(self, o): return _target(self) // _unwrap(o)
    def __mod__(self, o): return _target(self) % _unwrap(o)
    def __divmod__(self, o): return divmod(_target(self), _unwrap(o))
    def __pow__(self, o): return _target(self) ** _unwrap(o)
    def __lshift__(self, o): return _target(self) << _unwrap(o)
    def __rshift__(self, o): return _target(self) >> _unwrap(o)
    def __and__(self, o): return _target(self) & _unwrap(o)
    def __or__(self, o): return _target(self) | _unwrap(o)
    def __xor__(self, o): return _target(self) ^ _unwrap(o)
    def __radd__(self, o): return _unwrap(o) + _target(self)
    def __rsub__(self, o): return _unwrap(o) - _target(self)
    def __rmul__(self, o): return _unwrap(o) * _target(self)
    def __rmatmul__(self, o): return _unwrap(o) @ _target(self)
    def __rtruediv__(self, o): return _unwrap(o) / _target(self)
    def __rfloordiv__(self, o): return _unwrap(o) // _target(self)
    def __rmod__(self, o): return _unwrap(o) % _target(self)
    def __rdivmod__(self, o): return divmod(_unwrap(o), _target(self))
    def __rpow__(self, o): return _unwrap(o) ** _target(self)
    def __rlshift__(self, o): return _unwrap(o) << _target(self)
    def __rrshift__(self, o): return _unwrap(o) >> _target(self)
    def __rand__(self, o): return _unwrap(o) & _target(self)
    def __ror__(self, o): return _unwrap(o) | _target(self)
    def __rxor__(self, o): return _unwrap(o) ^ _target(self)

    # In place: the referent is updated where it can be (a list's +=);
    # the proxy stays a proxy, as CPython's does.
    def __iadd__(self, o):
        t = _target(self)
        t += _unwrap(o)
        return self

    def __isub__(self, o):
        t = _target(self)
        t -= _unwrap(o)
        return self

    def __imul__(self, o):
        t = _target(self)
        t *= _unwrap(o)
        return self

    def __ior__(self, o):
        t = _target(self)
        t |= _unwrap(o)
        return self

    def __iand__(self, o):
        t = _target(self)
        t &= _unwrap(o)
        return self

    __hash__ = None


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."""
    return _proxy(obj, callback, ProxyType, CallableProxyType)



class WeakMethod(ref):
    """
    A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # The self-weakref trick keeps the callback from holding the
            # WeakMethod alive.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """Specialized reference that includes a key corresponding to the value.

    This is used in the WeakValueDictionary to avoid having to create
    a function object for each key stored in the mapping.  A shared
    callback object can use the 'key' attribute of a KeyedRef instead
    of getting a reference to the key from an enclosing scope.

    """

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
