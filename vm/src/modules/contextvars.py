"""contextvars: context variables, as CPython 3.11's module (one thread:
there is one current Context at a time, switched by Context.run).

A Context is an immutable mapping from ContextVar to value underneath:
ContextVar.set replaces the current context's mapping with a new dict, so
a copy taken earlier is not affected.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _MissingType()
_NO_DEFAULT = object()


class Context:
    """A mapping of ContextVars to their values."""

    __slots__ = ("_data", "_prev", "_entered")

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f"cannot enter context: {self!r} is already entered")
        global _current
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A context variable: its value depends on the current Context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old, _token_key)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(
                f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _NO_DEFAULT:
            r += f" default={self._default!r}"
        return r + f" at 0x{id(self):x}>"


_token_key = object()


class Token:
    """What ContextVar.set returns, to undo it with ContextVar.reset."""

    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _MISSING

    def __init__(self, *args):
        if len(args) != 4 or args[3] is not _token_key:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._ctx, self._var, self._old = args[:3]
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
