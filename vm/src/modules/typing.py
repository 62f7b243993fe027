"""The typing module: support for gradual typing as defined by PEP 484 and
subsequent PEPs.

ouro's `typing`, after CPython 3.11's typing.py: the names programs use at
run time, as light objects whose reprs, equality and errors follow
CPython's (`typing.Optional[int]`, `typing.Callable[[int], str]`, `~T`,
`__main__.UserId`).  The bare aliases of collections.abc's ABCs and of the
builtin containers (Iterable, Sized, Mapping, List, ...) answer
isinstance() and issubclass() through those classes; Generic[...] and a
user generic class's C[...] can be subclassed (the new class gets
__orig_bases__ and __parameters__); @runtime_checkable protocols check
an object's members; NamedTuple and TypedDict make named-tuple classes and
dicts as CPython's do.

How the aliases are built depends on the vm.  CPython relies on two hooks
for objects that are not classes: a base with __mro_entries__ in a class
statement, and isinstance(x, alias) calling the alias's __instancecheck__.
When the vm has both, the aliases are plain objects, as in CPython.  When
it lacks either (ouro so far), the aliases that must be usable as bases or
as isinstance() arguments are classes instead, made by type.__new__ with
their alias kind as metaclass: the bare aliases (List, Iterable, Sized,
Callable, Tuple, ...) and the subscripted aliases of a generic class or of
an ABC (Generic[T], Protocol[T], Box[int], Iterable[int],
Mapping[str, T]).  Their repr, ==, [], |, calls and instance checks come
from that metaclass, and a class statement with such an alias among its
bases is handed to the metaclass, which replaces each alias by its
__mro_entries__, keeps the bases as __orig_bases__ and creates the class
with the metaclass those bases call for.  The other aliases (List[int],
Dict[str, int], Union[...], Optional[...], Literal[...], Callable[...],
ClassVar[...], Annotated[...]) stay objects.  What that changes:
  * isinstance(Iterable[int], type) and isinstance(typing.List, type) are
    True; a class alias is hashed by identity (ouro ignores a metaclass's
    __hash__), so an uncached equal copy (Iterable[T][int]) is not found
    under Iterable[int] in a dict;
  * a class statement cannot subclass List[int], Dict[str, int] or
    Tuple[int] ("bases must be types"), and where the vm does not ask an
    object's __instancecheck__, isinstance(x, Union[int, str]) is the vm's
    TypeError;
  * the class alias kinds derive from ABCMeta (through _ProtocolMeta), so
    that a class statement may mix aliases with ABCs and protocols; mixing
    an alias with a class of some other metaclass, or the bare typing.X
    with a subscripted alias, is a metaclass conflict, and an explicit
    metaclass= beside an alias base is replaced by the one the resolved
    bases call for;
  * `class P(NamedTuple)` and `class D(TypedDict)` need NamedTuple and
    TypedDict to be classes: they are, and their __new__ answers the
    functional forms NamedTuple('P', [...]) and TypedDict('D', {...});
  * calling an alias class with keyword arguments (Box[int](v=[1])) runs
    a metaclass __call__ written in Python, whose keyword arguments
    ouro's --verify-heap miscounts.

Other differences, because of what ouro does not have yet:
  * no sys._getframe: TypeVar, NewType, ParamSpec, the functional
    NamedTuple and TypedDict take their __module__ as '__main__';
    isinstance() with a protocol that is not @runtime_checkable raises
    CPython's TypeError, but issubclass() with one checks nominally
    instead (without frames the check cannot tell a call from abc's own
    walk over an ABC's subclasses, which must not raise);
  * when collections.abc (or re) cannot be imported, the origins of
    Iterable, Sized, ... (Pattern, Match) are stand-in classes with the
    right names.
"""

import sys
import types
import collections as _collections
import contextlib as _contextlib
from abc import ABCMeta as _ABCMeta

try:
    import _collections_abc
except ImportError:
    _collections_abc = None

__all__ = [
    # Super-special typing primitives.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    # ABCs (from collections.abc).
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    # Structural checks, a.k.a. protocols.
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # Concrete collection types.
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator',
    # Other concrete types.
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # One-off things.
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]


