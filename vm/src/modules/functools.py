"""functools: tools for working with functions and callable objects.

ouro's `functools`, after CPython 3.11's functools.py.  Where CPython
replaces the pure-Python code with its C accelerator (_functools: partial,
reduce, cmp_to_key, the lru_cache wrapper), the behaviour here is the C
version's: partial's repr, flattening and read-only attributes, reduce's
errors, the lru_cache key built and hashed once per call.

Differences, because of what ouro does not have yet:
  * no namedtuple: cache_info() returns a CacheInfo object that prints,
    indexes, unpacks and compares like CPython's named tuple;
  * no abc, typing or union types: singledispatch dispatches on __mro__
    only, and registering by annotation needs __annotations__, which ouro's
    functions lack (register(cls) and register(cls, func) work);
  * no threads: no locks;
  * ouro's functions, classmethods and staticmethods have no __get__ (and
    types.MethodType cannot be instantiated), so partialmethod and
    singledispatchmethod bind through small helpers: the bound methods
    they make are instances of a Python class named `method`;
  * the lru_cache wrapper is a Python function (CPython's is a
    functools._lru_cache_wrapper object).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


################################################################################
### update_wrapper() and wraps() decorator
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Issue #17482: set __wrapped__ last so we don't inadvertently copy it
    # from the wrapped function when updating __dict__
    wrapper.__wrapped__ = wrapped
    # Return the wrapper so this can be used as a decorator via partial()
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


################################################################################
### total_ordering class decorator
################################################################################

# The total ordering functions all invoke the root magic method directly
# rather than using the corresponding operator.  This avoids possible
# infinite recursion that could occur when the operator dispatch logic
# detects a NotImplemented result and then calls a reflected method.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # Find user-defined comparisons (not those inherited from object).
    roots = {op for op in _convert
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key() function converter
################################################################################

class KeyWrapper:
    """The key objects cmp_to_key() makes (CPython's functools.KeyWrapper):
    calling one wraps an object; comparing two compares their objects with
    the cmp function."""

    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp):
        self._cmp = cmp

    def __call__(self, obj):
        k = KeyWrapper(self._cmp)
        k.obj = obj
        return k

    def _other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, self._other(other)) != 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        # CPython's C type is unhashable; its message names the module
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


################################################################################
### reduce() sequence to a single item
################################################################################

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """
    reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    # CPython's reduce is METH_VARARGS: its argument tuple holds the
    # arguments (an initial value too) for as long as it runs.
    if initial is _initial_missing:
        _arguments = (function, sequence)
    else:
        _arguments = (function, sequence, initial)
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None

    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(
                "reduce() of empty iterable with no initial value") from None
    else:
        value = initial

    for element in it:
        value = function(value, element)
    # (CPython's argument tuple lets go of the last item before reduce
    # returns, and its caller releases the arguments in order: the
    # iterable, which frees its items in its order, then the initial
    # value.)
    element = None
    _arguments = it = None

    return value


################################################################################
### partial() argument application
################################################################################

# Native, as CPython's C partial (`vm/src/types/partial.rs`): a call passes
# the stored arguments straight to the function, and the object holds its
# function, argument tuple, keyword dict and __dict__ as CPython's does.
from _functools import partial


################################################################################
### binding helpers (ouro's functions and classmethods have no __get__)
################################################################################

_FunctionType = type(_gt_from_lt)


class method:
    """A function bound to an object, as types.MethodType(func, obj) (named
    like CPython's bound method type)."""

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, /, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __repr__(self):
        func = self.__func__
        name = getattr(func, '__qualname__', None)
        if name is None:
            name = getattr(func, '__name__', '?')
        return f"<bound method {name} of {self.__self__!r}>"

    def __eq__(self, other):
        if not isinstance(other, _MethodType):
            return NotImplemented
        return self.__self__ is other.__self__ and self.__func__ == other.__func__

    def __hash__(self):
        return hash((id(self.__self__), self.__func__))

    def __getattr__(self, name):
        # like a bound method, other attributes come from the function
        if name == '__func__' or name == '__self__':
            raise AttributeError(name)
        return getattr(self.__func__, name)


_MethodType = method
del method


class _Unwrapper:
    """Reads the function inside a classmethod or staticmethod."""


def _unwrap_method(descr):
    _Unwrapper.f = descr
    try:
        got = _Unwrapper.f
    finally:
        del _Unwrapper.f
    if isinstance(descr, classmethod):
        return got.__func__
    return got


def _descr_get(descr, obj, cls):
    """descr.__get__(obj, cls), for ouro's builtin descriptors too."""
    get = getattr(type(descr), '__get__', None)
    if get is not None:
        return get(descr, obj, cls)
    if isinstance(descr, _FunctionType):
        if obj is None:
            return descr
        return _MethodType(descr, obj)
    if isinstance(descr, classmethod):
        if cls is None:
            cls = type(obj)
        return _MethodType(_unwrap_method(descr), cls)
    if isinstance(descr, staticmethod):
        return _unwrap_method(descr)
    if isinstance(descr, property):
        if obj is None:
            return descr
        return descr.fget(obj)
    return descr


def _has_get(obj):
    return (hasattr(obj, '__get__') or isinstance(obj, _FunctionType) or
            isinstance(obj, (classmethod, staticmethod, property)))


################################################################################
### partialmethod() descriptor
################################################################################

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _has_get(func):
            raise TypeError("{!r} is not callable or a descriptor"
                            .format(func))

        # func could be a descriptor like classmethod which isn't callable,
        # so we can't inherit from partial (it verifies func is callable)
        if isinstance(func, partialmethod):
            # flattening is mandatory in order to place cls/self before all
            # other arguments
            # it's also more efficient since only one function will be called
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v)
                             for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func,
                                    args=args,
                                    keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        result = None
        if _has_get(self.func):
            new_func = _descr_get(self.func, obj, cls)
            if new_func is not self.func:
                # Assume __get__ returning something new indicates the
                # creation of an appropriate callable
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            # If the underlying descriptor didn't do anything, treat this
            # like an instance method
            result = _descr_get(self._make_unbound_method(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# Helper functions

def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


################################################################################
### LRU Cache function decorator
################################################################################

class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): what cache_info() returns.

    CPython's is a namedtuple; this one indexes, unpacks, compares and
    prints the same way."""

    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')

    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return ('CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' %
                self._tuple())

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __contains__(self, value):
        return value in self._tuple()

    def __hash__(self):
        return hash(self._tuple())

    def __add__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() + other

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return other + self._tuple()

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() == other

    def __ne__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() != other

    def __lt__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() < other

    def __le__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() <= other

    def __gt__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() > other

    def __ge__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() >= other

    def count(self, value):
        return self._tuple().count(value)

    def index(self, value, *args):
        return self._tuple().index(value, *args)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple()))

    def _replace(self, **kwds):
        d = self._asdict()
        for k, v in kwds.items():
            if k not in d:
                raise ValueError(f'Got unexpected field names: {[k]!r}')
            d[k] = v
        return _CacheInfo(*[d[f] for f in self._fields])

    def __getnewargs__(self):
        return self._tuple()


_CacheInfo = CacheInfo
del CacheInfo


class _HashedKey:
    """A cache key that hashes its tuple once, when made (as CPython's
    lru_cache does), however many times the cache dict looks it up."""

    __slots__ = ('key', 'hashvalue')

    def __init__(self, key):
        self.key = key
        self.hashvalue = hash(key)

    def __hash__(self):
        return self.hashvalue

    def __eq__(self, other):
        if type(other) is not _HashedKey:
            return NotImplemented
        return self.key == other.key


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """Make a cache key from optionally typed positional and keyword
    arguments, as CPython's C lru_cache_make_key does: a lone int or str
    argument is its own key, anything else is a flat tuple."""
    if not typed and not kwds:
        if len(args) == 1:
            k = args[0]
            t = type(k)
            if t is int or t is str:
                return k
        return _HashedKey(args)
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return _HashedKey(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        # Negative maxsize is treated as 0
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # The user_function was passed in directly via the maxsize argument
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    # Constants shared by all lru cache instances:
    sentinel = object()          # unique object used to signal cache misses
    make_key = _make_key         # build a key from the function arguments
    PREV, NEXT, KEY, RESULT = 0, 1, 2, 3   # names for the link fields

    cache = {}
    hits = misses = 0
    full = False
    cache_get = cache.get    # bound method to lookup a key or return None
    cache_len = cache.__len__  # get cache size without calling len()
    root = []                # root of the circular doubly linked list
    root[:] = [root, root, None, None]     # initialize by pointing to self

    if maxsize == 0:

        def wrapper(*args, **kwds):
            # No caching -- just a statistics update
            nonlocal misses
            misses += 1
            result = user_function(*args, **kwds)
            return result

    elif maxsize is None:

        def wrapper(*args, **kwds):
            # Simple caching without ordering or size limit
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:

        def wrapper(*args, **kwds):
            # Size limited caching that tracks accesses by recency
            nonlocal root, hits, misses, full
            key = make_key(args, kwds, typed)
            link = cache_get(key)
            if link is not None:
                # Move the link to the front of the circular queue
                link_prev, link_next, _key, result = link
                link_prev[NEXT] = link_next
                link_next[PREV] = link_prev
                last = root[PREV]
                last[NEXT] = root[PREV] = link
                link[PREV] = last
                link[NEXT] = root
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # Getting here means that this same key was added to the
                # cache during the call (a recursive call, say).  Since the
                # link update is already done, we need only return the
                # computed result and update the count of misses.
                pass
            elif full:
                # Use the old root to store the new key and result.
                oldroot = root
                oldroot[KEY] = key
                oldroot[RESULT] = result
                # Empty the oldest link and make it the new root.
                # Keep a reference to the old key and old result to
                # prevent their ref counts from going to zero during the
                # update. That will prevent potentially arbitrary object
                # clean-up code (i.e. __del__) from running while we're
                # still adjusting the links.
                root = oldroot[NEXT]
                oldkey = root[KEY]
                oldresult = root[RESULT]
                root[KEY] = root[RESULT] = None
                # Now update the cache dictionary.
                del cache[oldkey]
                # Save the potentially reentrant cache[key] assignment
                # for last, after the root and links have been put in
                # a consistent state.
                cache[key] = oldroot
            else:
                # Put result in a new link at the front of the queue.
                last = root[PREV]
                link = [last, root, key, result]
                last[NEXT] = root[PREV] = cache[key] = link
                # Use the cache_len bound method instead of the len() function
                # which could potentially be wrapped in an lru_cache itself.
                full = (cache_len() >= maxsize)
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, cache_len())

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses, full
        cache.clear()
        # Break the links' reference cycles before dropping them, oldest
        # first, each link's key before its result (the C cache's
        # `lru_list_elem_dealloc`).
        link = root[NEXT]
        while link is not root:
            nxt = link[NEXT]
            link[KEY] = None
            link[RESULT] = None
            link[:] = []
            link = nxt
        root[:] = [root, root, None, None]
        hits = misses = 0
        full = False

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


################################################################################
### cache -- simplified access to the infinity cache
################################################################################

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _find_impl(cls, registry):
    """Returns the best matching implementation from *registry* for type
    *cls*: the one registered for the first class of cls.__mro__ that has
    one; before `object`, an abstract base class cls is a virtual subclass
    of (the most derived such), as CPython's _compose_mro places them."""
    mro = cls.__mro__
    for t in mro:
        if t is object:
            break
        if t in registry:
            return registry[t]
    best = None
    for t in registry:
        if t in mro or not isinstance(t, type):
            continue
        try:
            virtual = issubclass(cls, t)
        except TypeError:
            continue
        if virtual and (best is None or issubclass(t, best)):
            best = t
    if best is not None:
        return registry[best]
    return registry.get(object)


def _annotation_of(func):
    """The class the first annotated parameter of func is annotated with,
    as (argname, class), as CPython gets from typing.get_type_hints()."""
    ann = getattr(func, '__annotations__', None) or {}
    for argname, cls in ann.items():
        if isinstance(cls, str):
            g = getattr(func, '__globals__', {})
            if cls in g:
                cls = g[cls]
            else:
                import builtins
                cls = getattr(builtins, cls, cls)
        return argname, cls
    return None, None


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _union_args(cls):
        """The classes of `int | str` (or `typing.Union[int, str]`), or
        None when cls is not such a union."""
        import sys
        from types import UnionType
        typing = sys.modules.get('typing')
        if isinstance(cls, UnionType) or (
                typing is not None
                and getattr(cls, '__origin__', None) is getattr(typing, 'Union', None)):
            return cls.__args__
        return None

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        args = _union_args(cls)
        return args is not None and all(isinstance(a, type) for a in args)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls

            argname, cls = _annotation_of(func)
            if not _is_valid_dispatch_type(cls):
                if _union_args(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )

        union = _union_args(cls)
        if union is not None:
            for arg in union:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')

        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


# Descriptor version
class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not _has_get(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")

        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _descr_get(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # not all objects have __dict__ (e.g. class defines slots)
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val
