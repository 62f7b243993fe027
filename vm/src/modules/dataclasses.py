"""dataclasses: generate the special methods of classes of typed fields.

ouro's `dataclasses`, after CPython 3.11's Lib/dataclasses.py.  The fields
of a class are the names in its own `__annotations__` (plus those of its
dataclass bases, in reverse MRO order); __init__, __repr__, __eq__, the
ordering methods, __hash__, __setattr__/__delattr__ (frozen) are written
as Python source and exec'd, as CPython does, so the generated __init__
has the real signature and a bad call raises CPython's TypeError
("__init__() missing 1 required positional argument: 'y'").  The checks
made while processing a class, and their messages, are CPython's.

Differences, because of what ouro does not have yet:
  * modules have no __dict__: the generated functions get a globals dict
    of their own (naming the class's module) instead of the module's,
    and string annotations ('ClassVar[int]', 'dataclasses.InitVar') are
    resolved with getattr() on the module;
  * no abc: abstract methods are not recomputed after processing;
  * no threads: the recursive-repr guard is keyed by id() alone;
  * no types.MappingProxyType: Field.metadata is a small read-only
    mapping that prints as `mappingproxy({...})`;
  * code objects have no co_* attributes, so the class docstring made
    for a dataclass without one ("Point(x: int, y: int = 0)") can only
    describe an __init__ that dataclass generated; a hand-written
    __init__ or __new__ gives the bare class name;
  * the unhashable builtin types (list, dict, set) have a __hash__
    method rather than __hash__ = None, so the mutable-default check
    also recognises their __hash__ methods.
"""

import sys
import copy
import types
import functools

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

# The default of an __init__ parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass

# "No value given": None is a legitimate default, so it cannot mean that.
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass

# `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class mappingproxy:
    """A read-only view of a dict that prints as CPython's mappingproxy:
    Field.metadata, while ouro has no types.MappingProxyType."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, type(self)):
            other = other._mapping
        return self._mapping == other

    __hash__ = None

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._mapping
        return dict(self._mapping) | other

_MappingProxyType = getattr(types, 'MappingProxyType', mappingproxy)
del mappingproxy
_EMPTY_METADATA = _MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

# The three kinds of annotated names: real fields, ClassVars, InitVars.
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# The class attribute holding {name: Field} (which also marks a dataclass).
_FIELDS = '__dataclass_fields__'

# The class attribute holding the arguments given to dataclass().
_PARAMS = '__dataclass_params__'

_POST_INIT_NAME = '__post_init__'

# Python keywords, for make_dataclass() (ouro has no `keyword` module).
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _recursive_repr(user_function):
    """Make a __repr__ return '...' when it is re-entered for the same
    object (a dataclass holding itself)."""
    running = set()

    @functools.wraps(user_function)
    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    return wrapper


class InitVar:
    """The annotation `x: InitVar[T]` declares an __init__ parameter that
    is passed on to __post_init__ instead of being stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)     # typing objects, List[int]
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: made by field(), or by dataclass() for an
    annotated name whose value is a plain default (or absent)."""

    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',  # Private: not to be used by user code.
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    # PEP 487: a Field whose default is a descriptor passes the class
    # statement's __set_name__ call on to the descriptor (the Field is
    # replaced by that default when the class is processed).
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    if hasattr(types, 'GenericAlias'):
        __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Writing the methods

def _tuple_str(obj_name, flds):
    """The source of a tuple of the fields of obj_name: '(self.x,self.y,)'."""
    if not flds:
        return '()'
    return '(' + ''.join(['%s.%s,' % (obj_name, f.name) for f in flds]) + ')'


def _create_fn(name, args, body, *, globals, locals=None,
               return_type=MISSING):
    """exec the source of `def name(args): body` and return the function.

    The values the body needs (types, defaults, helpers) are the
    parameters of an enclosing __create_fn__, so the new function reaches
    them as closure cells rather than through its globals."""
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    body_text = '\n'.join(['  ' + line for line in body])
    txt = ' def %s(%s)%s:\n%s' % (name, ','.join(args), return_annotation,
                                  body_text)
    txt = 'def __create_fn__(%s):\n%s\n return %s' % (', '.join(locals),
                                                       txt, name)
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    # A frozen class's __init__ must get past its own __setattr__.
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (
            self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, locals, self_name, slots):
    """The line of __init__ that sets field f, or None if it sets nothing
    (an InitVar, or an init=False field whose class attribute is its
    default)."""
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (
                default_name, f.name, f.name)
        else:
            value = default_name + '()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None

    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # 'x:_type_x', 'x:_type_x=_dflt_x' or 'x:_type_x=_HAS_DEFAULT_FACTORY'.
    if f.default is not MISSING:
        default = '=_dflt_' + f.name
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return '%s:_type_%s%s' % (f.name, f.name, default)


def _init_fn(all_fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    # all_fields holds the real fields and the InitVar pseudo-fields.

    # exec would reject the def too, but with a worse message.
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r '
                                'follows default argument' % (f.name,))

    locals = {'_type_' + f.name: f.type for f in all_fields}
    locals['MISSING'] = MISSING
    locals['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    locals['__dataclass_builtins_object__'] = object

    body_lines = []
    for f in all_fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)

    if has_post_init:
        params_str = ','.join([f.name for f in all_fields
                               if f._field_type is _FIELD_INITVAR])
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME,
                                         params_str))

    if not body_lines:
        body_lines = ['pass']

    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend([_init_param(f) for f in kw_only_fields])
    fn = _create_fn('__init__', [self_name] + params, body_lines,
                    locals=locals, globals=globals, return_type=None)
    _generated_inits[id(fn)] = (fn, _fields_signature(std_fields,
                                                      kw_only_fields))
    return fn


def _repr_fn(flds, globals):
    fn = _create_fn('__repr__',
                    ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join(['%s={self.%s!r}' % (f.name, f.name)
                                for f in flds]) +
                     ')"'],
                    globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, flds, globals):
    locals = {'cls': cls,
              'FrozenInstanceError': FrozenInstanceError}
    fields_str = _tuple_str_of_names(flds)
    return (_create_fn('__setattr__',
                       ('self', 'name', 'value'),
                       ('if type(self) is cls or name in %s:' % fields_str,
                        ' raise FrozenInstanceError('
                        'f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'),
                       locals=locals,
                       globals=globals),
            _create_fn('__delattr__',
                       ('self', 'name'),
                       ('if type(self) is cls or name in %s:' % fields_str,
                        ' raise FrozenInstanceError('
                        'f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'),
                       locals=locals,
                       globals=globals),
            )


def _tuple_str_of_names(flds):
    # The source of a tuple of the field names: "('x','y',)".
    if not flds:
        return '()'
    return '(' + ','.join([repr(f.name) for f in flds]) + ',)'


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    # Compare the field tuples, for instances of exactly the same class.
    return _create_fn(name,
                      ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(flds, globals):
    return _create_fn('__hash__',
                      ('self',),
                      ['return hash(%s)' % _tuple_str('self', flds)],
                      globals=globals)


# ---------------------------------------------------------------------------
# Finding the fields

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is getattr(typing, '_GenericAlias', None)
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return (a_type is dataclasses.InitVar
            or type(a_type) is dataclasses.InitVar)


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


_module_identifier_re = None

def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Does the string annotation name a_type of a_module?

    'ClassVar[int]' counts when the class's module has ClassVar as a
    global, 'typing.ClassVar[int]' when its global `typing` is a_module.
    Only the module's globals are looked at, as in CPython."""
    global _module_identifier_re
    if _module_identifier_re is None:
        import re
        _module_identifier_re = re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)')
    match = _module_identifier_re.match(annotation)
    if match:
        ns = None
        module_name = match.group(1)
        if not module_name:
            # No module name: assume the class's module did
            # "from dataclasses import InitVar".
            ns = sys.modules.get(cls.__module__)
        else:
            module = sys.modules.get(cls.__module__)
            if module and getattr(module, module_name, None) is a_module:
                ns = sys.modules.get(a_type.__module__)
        if ns and is_type_predicate(getattr(ns, match.group(2), None),
                                    a_module):
            return True
    return False


def _unhashable_type(tp):
    # CPython's test is `tp.__hash__ is None`; ouro's unhashable builtin
    # types answer a method there.
    h = tp.__hash__
    if h is None:
        return True
    for builtin in _UNHASHABLE_BUILTINS:
        if h is builtin.__hash__:
            return True
    return False