def _caller(default='__main__'):
    # The __name__ of the module that called our caller's caller.
    try:
        return sys._getframe(3).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """For converting None to type(None), and strings to ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *,
                allow_special_forms=False):
    """Check that the argument is a type, and return it (internal helper).

    As a special case, accept None and return type(None) instead. Also
    wrap strings into ForwardRef instances.
    """
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)

    arg = _type_convert(arg, module=module,
                        allow_special_forms=allow_special_forms)
    if (isinstance(arg, _GenericAlias) and
            _in(arg.__origin__, invalid_generic_forms)):
        raise TypeError(f"{arg} is not valid as type argument")
    if _in(arg, (Any, LiteralString, NoReturn, Never, Self, TypeAlias)):
        return arg
    if allow_special_forms and _in(arg, (ClassVar, Final)):
        return arg
    if isinstance(arg, _SpecialForm) or _in(arg, (Generic, Protocol)):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _module_namespace(module, default):
    # module.__dict__; ouro's modules have no __dict__ yet, so the names
    # dir() lists are gathered instead (a copy, which is enough to look
    # names up in).
    if module is None:
        return default
    try:
        return module.__dict__
    except AttributeError:
        pass
    ns = {}
    for name in dir(module):
        try:
            ns[name] = getattr(module, name)
        except AttributeError:
            pass
    return ns


def _is_class(obj):
    # A class, but not an alias that is one (see the module docstring).
    return isinstance(obj, type) and not isinstance(obj, _BaseGenericAlias)


def _in(x, options):
    # `x in options` by identity, so that no __eq__ runs.
    for o in options:
        if x is o:
            return True
    return False


def _type_repr(obj):
    """Return the repr() of an object, special-casing types (internal helper).

    If obj is a type, we return a shorter version than the default
    type.__repr__, based on the module and qualified name, which is
    typically enough to uniquely identify a type.  For everything
    else, we fall back on repr(obj).
    """
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if _is_class(obj):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """Collect all type variables and parameter specifications in args
    in order of first appearance (lexicographic).
    """
    parameters = []
    for t in args:
        if _is_class(t):
            continue
        if isinstance(t, (tuple, list)):
            for x in _collect_parameters(t):
                if x not in parameters:
                    parameters.append(x)
        elif hasattr(t, '__typing_subst__'):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    """Check correct count for parameters of a generic cls (internal helper).

    This gives a nice error message in case of count mismatch.
    """
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments "
                        f"for {cls}; actual {alen}, expected {elen}")


def _deduplicate(params):
    # Weed out strict duplicates, preserving the first of each occurrence.
    all_params = set(params)
    if len(all_params) < len(params):
        new_params = []
        for t in params:
            if t in all_params:
                new_params.append(t)
                all_params.remove(t)
        params = new_params
    return params


def _remove_dups_flatten(parameters):
    """Internal helper for Union creation and substitution.

    Flatten Unions among parameters, then remove duplicates.
    """
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    """Internal helper for Literal creation: flatten Literals among
    parameters."""
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


# What CPython's functools.lru_cache on __getitem__ gives: the same
# subscription twice is the same object (List[int] is List[int]).
_cache = {}


def _cached(key, make):
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:       # unhashable parameters
        return make()
    r = make()
    _cache[key] = r
    return r


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _Sentinel:
    def __repr__(self):
        return '<sentinel>'


_sentinel = _Sentinel()


################################################################################
### Special forms
################################################################################

class _SpecialForm:
    """A special typing construct: Union, Optional, ClassVar, ..."""

    __iter__ = None

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return _cached((self, parameters),
                       lambda: self._getitem(self, parameters))


class _LiteralSpecialForm(_SpecialForm):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        # typed: Literal[1] and Literal[True] are different.
        key = (self, parameters, tuple([type(p) for p in parameters]))
        return _cached(key, lambda: self._getitem(self, *parameters))


class _AnyType(_SpecialForm):
    # CPython 3.11's Any is a class; here it is an object that prints,
    # compares and unions like it.
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")

    def __getitem__(self, parameters):
        raise TypeError("type 'Any' is not subscriptable")

    def __or__(self, other):
        if other is None or _is_class(other) or isinstance(
                other, (types.GenericAlias, types.UnionType)):
            return types.UnionType(_union_args(self, other))
        return Union[self, other]

    def __ror__(self, other):
        if other is None or _is_class(other) or isinstance(
                other, (types.GenericAlias, types.UnionType)):
            return types.UnionType(_union_args(other, self))
        return Union[other, self]


def _union_args(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        items = x.__args__ if isinstance(x, types.UnionType) else (x,)
        for item in items:
            if item not in args:
                args.append(item)
    return tuple(args)


def _any(self, parameters):
    """Special type indicating an unconstrained type.

    - Any is compatible with every type.
    - Any assumed to have all methods.
    - All values assumed to be instances of Any.
    """


_any.__name__ = 'Any'
Any = _AnyType(_any)
del _any


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple([_type_check(p, msg) for p in parameters])
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional type.

    Optional[X] is equivalent to Union[X, None].
    """
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = _flatten_literal_params(parameters)
    try:
        parameters = tuple([p for p, _ in _deduplicate(
            [(p, type(p)) for p in parameters])])
    except TypeError:  # unhashable parameters
        pass
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should
    be recognized as a proper type alias definition by type
    checkers."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable to represent a higher
    order function which adds, removes or transforms parameters of a
    callable."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]),
                  parameters[-1])
    return _GenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined
    type guard function."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict
    as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as
    potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


################################################################################
### ForwardRef, TypeVar, ParamSpec, TypeVarTuple
################################################################################

