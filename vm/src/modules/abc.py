"""abc: Abstract Base Classes (ABCs) according to PEP 3119.

ouro's `abc`, after CPython 3.11's Lib/abc.py and its C accelerator
Modules/_abc.c (whose behaviour Lib/_py_abc.py spells out in Python):
ABCMeta with register(), the virtual-subclass caches and
__instancecheck__/__subclasscheck__ (which isinstance() and issubclass()
consult), ABC, abstractmethod, the deprecated abstractclassmethod,
abstractstaticmethod and abstractproperty, get_cache_token() and
update_abstractmethods().  As with the C version, an ABC's bookkeeping lives
in one `_abc_impl` attribute, the abstract names are collected from the new
class's __dict__ and from the __abstractmethods__ of its __bases__, and the
error messages are CPython's ("Can only register classes",
"issubclass() arg 1 must be a class", "Refusing to create an inheritance
cycle", "__subclasshook__ must return either False, True, or
NotImplemented").

Instantiating a class whose __abstractmethods__ is not empty raises
CPython's TypeError ("Can't instantiate abstract class Shape with abstract
methods area, perimeter").  CPython makes that check in object.__new__;
ouro's object.__new__ does not look at __abstractmethods__, so
ABCMeta.__call__ makes it before calling type.__call__, for a class whose
nearest __new__ is object's or written in Python (an int or str subclass
built by int.__new__ or str.__new__ is not checked, as in CPython), after
object.__new__'s own "Shape() takes no arguments" check.

Differences, because of what ouro does not have yet:
  * no weak references to classes in sets (no _weakrefset): the registry
    and the caches are plain sets, so they keep their classes alive;
  * no type.__subclasses__: every ABC records the classes made from it
    (all of them are made by ABCMeta.__new__), and __subclasscheck__ walks
    that list;
  * ouro's classmethod, staticmethod and property have no
    __isabstractmethod__: a method counts as abstract when it, or the
    function it wraps (a classmethod's or staticmethod's __func__, read
    through a class attribute when absent, a property's fget, fset or
    fdel), has a true __isabstractmethod__;
  * where classmethod, staticmethod or property cannot be subclassed,
    abstractclassmethod, abstractstaticmethod and abstractproperty are
    functions returning a classmethod, staticmethod or property of a
    function marked abstract;
  * object.__new__(cls) called directly does not check abstract methods.
"""

import _ouro


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract methods are overridden.
    The abstract methods can be called using any of the normal
    'super' call mechanisms.  abstractmethod() may be used to declare
    abstract methods for properties and descriptors.

    Usage:

        class C(metaclass=ABCMeta):
            @abstractmethod
            def my_abstract_method(self, arg1, arg2, argN):
                ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


try:
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods.

        Deprecated, use 'classmethod' with 'abstractmethod' instead:

            class C(ABC):
                @classmethod
                @abstractmethod
                def my_abstract_classmethod(cls, ...):
                    ...

        """

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    def abstractclassmethod(callable):
        """A decorator indicating abstract classmethods.

        Deprecated, use 'classmethod' with 'abstractmethod' instead.
        """
        callable.__isabstractmethod__ = True
        return classmethod(callable)


try:
    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods.

        Deprecated, use 'staticmethod' with 'abstractmethod' instead:

            class C(ABC):
                @staticmethod
                @abstractmethod
                def my_abstract_staticmethod(...):
                    ...

        """

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    def abstractstaticmethod(callable):
        """A decorator indicating abstract staticmethods.

        Deprecated, use 'staticmethod' with 'abstractmethod' instead.
        """
        callable.__isabstractmethod__ = True
        return staticmethod(callable)


try:
    class abstractproperty(property):
        """A decorator indicating abstract properties.

        Deprecated, use 'property' with 'abstractmethod' instead:

            class C(ABC):
                @property
                @abstractmethod
                def my_abstract_property(self):
                    ...

        """

        __isabstractmethod__ = True
except TypeError:
    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        """A decorator indicating abstract properties.

        Deprecated, use 'property' with 'abstractmethod' instead.
        """
        for f in (fget, fset, fdel):
            if f is not None:
                f.__isabstractmethod__ = True
        return property(fget, fset, fdel, doc)


