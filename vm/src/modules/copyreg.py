"""copyreg: registry of pickle/copy reduction functions (CPython 3.11).

Supported: dispatch_table with pickle(type, function[, constructor]) and
constructor(); the reductions registered by CPython (complex and
types.UnionType); the helpers that reductions name, __newobj__,
__newobj_ex__ and _reconstructor; _reduce_ex (object.__reduce_ex__ for
protocols 0 and 1) and _slotnames; the extension registry
(add_extension, remove_extension, clear_extension_cache and the
_extension_registry/_inverted_registry/_extension_cache dicts).

Limitations: ouro has no pickle module, and its copy module does not look
at dispatch_table, so a function registered with pickle() is stored but
not used by copy.copy()/copy.deepcopy().  ouro's types have no __flags__:
_reduce_ex treats a class as built in when its __module__ is "builtins".
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is only checked, as in CPython (a vestige).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_static_type(base):
    # A class not defined in Python code: CPython tests the type flags.
    flags = getattr(base, "__flags__", None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return getattr(base, "__module__", None) == "builtins"


def _reduce_ex(self, proto):
    """object.__reduce_ex__(proto) for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_static_type(base):
            break
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, "__self__", None) is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    # ouro has no object.__getstate__: without a __getstate__ of its own
    # an object's state is its __dict__, as object.__getstate__ would say.
    getstate = getattr(self, "__getstate__", None)
    default = getattr(object, "__getstate__", None)
    if getstate is None or getattr(type(self), "__getstate__", None) is default:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
    if getstate is None:
        dict = getattr(self, "__dict__", None)
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return the names of the slots of cls and its bases (mangled as the
    attributes are), cached in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Extension codes: (module, name) <-> positive int, a pickle compression.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return  # the same registration again
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