class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = _module_namespace(
                    sys.modules.get(self.__forward_module__, None), globalns)
            type_ = _type_check(
                eval(self.__forward_arg__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__,
            )
            self.__forward_value__ = _eval_type(
                type_, globalns, localns,
                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


class _TypeVarLike:
    """Mixin for TypeVar-like types (TypeVar and ParamSpec)."""

    def _setup_variance(self, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def _setup_bound(self, bound):
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """Type variable.

    Usage::

      T = TypeVar('T')  # Can be anything
      A = TypeVar('A', str, bytes)  # Must be str or bytes
    """

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        self._setup_variance(covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple([_type_check(t, msg) for t in constraints])
        self._setup_bound(bound)
        def_mod = _caller()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or
                isinstance(arg, TypeVarTuple)):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple:
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name
        def_mod = _caller()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs:
    """The args for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """The kwargs for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self._setup_variance(covariant, contravariant)
        self._setup_bound(bound)
        def_mod = _caller()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple([_type_check(a, "Expected a type.") for a in arg])
        elif not (arg is ... or isinstance(arg, ParamSpec)):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg


################################################################################
### How aliases are made on this vm
################################################################################

def _vm_takes_mro_entries():
    # Whether a class statement replaces a base that is not a class by
    # what its __mro_entries__ returns.
    class Entry:
        def __mro_entries__(self, bases):
            return (object,)
    try:
        class Probe(Entry()):
            pass
    except TypeError:
        return False
    return True


def _vm_checks_objects():
    # Whether isinstance(x, obj) asks obj's __instancecheck__ when obj is
    # not a class.
    class Check:
        def __instancecheck__(self, obj):
            return True
    try:
        return isinstance(0, Check())
    except TypeError:
        return False


# See the module docstring: on a vm without either hook, aliases are
# classes whose metaclass is their alias kind.
_ALIASES_ARE_CLASSES = not (_vm_takes_mro_entries() and _vm_checks_objects())


class _ProtocolMeta(_ABCMeta):
    """The metaclass of Protocol: isinstance() with a @runtime_checkable
    protocol checks the object's members."""

    def __instancecheck__(cls, instance):
        # Members may be set in __init__, so this looks at the instance,
        # not only at its class.
        if (getattr(cls, '_is_protocol', False) and
                not getattr(cls, '_is_runtime_protocol', False) and
                not _allow_reckless_class_checks(instance_check=True)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or
                _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    # All *methods* can be blocked by setting them to None.
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        # ouro: what abc asks from here comes from abc (see
        # _allow_reckless_class_checks).
        _abc_checking[0] += 1
        try:
            return _ABCMeta.__instancecheck__(cls, instance)
        finally:
            _abc_checking[0] -= 1


# How many of _ProtocolMeta.__instancecheck__'s calls to ABCMeta's are
# running.
_abc_checking = [0]


if _ALIASES_ARE_CLASSES:
    # Each alias kind that has an object twin, and the twin: the two count
    # as one kind for isinstance() (both ways).
    _TWINS = {}

    class _KindMeta(type):
        """ouro: the metaclass of the alias kinds.

        _GenericAlias(origin, ...) makes a class only when a class
        statement may take the alias for a base (Generic[T], Protocol[T],
        C[int] for a generic class C); List[int], Iterable[T],
        ClassVar[int], ... are objects of _GenericAlias, which is here the
        object twin of that class kind (so that type(List[int]) is
        typing._GenericAlias, as dataclasses checks).  isinstance(x, kind)
        holds for the instances of the kind's twin too.

        (No __call__ here: the choice is made in the twin's __new__, since
        ouro's checked heap loses count of the keyword arguments of a
        metaclass __call__ written in Python that runs Python code.)
        """

        def __instancecheck__(cls, obj):
            if type.__instancecheck__(cls, obj):
                return True
            twin = _TWINS.get(cls)
            return twin is not None and type.__instancecheck__(twin, obj)

    def _generic_alias_new(cls, *args, **kwargs):
        # _GenericAlias.__new__ (the object twin's): a class alias when the
        # origin is a generic class, else an object.
        if cls is _GenericAlias and args and _is_generic_class(args[0]):
            alias = _AliasBase.__new__(_GenericAliasClass, *args, **kwargs)
            _GenericAliasClass.__init__(alias, *args, **kwargs)
            return alias
        return object.__new__(cls)

    def _is_generic_class(origin):
        # Whether a class statement may take origin[...] for a base: a
        # generic class (Generic and Protocol included) or an ABC
        # (class C(Iterator[int]), class M(Mapping[str, int])).
        return (origin is Generic or origin is Protocol or
                _is_class(origin) and (issubclass(origin, Generic) or
                                       isinstance(origin, _ABCMeta)))

    def _object_twin(kind, base, **extra):
        # A plain class (of metaclass _KindMeta) with the methods of kind.
        # The aliases that a class statement cannot take for a base in
        # CPython either, or that should not be classes
        # (isinstance(List[int], type) is False), are objects of these
        # twins or of kinds derived from them (Union[...], Literal[...],
        # Callable[...], Annotated[...]).  The vm hashes them with their
        # __hash__, as it would not a class (it hashes a class by
        # identity, whatever its metaclass says; equal unions must hash
        # alike).
        ns = {k: v for k, v in kind.__dict__.items()
              if k not in ('__dict__', '__weakref__')}
        ns.update(extra)
        twin = _KindMeta(kind.__name__, (base,), ns)
        _TWINS[kind] = twin
        _TWINS[twin] = kind
        return twin

    class _AliasBase(_ProtocolMeta, metaclass=_KindMeta):
        """ouro: the root of the alias kinds, which are metaclasses here.

        Calling a kind with an origin makes an alias, a class with no
        bases of its own, named as CPython's alias answers __name__.
        Calling it as a class statement does (when a base of the statement
        is an alias of this kind) makes the class the statement means:
        each alias base replaced by its __mro_entries__, the original
        bases kept as __orig_bases__, and the metaclass those bases call
        for.
        """

        def __new__(mcls, *args, **kwargs):
            if (len(args) == 3 and isinstance(args[0], str) and
                    isinstance(args[1], tuple) and isinstance(args[2], dict)):
                return _class_from_alias_bases(*args, **kwargs)
            name = kwargs.get('name')
            if not name and args:
                name = getattr(args[0], '__name__', None)
            if not isinstance(name, str):
                name = mcls.__name__
            return type.__new__(mcls, name, (), {'__module__': 'typing'})

    def _class_from_alias_bases(name, bases, namespace, **kwds):
        resolved = []
        for base in bases:
            if isinstance(base, _BaseGenericAlias):
                entries = type(base).__mro_entries__(base, bases)
                if not isinstance(entries, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
                resolved.extend(entries)
            else:
                resolved.append(base)
        resolved = tuple(resolved)
        namespace['__orig_bases__'] = bases
        meta = type
        for base in resolved:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        if meta is type:
            return type.__new__(type, name, resolved, namespace, **kwds)
        return meta(name, resolved, namespace, **kwds)
else:
    _AliasBase = object


################################################################################
### Generic aliases
################################################################################

class _BaseGenericAlias(_AliasBase):
    """The central part of the internal API.

    This represents a generic version of type 'origin' with type arguments
    'params'.
    """

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i+1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # We are careful for copy and pickle.
        # Also for simplicity we don't relay any dunder names
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return type(self).__subclasscheck__(self, type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")


class _GenericAlias(_BaseGenericAlias):
    """What List[int], Union[int, str], ClassVar[int] and a user generic
    class's C[int] evaluate to."""

    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        # Parameterizes an already-parameterized object: List[T][int].
        if _in(self.__origin__, (Generic, Protocol)):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(p) for p in args])
        params = self.__parameters__
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} "
                            f"arguments for {self}; actual {alen}, "
                            f"expected {plen}")
        subst = {}
        for p, a in zip(params, args):
            subst[p] = p.__typing_subst__(a)
        return self.copy_with(tuple([_subst(a, subst)
                                     for a in self.__args__]))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name,
                              inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # generic version of an ABC or built-in class
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i+1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            # To ensure the repr is eval-able.
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return (_getitem, (origin, args))


if _ALIASES_ARE_CLASSES:
    _GenericAliasClass = _GenericAlias
    _GenericAlias = _object_twin(_GenericAliasClass,
                                 _object_twin(_BaseGenericAlias, object),
                                 __new__=_generic_alias_new)


def _getitem(origin, args):
    return origin[args]


def _subst(arg, subst):
    # Substitute the type variables in arg (internal helper).
    if hasattr(arg, '__typing_subst__'):
        return subst.get(arg, arg)
    if isinstance(arg, types.GenericAlias):
        new_args = tuple([_subst(a, subst) for a in arg.__args__])
        return types.GenericAlias(arg.__origin__, new_args)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple([_subst(a, subst) for a in arg.__args__]))
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    """What the bare List, Dict, Iterable, ... are."""

    __iter__ = None

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = (f'A generic version of '
                            f'{origin.__module__}.{origin.__qualname__}.')

    def __getitem__(self, params):
        return _cached((self, params), lambda: self._getitem(params))

    def _getitem(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple([_type_check(p, msg) for p in params])
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params,
                             name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return _BaseGenericAlias.__subclasscheck__(self, cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return _GenericAlias.__repr__(self)
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return (_getitem, (Callable, args))


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, ParamSpec) or (
        isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    def _getitem(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((..., result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(arg) for arg in args])
        return self.copy_with(args + (result,))

    def __getitem__(self, params):
        if isinstance(params, tuple) and len(params) == 2 and \
                isinstance(params[0], list):
            key = (self, tuple(params[0]), params[1], list)
        else:
            key = (self, params)
        return _cached(key, lambda: self._getitem(params))


class _TupleType(_SpecialGenericAlias):
    def _getitem(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple([_type_check(p, msg) for p in params[:-1]])
            return self.copy_with((*params, ...))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple([_type_check(p, msg) for p in params])
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return _GenericAlias.__repr__(self)

    def __instancecheck__(self, obj):
        return type(self).__subclasscheck__(self, type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return (_getitem, (Union, self.__args__))


def _value_and_type_iter(parameters):
    return [(p, type(p)) for p in parameters]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return (set(_value_and_type_iter(self.__args__)) ==
                set(_value_and_type_iter(other.__args__)))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        # `Unpack` only takes one argument, so __args__ should contain only
        # a single item.
        return '*' + repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    """Runtime representation of an annotated type.

    At its core 'Annotated[t, dec1, dec2, ...]' is an alias for the type 't'
    with extra annotations. The alias behaves like a normal typing alias,
    instantiating is the same as instantiating the underlying type, binding
    it to types is also the same.
    """

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        new_type = params[0]
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join([repr(a) for a in self.__metadata__])
        )

    def __reduce__(self):
        return (_getitem, (Annotated, (self.__origin__,) + self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _GenericAlias.__getattr__(self, attr)


class Annotated:
    """Add context specific metadata to a type.

    Example: Annotated[int, runtime_check.Unsigned] indicates to the
    hypothetical runtime_check module that this type is an unsigned int.
    """

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(
            "Cannot subclass {}.Annotated".format(cls.__module__)
        )


################################################################################
### Generic and Protocol
################################################################################

def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or (
        isinstance(x, _UnpackGenericAlias) and
        isinstance(x.__args__[0], TypeVarTuple))


def _generic_class_getitem(cls, params):
    # Generic.__class_getitem__: Generic[T, ...], Protocol[T, ...] and
    # C[int, ...] for a generic class C.
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple([_type_convert(p) for p in params])
    if cls is Generic or cls is Protocol:
        # Generic and Protocol can only be subscripted with unique type
        # variables.
        if not params:
            raise TypeError(
                f"Parameter list to {cls.__qualname__}[...] cannot be empty"
            )
        for p in params:
            if not _is_typevar_like(p):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be type "
                    f"variables or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(
                f"Parameters to {cls.__name__}[...] must all be unique")
    else:
        # Subscripting a regular Generic subclass.
        _check_generic(cls, params, len(cls.__parameters__))
    return _cached((cls, params), lambda: _GenericAlias(cls, params))


class Generic:
    """Abstract base class for generic types.

    A generic type is typically declared by inheriting from
    this class parameterized with one or more type variables.
    For example, a generic mapping type might be defined as::

      class Mapping(Generic[KT, VT]):
          def __getitem__(self, key: KT) -> VT:
              ...
          # Etc.

    This class can then be used as follows::

      def lookup_name(mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:
          try:
              return mapping[key]
          except KeyError:
              return default
    """
    __slots__ = ()
    _is_protocol = False

    __class_getitem__ = classmethod(_generic_class_getitem)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = _contains(cls.__orig_bases__, Generic)
        else:
            error = (_contains(cls.__bases__, Generic) and
                     cls.__name__ != 'Protocol' and
                     type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # Look for Generic[T1, ..., Tn].
            # If found, tvars must be a subset of it.
            # If not found, tvars is it.
            # Also check for and reject plain Generic,
            # and reject multiple Generic[...].
            gvars = None
            for base in cls.__orig_bases__:
                if (isinstance(base, _GenericAlias) and
                        base.__origin__ is Generic):
                    if gvars is not None:
                        raise TypeError(
                            "Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join([str(t) for t in tvars
                                        if t not in gvarset])
                    s_args = ', '.join([str(g) for g in gvars])
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _contains(seq, x):
    # `x in seq` by identity first, as the `in` of a tuple of classes is.
    for item in seq:
        if item is x:
            return True
    return False


def _allow_reckless_class_checks(instance_check=False, proto=None):
    """Allow instance and class checks for special stdlib modules.

    The abc and functools modules indiscriminately call isinstance() and
    issubclass() on the whole MRO of a user class, which may contain
    protocols.

    ouro has no sys._getframe to see who is calling.  An isinstance()
    (which abc's walk never makes) is taken to come from the program.  An
    issubclass() with the protocol proto is taken to come from abc when
    ABCMeta.__instancecheck__ is running for a protocol, or when abc can
    reach proto: when an ABC other than proto and Protocol is among
    proto's bases (abc's issubclass(x, A) asks each subclass of A).
    """
    try:
        frame = sys._getframe(3 if not instance_check else 2)
    except (AttributeError, ValueError):
        if instance_check:
            return False
        if proto is None or _abc_checking[0]:
            return True
        for base in proto.__mro__[1:]:
            if isinstance(base, _ABCMeta) and base is not Protocol:
                return True
        return False
    return frame.f_globals.get('__name__') in ('abc', 'functools')


_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']

_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__',
                  '__doc__', '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__']

# These special attributes will be not collected as protocol members.
EXCLUDED_ATTRIBUTES = (_TYPING_INTERNALS + _SPECIAL_NAMES +
                       ['_MutableMapping__marker'])


def _get_protocol_attrs(cls):
    """Collect protocol members from a protocol class objects.

    This includes names actually defined in the class dictionary, as well
    as names that appear in annotations. Special names (above) are skipped.
    """
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    # PEP 544 prohibits using issubclass() with protocols that have non-method
    # members.
    return all(callable(getattr(cls, attr, None))
               for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)

    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')

    # Already using a custom `__init__`. No need to calculate correct
    # `__init__` to call. This can lead to RecursionError. See bpo-45121.
    if cls.__init__ is not _no_init_or_replace_init:
        return

    # Initially, `__init__` of a protocol subclass is set to
    # `_no_init_or_replace_init`.  The first instantiation of the subclass
    # will call `_no_init_or_replace_init` which searches for a proper new
    # `__init__` in the MRO.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        # should not happen
        cls.__init__ = object.__init__

    cls.__init__(self, *args, **kwargs)


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes.

    Protocol classes are defined as::

        class Proto(Protocol):
            def meth(self) -> int:
                ...

    Such classes are primarily used with static type checkers that recognize
    structural subtyping (static duck-typing), for example::

        class C:
            def meth(self) -> int:
                return 0

        def func(x: Proto) -> int:
            return x.meth()

        func(C())  # Passes static type check

    See PEP 544 for details. Protocol classes decorated with
    @typing.runtime_checkable act as simple-minded runtime protocols that check
    only the presence of given attributes, ignoring their type signatures.
    Protocol classes can be generic, they are defined as::

        class GenProto(Protocol[T]):
            def meth(self) -> T:
                ...
    """
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # Determine if this is a protocol or a concrete subclass.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        # Set (or override) the protocol subclass hook.
        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented

            # First, perform various sanity checks.
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks(proto=cls):
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks(proto=cls):
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                # Same error message as for issubclass(1, int).
                raise TypeError('issubclass() arg 1 must be a class')

            # Second, perform the actual structural compatibility check.
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    # Check if the members appears in the class dictionary...
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break

                    # ...or in annotations, if it is a sub-protocol.
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, dict) and
                            attr in annotations and
                            issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        # We have nothing more to do for non-protocols...
        if not cls._is_protocol:
            return

        # ... otherwise check consistency of bases, and prohibit instantiation.
        for base in cls.__bases__:
            if not (base is object or base is Generic or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol.

    Such protocol can be used with isinstance() and issubclass().
    Raise TypeError if applied to a non-protocol class.
    This allows a simple-minded structural check very similar to
    one trick ponies in collections.abc such as Iterable.
    For example::

        @runtime_checkable
        class Closable(Protocol):
            def close(self): ...

        assert isinstance(open('/some/file'), Closable)

    Warning: this will check only the presence of the required methods,
    not their type signatures!
    """
    if not _is_class(cls) or not issubclass(cls, Generic) or \
            not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        ' classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


################################################################################
### NamedTuple, TypedDict and NewType
################################################################################

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type")
             for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields,
                                     defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    try:
        nm_tpl.__new__.__annotations__ = types
    except (AttributeError, TypeError):
        pass
    return nm_tpl


# attributes prohibited to set in NamedTuple class syntax
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _contains(bases, _NamedTuple)
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        bases = tuple([tuple if base is _NamedTuple else base
                       for base in bases])
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if nm_tpl.__bases__ != bases:
            nm_tpl.__bases__ = bases
        if _contains(bases, Generic):
            nm_tpl.__class_getitem__ = classmethod(_generic_class_getitem)
        # update from user namespace without overriding special namedtuple
        # attributes
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if _contains(bases, Generic):
            nm_tpl.__init_subclass__()
        return nm_tpl


def _namedtuple_new(cls, typename, fields=None, /, **kwargs):
    # ouro: NamedTuple is _NamedTuple itself (a class statement cannot use
    # NamedTuple's __mro_entries__), and its __new__ answers the functional
    # form: NamedTuple('P', [...]) returns the new class, so no __init__
    # follows.
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple.

    Usage::

        class Employee(NamedTuple):
            name: str
            id: int

    This is equivalent to::

        Employee = collections.namedtuple('Employee', ['name', 'id'])

    The resulting class has an extra __annotations__ attribute, giving a
    dict that maps field names to types.  (The field names are also in
    the _fields attribute, which is part of the namedtuple API.)
    An alternative equivalent functional syntax is also accepted::

        Employee = NamedTuple('Employee', [('name', str), ('id', int)])
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (),
                           {'__module__': 'typing'})
if _ALIASES_ARE_CLASSES:
    _NamedTuple.__new__ = staticmethod(_namedtuple_new)


def _namedtuple_mro_entries(bases):
    assert _contains(bases, NamedTuple)
    return (_NamedTuple,)


if _ALIASES_ARE_CLASSES:
    _NamedTuple.__doc__ = NamedTuple.__doc__
    NamedTuple = _NamedTuple
else:
    NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        """Create a new typed dict class object.

        This method is called when TypedDict is subclassed,
        or when TypedDict is instantiated. This way
        TypedDict supports all three syntax forms described in its docstring.
        Subclasses and instances of TypedDict return actual dictionaries.
        """
        for base in bases:
            if not _is_typeddict_meta(type(base)) and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')

        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()

        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)

        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {
            n: _type_check(tp, msg, module=tp_dict.__module__)
            for n, tp in own_annotations.items()
        }
        required_keys = set()
        optional_keys = set()

        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))

        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            annotation_origin = get_origin(annotation_type)
            if annotation_origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    annotation_origin = get_origin(annotation_type)

            if annotation_origin is Required:
                is_required = True
            elif annotation_origin is NotRequired:
                is_required = False
            else:
                is_required = total

            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)

        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        # CPython: `__call__ = dict`, a TypedDict class builds a plain dict.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        # Typed dicts are only for static structural subtyping.
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_function(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        # Setting correct module is necessary to make typed dict classes
        # pickleable.
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict.

    TypedDict creates a dictionary type that expects all of its
    instances to have a certain set of keys, where each key is
    associated with a value of a consistent type. This expectation
    is not checked at runtime but is only enforced by type checkers.
    Usage::

        class Point2D(TypedDict):
            x: int
            y: int
            label: str

        a: Point2D = {'x': 1, 'y': 2, 'label': 'good'}  # OK
        b: Point2D = {'z': 3, 'label': 'bad'}           # Fails type check

        assert Point2D(x=1, y=2, label='first') == dict(x=1, y=2, label='first')

    The type info can be accessed via the Point2D.__annotations__ dict, and
    the Point2D.__required_keys__ and Point2D.__optional_keys__ frozensets.
    TypedDict supports an additional equivalent form::

        Point2D = TypedDict('Point2D', {'x': int, 'y': int, 'label': str})

    By default, all keys must be present in a TypedDict. It is possible
    to override this by specifying totality::

        class Point2D(TypedDict, total=False):
            x: int
            y: int

    This means that a Point2D TypedDict can have any of the keys omitted.
    """
    return _typeddict_function(typename, fields, total=total, **kwargs)


if _ALIASES_ARE_CLASSES:
    class _TypedDictBaseMeta(_TypedDictMeta):
        # ouro: the metaclass of _TypedDict, which is TypedDict itself (a
        # class statement cannot use TypedDict's __mro_entries__).
        # Calling TypedDict is calling a class again, whose __new__
        # answers the functional form.
        __call__ = type.__call__

    def _typeddict_new(cls, typename, fields=None, /, *, total=True,
                       **kwargs):
        return _typeddict_function(typename, fields, total=total, **kwargs)

    def _is_typeddict_meta(meta):
        return meta is _TypedDictMeta or meta is _TypedDictBaseMeta

    _TypedDict = type.__new__(_TypedDictBaseMeta, 'TypedDict', (),
                              {'__module__': 'typing',
                               '__doc__': TypedDict.__doc__,
                               '__new__': staticmethod(_typeddict_new)})
    TypedDict = _TypedDict
else:
    def _is_typeddict_meta(meta):
        return meta is _TypedDictMeta

    _TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (),
                              {'__module__': 'typing'})
    TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class.

    For example::

        class Film(TypedDict):
            title: str
            year: int

        is_typeddict(Film)              # => True
        is_typeddict(Union[list, str])  # => False
    """
    return isinstance(tp, _TypedDictMeta) and tp is not _TypedDict


def _idfunc(_, x):
    return x


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead.

    NewType(name, tp) is considered a subtype of tp by static type checkers.
    At runtime, NewType(name, tp) returns a dummy callable that simply
    returns its argument.
    """

    __call__ = _idfunc

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        def_mod = _caller()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __mro_entries__(self, bases):
        # We defined __mro_entries__ to get a better error message
        # if a user attempts to subclass a NewType instance. bpo-46170
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you "
                    f"were looking for: `{subclass_name} = NewType("
                    f"{subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


################################################################################
### Functions
################################################################################

def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged.
    """
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given
    type.  At runtime this returns the first argument unchanged."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints it on stderr)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# {module: {qualname: {firstlineno: func}}}
_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods.

    The overloads are registered (see get_overloads()); the decorator
    returns a function that raises NotImplementedError when called.
    """
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_line = by_name.setdefault(f.__qualname__, {})
        # ouro's code objects have no co_firstlineno: number them instead.
        line = getattr(f.__code__, 'co_firstlineno', None)
        if line is None:
            line = len(by_line)
        by_line[line] = func
    except AttributeError:
        # Not a normal function; ignore.
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in list(arg.__dict__):
            obj = arg.__dict__[key]
            if isinstance(obj, (classmethod, staticmethod)):
                obj = obj.__func__
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):  # built-in classes
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    wrapped_decorator.__name__ = getattr(decorator, '__name__',
                                         'wrapped_decorator')
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(),
                        **kwargs):
    """Decorator that marks a function, class, or metaclass as providing
    dataclass-like behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate all forward references in the given type t."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        args = t.__args__
        if isinstance(t, types.GenericAlias):
            args = tuple([ForwardRef(arg) if isinstance(arg, str) else arg
                          for arg in args])
        ev_args = tuple([_eval_type(a, globalns, localns, recursive_guard)
                         for a in args])
        if ev_args == args:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return Union[ev_args]
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    """Strip the annotations from a given type."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and (t.__origin__ is Required or
                                         t.__origin__ is NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped_args = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped_args == t.__args__:
            return t
        return t.copy_with(stripped_args)
    if isinstance(t, types.GenericAlias):
        stripped_args = tuple([_strip_annotations(a) for a in t.__args__])
        if stripped_args == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, stripped_args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object.

    This is often the same as obj.__annotations__, but it handles
    forward references encoded as string literals and recursively replaces
    all 'Annotated[T, ...]' with 'T' (unless 'include_extras=True').

    The argument may be a module, class, method, or function. The annotations
    are returned as a dictionary. For classes, annotations include also
    inherited members.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    # Classes require a special treatment.
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _module_namespace(
                    sys.modules.get(base.__module__, None), {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # This is surprising, but required.  Before Python 3.10,
                # get_type_hints only evaluated the globalns of
                # a class.  To maintain backwards compatibility, we reverse
                # the globalns and localns order so that eval() looks into
                # *base_globals* first rather than *base_locals*.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = _module_namespace(obj, {})
        else:
            nsobj = obj
            # Find globalns for the unwrapped object.
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        # Return empty annotations for something that _could_ have them.
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                            types.MethodType, types.ModuleType)):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(
                value,
                is_argument=not isinstance(obj, types.ModuleType),
                is_class=False,
            )
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """Get the unsubscripted version of a type.

    This supports generic types, Callable, Tuple, Union, Literal, Final,
    ClassVar and Annotated. Return None for unsupported types.
    """
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed.

    For unions, basic simplifications used by Union constructor are
    performed.
    """
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return (
        typ.__origin__ is _Callable and
        not (len(args) == 2 and _is_param_expr(args[0]))
    )


################################################################################
### The generic versions of the collection types
################################################################################

def _stand_in(module, name):
    # The class typing's alias stands for, or a stand-in with its name when
    # ouro does not have the module.
    source = {'collections': _collections,
              'collections.abc': _collections_abc}.get(module)
    if source is not None:
        return getattr(source, name)
    return type(name, (), {'__module__': module, '__qualname__': name})


_alias = _SpecialGenericAlias

_Callable = _stand_in('collections.abc', 'Callable')

Hashable = _alias(_stand_in('collections.abc', 'Hashable'), 0)  # Not generic.
Awaitable = _alias(_stand_in('collections.abc', 'Awaitable'), 1)
Coroutine = _alias(_stand_in('collections.abc', 'Coroutine'), 3)
AsyncIterable = _alias(_stand_in('collections.abc', 'AsyncIterable'), 1)
AsyncIterator = _alias(_stand_in('collections.abc', 'AsyncIterator'), 1)
Iterable = _alias(_stand_in('collections.abc', 'Iterable'), 1)
Iterator = _alias(_stand_in('collections.abc', 'Iterator'), 1)
Reversible = _alias(_stand_in('collections.abc', 'Reversible'), 1)
Sized = _alias(_stand_in('collections.abc', 'Sized'), 0)  # Not generic.
Container = _alias(_stand_in('collections.abc', 'Container'), 1)
Collection = _alias(_stand_in('collections.abc', 'Collection'), 1)
Callable = _CallableType(_Callable, 2)
AbstractSet = _alias(_stand_in('collections.abc', 'Set'), 1,
                     name='AbstractSet')
MutableSet = _alias(_stand_in('collections.abc', 'MutableSet'), 1)
Mapping = _alias(_stand_in('collections.abc', 'Mapping'), 2)
MutableMapping = _alias(_stand_in('collections.abc', 'MutableMapping'), 2)
Sequence = _alias(_stand_in('collections.abc', 'Sequence'), 1)
MutableSequence = _alias(_stand_in('collections.abc', 'MutableSequence'), 1)
ByteString = _alias(_stand_in('collections.abc', 'ByteString'), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_stand_in('collections', 'deque'), 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_stand_in('collections.abc', 'MappingView'), 1)
KeysView = _alias(_stand_in('collections.abc', 'KeysView'), 1)
ItemsView = _alias(_stand_in('collections.abc', 'ItemsView'), 2)
ValuesView = _alias(_stand_in('collections.abc', 'ValuesView'), 1)
ContextManager = _alias(_contextlib.AbstractContextManager, 1,
                        name='ContextManager')
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_stand_in('collections', 'defaultdict'), 2,
                     name='DefaultDict')