def _wrapped(value):
    # The function a classmethod or staticmethod wraps.  ouro's have no
    # __func__: reading one back from a class gives the function (static)
    # or a bound method whose __func__ it is (class).
    func = getattr(value, '__func__', None)
    if func is None:
        class holder:
            pass
        holder.attr = value
        got = holder.attr
        func = getattr(got, '__func__', got)
    return func


def _isabstract(value):
    # CPython's _PyObject_IsAbstract: a true __isabstractmethod__.  CPython's
    # classmethod, staticmethod, property and bound methods answer for the
    # functions they hold; here they are asked directly.
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(_wrapped(value), '__isabstractmethod__', False))
    if isinstance(value, property):
        for attr in ('fget', 'fset', 'fdel'):
            if getattr(getattr(value, attr, None), '__isabstractmethod__', False):
                return True
        return False
    func = getattr(value, '__func__', None)
    return func is not None and bool(getattr(func, '__isabstractmethod__', False))


def _abstracts_of(cls):
    # The abstract names of cls: its own abstract attributes, and those of
    # its bases' abstract names it has not overridden.
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class _abc_data:
    """The registry and caches of one ABC (CPython's _abc._abc_data)."""

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter
        self.subclasses = []


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to ``register()`` on any ABC.
    """
    return ABCMeta._abc_invalidation_counter


def _new_checks_abstract(cls, args, kwargs):
    # Whether creating an instance reaches the abstract-method check of
    # CPython's object.__new__: the nearest __new__ is object's or a Python
    # one (which is taken to end in object.__new__), not that of a builtin
    # type such as int or str; object.__new__ first refuses arguments that
    # no __init__ takes.
    for base in cls.__mro__:
        if '__new__' in base.__dict__:
            if base is object:
                return not ((args or kwargs) and cls.__init__ is object.__init__)
            return getattr(base, '__module__', None) != 'builtins'
    return True


def _set_collection_flag_recursive(cls, flags):
    """A registered class, and its subclasses, match as the ABC does
    (unless they have a kind already, or are builtin)."""
    if _ouro.collection_flags(cls) & (_TPFLAGS_SEQUENCE | _TPFLAGS_MAPPING):
        return
    if not _ouro.collection_flags(cls, flags):
        return  # a builtin type: its kind is fixed
    for sub in type.__subclasses__(cls):
        _set_collection_flag_recursive(sub, flags)


_TPFLAGS_SEQUENCE = 1 << 5
_TPFLAGS_MAPPING = 1 << 6


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    # A global counter that is incremented each time a class is
    # registered as a virtual subclass of anything.  It forces the
    # negative cache to be cleared before its next use.
    # Note: this counter is private. Use `abc.get_cache_token()` for
    #       external code.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # CPython's _abc_init: `__abc_tpflags__` says what a match pattern
        # takes the class's instances for, and leaves the class dict.
        flags = cls.__dict__.get('__abc_tpflags__')
        if flags is not None:
            if isinstance(flags, int):
                _ouro.collection_flags(cls, flags)
            delattr(cls, '__abc_tpflags__')
        cls.__abstractmethods__ = _abstracts_of(cls)
        cls._abc_impl = _abc_data()
        for base in cls.__bases__:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def __call__(cls, /, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts and _new_checks_abstract(cls, args, kwargs):
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '',
                               ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Subtle: test for cycles *after* testing for "already a subclass";
        # this means we allow X.register(X) and interpret it as a no-op.
        if issubclass(cls, subclass):
            # This would create a cycle, which is bad for the algorithm below
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1  # Invalidate negative cache
        flags = _ouro.collection_flags(cls)
        if flags:
            _set_collection_flag_recursive(subclass, flags)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            # Fall back to the subclass check.
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        # Check cache
        if subclass in impl.cache:
            return True
        # Check negative cache; may have to invalidate
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            # Invalidate the negative cache
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        # Check the subclass hook
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, "
                                     "True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        # Check if it's a direct subclass
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        # Check if it's a registered class (not cached), or a subclass of one
        # (recursive)
        if subclass in impl.registry:
            return True
        for rcls in list(impl.registry):
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        # Check if it's a subclass of a subclass (recursive)
        for scls in list(impl.subclasses):
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        # No dice; update negative cache
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the
    class was created, the method will not be considered implemented until
    this function is called. Alternatively, if a new abstract method has been
    added to the class, it will only be considered an abstract method of the
    class after this function is called.

    This function should be called before any use is made of the class,
    usually in class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, '__abstractmethods__'):
        # only an ABC has __abstractmethods__
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