_UNHASHABLE_BUILTINS = [t for t in (list, dict, set)
                        if t.__hash__ is not None]


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for annotated name a_name of cls (a ClassVar or an
    InitVar too, told apart by _field_type)."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            # A __slots__ entry: no default.
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # A ClassVar can only be written if typing was imported somewhere.
    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
            or (isinstance(f.type, str)
                and _is_type(f.type, cls, typing, typing.ClassVar,
                             _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
            or (isinstance(f.type, str)
                and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                             _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory'
                            % (f.name,))

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (f.name,))
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # Unhashable stands in for mutable; the class decides, not the value.
    if f._field_type is _FIELD and _unhashable_type(f.default.__class__):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    return value


def _set_new_attribute(cls, name, value):
    # Never overwrite what the class itself defines; True if it does.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# What to do about __hash__, by (unsafe_hash, eq, frozen, has explicit
# __hash__): nothing (None), set it to None, add one, or refuse.

def _hash_set_none(cls, flds, globals):
    return None

def _hash_add(cls, flds, globals):
    flds = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds, globals))

def _hash_exception(cls, flds, globals):
    raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                    % (cls.__name__,))

_hash_action = {(False, False, False, False): None,
                (False, False, False, True ): None,
                (False, False, True,  False): None,
                (False, False, True,  True ): None,
                (False, True,  False, False): _hash_set_none,
                (False, True,  False, True ): None,
                (False, True,  True,  False): _hash_add,
                (False, True,  True,  True ): None,
                (True,  False, False, False): _hash_add,
                (True,  False, False, True ): _hash_exception,
                (True,  False, True,  False): _hash_add,
                (True,  False, True,  True ): _hash_exception,
                (True,  True,  False, False): _hash_add,
                (True,  True,  False, True ): _hash_exception,
                (True,  True,  True,  False): _hash_add,
                (True,  True,  True,  True ): _hash_exception,
                }


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    # Base class fields come first (dicts keep insertion order); a
    # subclass redefining a field replaces it in place.
    fields = {}

    module = sys.modules.get(cls.__module__)
    globals = getattr(module, '__dict__', None)
    if globals is None:
        globals = {'__name__': cls.__module__}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    # Only this class's own annotations add fields.
    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = sys.modules[__name__]
    for name, type in cls_annotations.items():
        if (_is_kw_only(type, dataclasses)
            or (isinstance(type, str)
                and _is_type(type, cls, dataclasses, dataclasses.KW_ONLY,
                             _is_kw_only))):
            # A marker, not a field: the fields after it are kw_only.
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY '
                                'has already been specified' % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    # This marks cls as a dataclass.
    setattr(cls, _FIELDS, fields)

    # A class body defining __eq__ gets __hash__ = None implicitly; that
    # does not count as an explicit __hash__.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD
                       or f._field_type is _FIELD_INITVAR]
    std_init_fields = tuple([f for f in all_init_fields
                             if f.init and not f.kw_only])
    kw_only_init_fields = tuple([f for f in all_init_fields
                                 if f.init and f.kw_only])

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields,
                                    std_init_fields,
                                    kw_only_init_fields,
                                    frozen,
                                    has_post_init,
                                    # "self" may be a field name.
                                    '__dataclass_self__' if 'self' in fields
                                            else 'self',
                                    globals,
                                    slots,
                          ))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals))

    if eq:
        # __ne__ is object's, which inverts __eq__.
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==',
                                   _tuple_str('self', flds),
                                   _tuple_str('other', flds),
                                   globals=globals))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'),
                         ('__le__', '<='),
                         ('__gt__', '>'),
                         ('__ge__', '>='),
                         ]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple,
                                          globals=globals)):
                raise TypeError('Cannot overwrite attribute %s '
                                'in class %s. Consider using '
                                'functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, globals)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


# ---------------------------------------------------------------------------
# The class docstring: the name and inspect.signature() of the class

# id(generated __init__) -> (the function, its signature text).  The
# function is kept so that its id is not reused.
_generated_inits = {}


def _format_annotation(annotation):
    # inspect.formatannotation
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+',
                      lambda m: m.group().removeprefix('typing.'),
                      repr(annotation))
    if isinstance(annotation, getattr(types, 'GenericAlias', ())):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _format_param(name, annotation, default):
    # inspect.Parameter.__str__; MISSING stands for "empty".
    text = name
    if annotation is not MISSING:
        text = '%s: %s' % (text, _format_annotation(annotation))
    if default is not MISSING:
        if annotation is not MISSING:
            text = '%s = %r' % (text, default)
        else:
            text = '%s=%r' % (text, default)
    return text