OrderedDict = _alias(_stand_in('collections', 'OrderedDict'), 2)
Counter = _alias(_stand_in('collections', 'Counter'), 1)
ChainMap = _alias(_stand_in('collections', 'ChainMap'), 2)
Generator = _alias(_stand_in('collections.abc', 'Generator'), 3)
AsyncGenerator = _alias(_stand_in('collections.abc', 'AsyncGenerator'), 2)
Type = _alias(type, 1, inst=False, name='Type')

try:
    import re as _stdlib_re
except ImportError:
    _stdlib_re = None
Pattern = _alias(getattr(_stdlib_re, 'Pattern', None) or
                 _stand_in('re', 'Pattern'), 1)
Match = _alias(getattr(_stdlib_re, 'Match', None) or
               _stand_in('re', 'Match'), 1)


################################################################################
### Protocols and other classes
################################################################################

# Constant that's True when type checking, but False here.
TYPE_CHECKING = False

T = TypeVar('T')  # Any type.
KT = TypeVar('KT')  # Key type.
VT = TypeVar('VT')  # Value type.
T_co = TypeVar('T_co', covariant=True)  # Any type covariant containers.
V_co = TypeVar('V_co', covariant=True)  # Any type covariant containers.
VT_co = TypeVar('VT_co', covariant=True)  # Value type covariant containers.
T_contra = TypeVar('T_contra', contravariant=True)  # Ditto contravariant.
# Internal type variable used for Type[].
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv

AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


def _abstract(func):
    # abc.abstractmethod: the Supports* protocols and IO mark their
    # methods abstract, as CPython's do.
    func.__isabstractmethod__ = True
    return func


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstract
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstract
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstract
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstract
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstract
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its
    return type."""
    __slots__ = ()

    @_abstract
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its
    return type."""
    __slots__ = ()

    @_abstract
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO.

    This is an abstract, generic version of the return of open().
    """
    __slots__ = ()

    @property
    @_abstract
    def mode(self) -> str:
        pass

    @property
    @_abstract
    def name(self) -> str:
        pass

    @_abstract
    def close(self) -> None:
        pass

    @property
    @_abstract
    def closed(self) -> bool:
        pass

    @_abstract
    def fileno(self) -> int:
        pass

    @_abstract
    def flush(self) -> None:
        pass

    @_abstract
    def isatty(self) -> bool:
        pass

    @_abstract
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstract
    def readable(self) -> bool:
        pass

    @_abstract
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstract
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @_abstract
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstract
    def seekable(self) -> bool:
        pass

    @_abstract
    def tell(self) -> int:
        pass

    @_abstract
    def truncate(self, size: int = None) -> int:
        pass

    @_abstract
    def writable(self) -> bool:
        pass

    @_abstract
    def write(self, s: AnyStr) -> int:
        pass

    @_abstract
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @_abstract
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @_abstract
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()

    @_abstract
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @_abstract
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()

    @property
    @_abstract
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstract
    def encoding(self) -> str:
        pass

    @property
    @_abstract
    def errors(self) -> Optional[str]:
        pass

    @property
    @_abstract
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstract
    def newlines(self) -> Any:
        pass

    @_abstract
    def __enter__(self) -> 'TextIO':
        pass


Text = str
