"""Define names for built-in types that aren't directly accessible as a builtin.

ouro's `types`, after CPython 3.11's types.py.  The interpreter's own types
are found the way CPython's module finds them: by taking type() of an
object of each kind.  SimpleNamespace, GenericAlias and UnionType, which
CPython writes in C, are Python classes here; `list[int]`, `dict[str, int]`,
`tuple[int, ...]`, `set[...]`, `frozenset[...]` and `type[...]` evaluate to
a GenericAlias made by this module.

Differences, because of what ouro does not have yet:
  * coroutine() wraps a generator in an awaitable object instead of
    marking the generator function's code;
  * no descriptor types or DynamicClassAttribute;
  * isinstance() and issubclass() do not consult __instancecheck__ on a
    non-type, so isinstance(x, list[int]) is ouro's own TypeError;
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType',
           'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'NoneType', 'EllipsisType',
           'NotImplementedType', 'SimpleNamespace', 'GenericAlias',
           'MappingProxyType', 'CellType', 'TracebackType', 'FrameType',
           'UnionType', 'coroutine', 'new_class', 'resolve_bases', 'prepare_class',
           'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType']


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)


def _g():
    yield 1
GeneratorType = type(_g())


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning

async def _ag():
    yield 1
_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

ModuleType = type(sys)

MappingProxyType = type(type.__dict__)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag


def _tp_name(obj, qualified):
    # The name C code gets from tp_name: "types.X" for the C types this
    # module stands in for, the bare class name for a subclass.
    cls = type(obj)
    if cls is qualified:
        return "types." + cls.__name__
    return cls.__name__


################################################################################
### SimpleNamespace
################################################################################

_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        d = self.__dict__
        for k, v in kwargs.items():
            d[k] = v

    def __repr__(self):
        if type(self) is SimpleNamespace:
            name = "namespace"
        else:
            name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = []
            for k, v in self.__dict__.items():
                if isinstance(k, str) and k:
                    items.append("%s=%r" % (k, v))
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            _repr_running.discard(key)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_tp_name(self, SimpleNamespace), name))

    def __delattr__(self, name):
        d = self.__dict__
        if name in d:
            del d[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_tp_name(self, SimpleNamespace), name))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: '%s'"
                        % _tp_name(self, SimpleNamespace))

    def __reduce__(self):
        return (type(self), (), self.__dict__)


################################################################################
### GenericAlias and UnionType
################################################################################

def _repr_item(p):
    # ga_repr_item() in CPython's Objects/genericaliasobject.c.
    if p is Ellipsis:
        return "..."
    try:
        if hasattr(p, "__origin__") and hasattr(p, "__args__"):
            return repr(p)
        qualname = getattr(p, "__qualname__", None)
        if qualname is None:
            return repr(p)
        module = getattr(p, "__module__", None)
    except Exception:
        return repr(p)
    if module is None:
        return repr(p)
    if module == "builtins":
        return str(qualname)
    return "%s.%s" % (module, qualname)


def _make_parameters(args):
    # The type variables in args, in order of first appearance.
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if t not in params:
                params.append(t)
            continue
        sub = getattr(t, "__parameters__", None)
        if isinstance(sub, tuple):
            for x in sub:
                if x not in params:
                    params.append(x)
    return tuple(params)


# Names a GenericAlias answers itself; every other attribute it lacks is
# looked up on its origin (list[int].append is list.append).
_ATTR_EXCEPTIONS = frozenset([
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__",
])


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _make_parameters(args)
        self.__unpacked__ = False

    def __getattr__(self, name):
        if name in _ATTR_EXCEPTIONS:
            raise AttributeError("'types.GenericAlias' object has no "
                                 "attribute '%s'" % name)
        return getattr(self.__origin__, name)

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __repr__(self):
        parts = [_repr_item(p) for p in self.__args__]
        if not parts:
            parts.append("()")
        return "%s[%s]" % (_repr_item(self.__origin__), ", ".join(parts))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self.__unpacked__ != other.__unpacked__:
            return False
        if not (self.__origin__ == other.__origin__):
            return False
        return self.__args__ == other.__args__

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a "
                        "parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a "
                        "parameterized generic")

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType)))


def _type_or(a, b):
    # `type.__or__` / `type.__ror__`: the vm calls this for `|` between a
    # class and a class or None.
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    return _union(a, b)


def _union(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = NoneType
        if isinstance(x, UnionType):
            items = x.__args__
        else:
            items = (x,)
        for item in items:
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str"""

    def __init__(self, args, /):
        self.__args__ = args
        self.__parameters__ = _make_parameters(args)

    def __repr__(self):
        parts = []
        for p in self.__args__:
            if p is NoneType:
                parts.append("None")
            else:
                parts.append(_repr_item(p))
        return " | ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __ne__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) != set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a "
                                "parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a "
                                "parameterized generic")
        return issubclass(cls, self.__args__)


################################################################################
### Dynamic class creation
################################################################################

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    # CPython's type() takes __module__ from the calling frame: this one.
    if '__module__' not in ns:
        ns['__module__'] = __name__
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)  # Don't alter the provided mapping
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        # when meta is a type, we first determine the most-derived metaclass
        # instead of invoking the initial candidate directly
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        # else:
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class _GeneratorWrapper:
    """What a `types.coroutine` function returns for a generator: the
    generator, awaitable (CPython marks the generator's code instead)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and (func.__code__.co_flags & 0x180):
        # Already a coroutine function (or an iterable coroutine).
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