def _fields_signature(std_fields, kw_only_fields):
    # The signature of a generated __init__, without self and "-> None".
    def param(f):
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = _HAS_DEFAULT_FACTORY
        else:
            default = MISSING
        return _format_param(f.name, f.type, default)
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend([param(f) for f in kw_only_fields])
    return '(' + ', '.join(params) + ')'


def _code_signature(func):
    # The signature of a Python function read from its code object, minus
    # its first parameter; None if the code cannot be read.
    code = getattr(func, '__code__', None)
    try:
        posonly = code.co_posonlyargcount
        npos = code.co_argcount
        nkw = code.co_kwonlyargcount
        names = code.co_varnames
        flags = code.co_flags
    except AttributeError:
        return None
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = getattr(func, '__defaults__', None) or ()
    kwdefaults = getattr(func, '__kwdefaults__', None) or {}
    params = []

    def add(name, default):
        params.append(_format_param(name, annotations.get(name, MISSING),
                                    default))
    first_default = npos - len(defaults)
    for i in range(npos):
        add(names[i], defaults[i - first_default]
                      if i >= first_default else MISSING)
        if i == posonly - 1:
            params.append('/')
    i = npos + nkw
    if flags & 0x04:
        params.append('*' + _format_param(names[i],
                                          annotations.get(names[i], MISSING),
                                          MISSING))
        i += 1
    elif nkw:
        params.append('*')
    for name in names[npos:npos + nkw]:
        add(name, kwdefaults.get(name, MISSING))
    if flags & 0x08:
        params.append('**' + _format_param(names[i],
                                           annotations.get(names[i], MISSING),
                                           MISSING))
    if not params:
        return None
    # The bound first parameter is not shown.
    if params[0] == '/':
        params.pop(0)
    if not params or params[0].startswith('*'):
        return None
    params.pop(0)
    if params and params[0] == '/':
        params.pop(0)
    text = '(' + ', '.join(params) + ')'
    if 'return' in annotations:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _user_method(cls, name):
    meth = getattr(cls, name, None)
    if isinstance(meth, types.FunctionType):
        return meth
    return None


def _class_signature(cls):
    # inspect.signature(cls) as text with " -> None" removed, or '' when
    # it cannot be had.
    new = _user_method(cls, '__new__')
    init = _user_method(cls, '__init__')
    if '__new__' in cls.__dict__:
        method = new
    elif '__init__' in cls.__dict__:
        method = init
    else:
        method = new if new is not None else init
    if method is None:
        return '()'
    generated = _generated_inits.get(id(method))
    if generated is not None and generated[0] is method:
        return generated[1]
    text = _code_signature(method)
    if text is None:
        return ''
    return text.replace(' -> None', '')


# ---------------------------------------------------------------------------
# slots=True

def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        # An iterator would be consumed by reading it.
        raise TypeError("Slots of '%s' cannot be determined"
                        % (cls.__name__,))
    return list(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ cannot be added to an existing class: make a new one.
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))

    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    new_slots = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple([name for name in new_slots
                                   if name not in inherited_slots])
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


# ---------------------------------------------------------------------------
# The public functions

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    # @dataclass() gives no class, @dataclass does.
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    # Leave out the ClassVar and InitVar pseudo-fields.
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert asdict(c) == {'x': 1, 'y': 2}

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name,
                           _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple is remade from positional arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert astuple(c) == (1, 2)

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.::

      C = make_dataclass('C', ['x', ('y', int), ('z', int, field(init=False))], bases=(Base,))

    is equivalent to::

      @dataclass
      class C(Base):
          x: 'typing.Any'
          y: int
          z: int = field(init=False)

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, and frozen are passed to
    dataclass().
    """
    if namespace is None:
        namespace = {}

    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))

        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r '
                                 'must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)

    # __init__ (and __post_init__) see every init field; a name that is
    # not one is __init__'s own TypeError.
    return obj.__class__(**changes)
