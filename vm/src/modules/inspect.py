"""inspect: get useful information from live Python objects.

ouro's `inspect`, after CPython 3.11's inspect.py: the type predicates
(ismodule, isclass, isfunction, isgeneratorfunction, isawaitable,
ismethoddescriptor, isabstract, ...), getmembers and getmembers_static,
getmro, getdoc and cleandoc, getmodule, getmodulename, getfile and
getsourcefile, the source readers (findsource, getsourcelines, getsource,
getblock, getcomments), getattr_static, unwrap, the Signature, Parameter
and BoundArguments classes with signature() for Python functions, bound
methods, classes, functools.partial and partialmethod objects and
callable instances, getfullargspec, getcallargs, getclosurevars,
get_annotations, getclasstree, classify_class_attrs, getgeneratorstate
and getcoroutinestate.  Signatures print, bind and fail with CPython's
text.

Differences, because of what ouro does not have yet:
  * no frames (sys._getframe, gi_frame, cr_frame, a traceback's tb_frame):
    currentframe() returns None, stack() and trace() return [],
    getgeneratorlocals() and getcoroutinelocals() return {}; getframeinfo,
    getouterframes, getinnerframes, getargvalues and getlineno work on
    frame and traceback objects only where the vm has them;
  * a generator or coroutine without gi_frame/cr_frame:
    getgeneratorstate() and getcoroutinestate() tell a created one from a
    closed one by sending it a non-None value, which a created generator
    refuses with TypeError (its state unchanged) and a finished one answers
    with StopIteration (a coroutine: RuntimeError);
  * no tokenize or ast: getblock() ends a block with a small tokenizer of
    this module (strings, brackets, continuation lines, comments,
    INDENT/DEDENT, as tokenize yields them), and findsource() finds a class
    by walking the file's def and class statements instead of its syntax
    tree; BlockFinder's token types are this tokenizer's strings ('NAME',
    'OP', 'NEWLINE', 'INDENT', ...), not tokenize's numbers;
  * no linecache: source lines are read once per file and kept, so a file
    changed while the program runs is not read again; the modules ouro
    embeds have no file ('<ouro>/NAME.py'), so getsource() of their
    functions and classes raises OSError;
  * no __text_signature__ on builtins: signature() of a builtin function,
    method or type (other than object, and classes whose __init__ and
    __new__ are object's) raises ValueError;
  * no types.MappingProxyType: Signature.parameters is a read-only,
    ordered mapping of this module that prints as CPython's
    mappingproxy(OrderedDict([...]));
  * ouro's property, classmethod and staticmethod types do not show
    __get__/__set__, so ismethoddescriptor(), isdatadescriptor() and
    getattr_static() know them by type; a type without __flags__ makes
    isabstract() read __abstractmethods__;
  * ouro binds a builtin classmethod (dict.fromkeys,
    object.__init_subclass__) to its class as a method object around the
    builtin, where CPython makes a builtin method: ismethod() says False
    and isbuiltin() True for such a method (and so for any method object
    that binds a builtin);
  * ouro's slot methods (int.__add__, str.join) are plain builtins, not
    wrapper or method descriptors, so ismethoddescriptor() is False for
    them (isroutine() is True, as in CPython);
  * ouro's namedtuple classes take (*args, **kwargs) in __new__, so their
    signature() is that rather than their fields;
  * the named tuples (FullArgSpec, ClosureVars, Arguments, ArgInfo,
    Attribute, Traceback, FrameInfo) are made on first use, so that
    importing inspect does not import collections.
"""

import sys
import types
import enum
import functools
import os
from keyword import iskeyword

__all__ = [
    'ArgInfo', 'Arguments', 'Attribute', 'BlockFinder', 'BoundArguments',
    'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
    'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClassFoundException',
    'ClosureVars', 'EndOfBlock', 'FrameInfo', 'FullArgSpec', 'GEN_CLOSED',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
    'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs', 'cleandoc',
    'currentframe', 'findsource', 'formatannotation',
    'formatannotationrelativeto', 'formatargvalues', 'get_annotations',
    'getabsfile', 'getargs', 'getargvalues', 'getattr_static', 'getblock',
    'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile',
    'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'signature',
    'stack', 'trace', 'unwrap', 'walktree',
]


# Code object flags (CPython's Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

# A type's flag for "has abstract methods".
TPFLAGS_IS_ABSTRACT = 1 << 20


################################################################################
### Named tuples, made on first use
################################################################################

_RECORD_FIELDS = {
    'FullArgSpec': ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
                    'kwonlydefaults', 'annotations'),
    'ClosureVars': ('nonlocals', 'globals', 'builtins', 'unbound'),
    'Arguments': ('args', 'varargs', 'varkw'),
    'ArgInfo': ('args', 'varargs', 'keywords', 'locals'),
    'Attribute': ('name', 'kind', 'defining_class', 'object'),
}

_records = {}


def _record(name):
    """The named tuple class `name`, made the first time it is asked for."""
    cls = _records.get(name)
    if cls is not None:
        return cls
    from collections import namedtuple
    if name in _RECORD_FIELDS:
        cls = namedtuple(name, _RECORD_FIELDS[name])
        cls.__module__ = __name__
    elif name in ('Traceback', 'FrameInfo', 'Positions'):
        cls = _make_frame_records(namedtuple)[name]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _records[name] = cls
    return cls


def _make_frame_records(namedtuple):
    """Traceback and FrameInfo: named tuples that also carry `positions`, a
    dis.Positions."""
    positions = namedtuple('Positions', ('lineno', 'end_lineno', 'col_offset',
                                         'end_col_offset'),
                           defaults=(None, None, None, None))
    positions.__module__ = 'dis'
    fields = ('filename', 'lineno', 'function', 'code_context', 'index')
    base = namedtuple('_Traceback', fields)
    base.__module__ = __name__

    class Traceback(base):
        def __new__(cls, filename, lineno, function, code_context, index,
                    *, positions=None):
            self = super().__new__(cls, filename, lineno, function,
                                   code_context, index)
            self.positions = positions
            return self

        def __repr__(self):
            return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                    'code_context={!r}, index={!r}, positions={!r})'.format(
                        self.filename, self.lineno, self.function,
                        self.code_context, self.index, self.positions))

    frame_base = namedtuple('_FrameInfo', ('frame',) + fields)
    frame_base.__module__ = __name__

    class FrameInfo(frame_base):
        def __new__(cls, frame, filename, lineno, function, code_context,
                    index, *, positions=None):
            self = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
            self.positions = positions
            return self

        def __repr__(self):
            return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                    'function={!r}, code_context={!r}, index={!r}, '
                    'positions={!r})'.format(
                        self.frame, self.filename, self.lineno,
                        self.function, self.code_context, self.index,
                        self.positions))

    made = {'Traceback': Traceback, 'FrameInfo': FrameInfo,
            'Positions': positions}
    _records.update(made)
    return made


def __getattr__(name):
    if name in _RECORD_FIELDS or name in ('Traceback', 'FrameInfo'):
        cls = _record(name)
        globals()[name] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


################################################################################
### Type predicates
################################################################################

_FunctionType = types.FunctionType
_MethodType = types.MethodType
_BuiltinFunctionType = types.BuiltinFunctionType
_CodeType = types.CodeType
_ModuleType = types.ModuleType
_GeneratorType = types.GeneratorType
_CoroutineType = types.CoroutineType
_AsyncGeneratorType = types.AsyncGeneratorType


class _HasDict:
    pass


class _HasSlot:
    __slots__ = ('slot',)


_GetSetDescriptorType = getattr(types, 'GetSetDescriptorType',
                                type(_HasDict.__dict__['__dict__']))
_MemberDescriptorType = getattr(types, 'MemberDescriptorType',
                                type(_HasSlot.__dict__['slot']))
del _HasDict, _HasSlot

# The builtin types the vm may not name in `types`: (types attribute,
# the type's __name__), checked by name when `types` lacks them.
_FRAME = ('FrameType', 'frame')
_TRACEBACK = ('TracebackType', 'traceback')
_METHOD_WRAPPER = ('MethodWrapperType', 'method-wrapper')
_WRAPPER_DESCRIPTOR = ('WrapperDescriptorType', 'wrapper_descriptor')
_CLASSMETHOD_DESCRIPTOR = ('ClassMethodDescriptorType', 'classmethod_descriptor')


def _is_builtin_kind(obj, which):
    attr, name = which
    tp = getattr(types, attr, None)
    if tp is not None:
        return isinstance(obj, tp)
    for cls in type(obj).__mro__:
        if cls.__name__ == name and cls.__module__ == 'builtins':
            return True
    return False


def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method (of a Python function)."""
    return isinstance(object, _MethodType) and not _is_bound_builtin(object)


def _is_bound_builtin(method):
    """Whether a method object binds a builtin: ouro binds a builtin
    classmethod (dict.fromkeys, object.__init_subclass__) to its class that
    way, where CPython makes a builtin method."""
    try:
        return isinstance(method.__func__, _BuiltinFunctionType)
    except AttributeError:
        return False


def _type_has(tp, name):
    """Whether some class in tp's mro defines `name` (as hasattr(tp, name)),
    counting ouro's builtin descriptor types, which do not show theirs."""
    if hasattr(tp, name):
        return True
    if name == '__get__':
        return issubclass(tp, (property, classmethod, staticmethod))
    if name in ('__set__', '__delete__'):
        return issubclass(tp, property)
    return False


def ismethoddescriptor(object):
    """Whether object is a method descriptor: its type has __get__ but no
    __set__ (int.__add__, classmethod and staticmethod objects), and it is
    not a class, method or function.
    """
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _type_has(tp, '__get__') and not _type_has(tp, '__set__')


def isdatadescriptor(object):
    """Whether object is a data descriptor: its type has __set__ or
    __delete__ (properties, getsets, members), and it is not a class, method
    or function.
    """
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _type_has(tp, '__set__') or _type_has(tp, '__delete__')


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor (such as a class's __dict__)."""
    return isinstance(object, _GetSetDescriptorType)


def isfunction(object):
    """Whether object is a user-defined function (a def or a lambda)."""
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    """Whether f, or the function a method or partial wraps, has `flag`
    in its code's flags."""
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a generator function (a def with yield), or a method
    or partial of one.
    """
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (an async def), or a method or
    partial of one.
    """
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function (an async def with
    yield), or a method or partial of one.
    """
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """Whether object is a generator (what a generator function returns)."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine (what an async def returns)."""
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    """Whether object can be awaited: a coroutine, a generator flagged as an
    iterable coroutine, or an object whose class has __await__."""
    if isinstance(object, _CoroutineType):
        return True
    if (isinstance(object, _GeneratorType)
            and object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    for cls in type(object).__mro__:
        if '__await__' in cls.__dict__:
            if cls.__dict__['__await__'] is not None:
                return True
            break
    # A class registered with collections.abc.Awaitable (only possible
    # once that module is loaded).
    abcs = sys.modules.get('_collections_abc')
    awaitable = getattr(abcs, 'Awaitable', None)
    return awaitable is not None and isinstance(object, awaitable)


def istraceback(object):
    """Whether object is a traceback."""
    return _is_builtin_kind(object, _TRACEBACK)


def isframe(object):
    """Whether object is a frame."""
    return _is_builtin_kind(object, _FRAME)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Whether object is a builtin function or a method bound to one."""
    return (isinstance(object, _BuiltinFunctionType)
            or isinstance(object, _MethodType) and _is_bound_builtin(object))


def ismethodwrapper(object):
    """Whether object is a method wrapper (a slot bound to an object)."""
    return _is_builtin_kind(object, _METHOD_WRAPPER)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Whether object is a class with abstract methods left."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', None)
    if isinstance(flags, int):
        if flags & TPFLAGS_IS_ABSTRACT:
            return True
    else:
        # No type flags: the flag is set exactly when __abstractmethods__
        # is not empty.
        try:
            if object.__abstractmethods__:
                return True
        except AttributeError:
            pass
    abc = sys.modules.get('abc')
    if abc is None or not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        # ABCMeta.__new__ has finished: the flag is accurate.
        return False
    # ABCMeta.__new__ is still running (we are in __init_subclass__):
    # look for abstract methods by hand.
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                return True
    return False


################################################################################
### Members
################################################################################

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttributes of the bases are reported too.
        dynamic = getattr(types, 'DynamicClassAttribute', None)
        if dynamic is not None:
            try:
                for base in object.__bases__:
                    for k, v in base.__dict__.items():
                        if isinstance(v, dynamic):
                            names.append(k)
            except AttributeError:
                pass
    else:
        mro = ()
    for key in names:
        # Try getattr first; some descriptors refuse their __get__, so fall
        # back to the class dicts.
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                # A missing slot member or a buggy __dir__: skip it.
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All the members of object as (name, value) pairs sorted by name, only
    those that satisfy predicate when it is given.
    """
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers(), with the values looked up by getattr_static(): no
    descriptor __get__, __getattr__ or __getattribute__ runs.
    """
    return _getmembers(object, predicate, getattr_static)


def classify_class_attrs(cls):
    """A list of Attribute(name, kind, defining_class, object) for the
    names in dir(cls), kind being 'class method', 'static method',
    'property', 'method' or 'data'.  Names that no class of the mro (or
    metaclass) defines are left out.
    """
    Attribute = _record('Attribute')
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    dynamic = getattr(types, 'DynamicClassAttribute', None)
    if dynamic is not None:
        for base in mro:
            for k, v in base.__dict__.items():
                if isinstance(v, dynamic) and v.fget is not None:
                    names.append(k)
    classmethod_types = (classmethod,)
    static_types = (staticmethod, types.BuiltinMethodType)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special, don't want the proxy")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, "__objclass__", homecls)
                if homecls not in class_bases:
                    # Not in the mro: search the classes and metaclasses.
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        if getattr(srch_cls, name, None) is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            # Nowhere to be found (a buggy __dir__): skip it.
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, static_types):
            kind = "static method"
            obj = dict_obj
        elif (isinstance(dict_obj, classmethod_types)
              or _is_builtin_kind(dict_obj, _CLASSMETHOD_DESCRIPTOR)):
            kind = "class method"
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = "property"
            obj = dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


def getmro(cls):
    """cls and its bases, in method resolution order."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The object at the end of func's chain of __wrapped__ attributes.

    `stop`, when given, is called with each object of the chain and ends
    the walk at the first for which it is true.  ValueError when the chain
    is a cycle.
    """
    first = func
    # Kept by id (the objects may be unhashable) and held, so that no id
    # is reused while we walk.
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen[id(func)] = func
    return func


################################################################################
### Documentation
################################################################################

def indentsize(line):
    """The width of line's indentation, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """The docstring obj inherits: from the same-named attribute of the
    classes in its class's mro."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None

    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if (isclass(self) and
                getattr(getattr(self, name, None), '__func__') is obj.__func__):
            # a classmethod
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if (isclass(self) and
                self.__qualname__ + '.' + name == obj.__qualname__):
            # a classmethod
            cls = self
        else:
            cls = self.__class__
    # Before isdatadescriptor(): a property is one.
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The docstring of object, cleaned up by cleandoc(); when it has none,
    the one it inherits (a method's from the same method of a base class).
    None when there is no string.
    """
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """doc with tabs expanded, the first line's leading whitespace and the
    common indentation of the other lines removed, and blank lines at both
    ends dropped.
    """
    lines = doc.expandtabs().split('\n')
    # The smallest indentation of the non-blank lines after the first.
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    # Drop blank lines at both ends.
    while lines and not lines[-1]:
        lines.pop()
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    return '\n'.join(lines[start:])


################################################################################
### Files and modules
################################################################################

def getfile(object):
    """The name of the file object was defined in (a module, class, method,
    function, traceback, frame or code object).
    """
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                    type(object).__name__))


# importlib.machinery.all_suffixes() on Linux, longest first.
_MODULE_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.pyc',
                    '.py', '.so')
_BYTECODE_SUFFIXES = ('.pyc',)
_EXTENSION_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so')


def getmodulename(path):
    """The module name a file path stands for, or None when its suffix is
    not a module's.
    """
    fname = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


# The source lines read so far, by file name (CPython's linecache).
_source_lines = {}


def _getlines(filename):
    """The lines of `filename`, each ending in a newline (the last one given
    one if it has none), or [] when the file cannot be read."""
    lines = _source_lines.get(filename)
    if lines is not None:
        return lines
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    _source_lines[filename] = lines
    return lines


def getsourcefile(object):
    """The file that holds object's source, or None when there is none."""
    filename = getfile(object)
    if filename.endswith(_BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + '.py'
    elif filename.endswith(_EXTENSION_SUFFIXES):
        return None
    if filename in _source_lines:
        return filename
    if os.path.exists(filename):
        return filename
    # A file that does not exist still counts when its module has a loader.
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The normalised absolute path of object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    path = os.path.abspath(_filename)
    normcase = getattr(os.path, 'normcase', None)
    return normcase(path) if normcase is not None else path


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    # The module whose file the object's code comes from.
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    realpath = getattr(os.path, 'realpath', None)
    for modname, module in list(sys.modules.items()):
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = module.__name__
            if realpath is not None:
                modulesbyfile[realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    # The main module, then builtins, by name.
    main = sys.modules.get('__main__')
    if not hasattr(object, '__name__'):
        return None
    if main is not None and getattr(main, object.__name__, None) is object:
        return main
    builtin = sys.modules.get('builtins')
    if builtin is not None and getattr(builtin, object.__name__, None) is object:
        return builtin
    return None


################################################################################
### Source code
################################################################################

class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    pass


# The prefixes a string literal may have, lower-cased.
_STRING_PREFIXES = frozenset(('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'))


def _string_end(line, pos, quote):
    """The index just after the `quote` closing a string whose body starts
    at line[pos], or -1 when it does not close on this line."""
    end = len(line)
    while pos < end:
        ch = line[pos]
        if ch == '\\':
            pos += 2
        elif line.startswith(quote, pos):
            return pos + len(quote)
        else:
            pos += 1
    return -1


def _is_name_char(ch):
    return ch.isalnum() or ch == '_' or ch >= '\x80'


def _tokenize(lines):
    """Tokens of the source `lines` as tokenize.generate_tokens yields them,
    (type, string, (srow, scol), (erow, ecol), line), with the types as
    strings: 'NAME', 'NUMBER', 'STRING', 'OP', 'COMMENT', 'NL', 'NEWLINE',
    'INDENT', 'DEDENT', 'ENDMARKER'.  Enough of the language for finding
    blocks: every bracket, quote and operator character is its own 'OP'.
    Raises IndentationError for a dedent to no outer level."""
    indents = [0]
    parens = 0
    continued = False
    pending = None      # a string running over lines: (quote, start, text)
    lnum = 0
    line = ''
    for line in lines:
        lnum += 1
        pos, end = 0, len(line)
        if pending is not None:
            quote, start, text = pending
            stop = _string_end(line, 0, quote)
            if stop < 0:
                pending = (quote, start, text + line)
                continue
            yield ('STRING', text + line[:stop], start, (lnum, stop), line)
            pending = None
            pos = stop
        elif parens == 0 and not continued:
            # A new logical line: measure its indentation.
            column = 0
            while pos < end:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // 8 + 1) * 8
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                continue
            ch = line[pos]
            if ch == '#' or ch in '\r\n':
                # Comments and blank lines do not indent.
                if ch == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield ('COMMENT', text, (lnum, pos),
                           (lnum, pos + len(text)), line)
                    pos += len(text)
                yield ('NL', line[pos:], (lnum, pos), (lnum, end), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield ('INDENT', line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level")
                indents.pop()
                yield ('DEDENT', '', (lnum, pos), (lnum, pos), line)
        else:
            continued = False

        while pos < end:
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
                continue
            start = pos
            if ch == '#':
                text = line[pos:].rstrip('\r\n')
                pos += len(text)
                yield ('COMMENT', text, (lnum, start), (lnum, pos), line)
                continue
            if ch in '\r\n':
                yield ('NL' if parens > 0 else 'NEWLINE', line[pos:],
                       (lnum, pos), (lnum, end), line)
                break
            if ch == '\\' and line[pos + 1:].strip('\r\n') == '':
                continued = True
                break
            if _is_name_char(ch) and not ch.isdigit():
                while pos < end and _is_name_char(line[pos]):
                    pos += 1
                if not (pos < end and line[pos] in '\'"'
                        and line[start:pos].lower() in _STRING_PREFIXES):
                    yield ('NAME', line[start:pos], (lnum, start),
                           (lnum, pos), line)
                    continue
                ch = line[pos]      # a prefixed string: fall through
            elif ch.isdigit() or (ch == '.' and line[pos + 1:pos + 2].isdigit()):
                pos += 1
                while pos < end:
                    c = line[pos]
                    if _is_name_char(c) or c == '.':
                        pos += 1
                    elif (c in '+-' and line[pos - 1] in 'eE'
                          and not line[start:start + 2].lower() in ('0x', '0b', '0o')):
                        pos += 1
                    else:
                        break
                yield ('NUMBER', line[start:pos], (lnum, start),
                       (lnum, pos), line)
                continue
            if ch in '\'"':
                quote = ch * 3 if line.startswith(ch * 3, pos) else ch
                stop = _string_end(line, pos + len(quote), quote)
                if stop >= 0:
                    yield ('STRING', line[start:stop], (lnum, start),
                           (lnum, stop), line)
                    pos = stop
                    continue
                if len(quote) == 3 or line.rstrip('\r\n').endswith('\\'):
                    # The string goes on on the next line.
                    pending = (quote, (lnum, start), line[start:])
                    break
                # An unterminated string: the rest of the line.
                stop = len(line.rstrip('\r\n'))
                yield ('ERRORTOKEN', line[start:stop], (lnum, start),
                       (lnum, stop), line)
                pos = stop
                continue
            if ch in '([{':
                parens += 1
            elif ch in ')]}':
                parens -= 1
            pos += 1
            yield ('OP', ch, (lnum, start), (lnum, pos), line)

    if line and line[-1] not in '\r\n' and not line.strip().startswith('#'):
        yield ('NEWLINE', '', (lnum, len(line)), (lnum, len(line) + 1), '')
    for _ in indents[1:]:
        yield ('DEDENT', '', (lnum + 1, 0), (lnum + 1, 0), '')
    yield ('ENDMARKER', '', (lnum + 1, 0), (lnum + 1, 0), '')


class BlockFinder:
    """Finds where a def, class or lambda ends: fed the tokens of the
    source from its first line by tokeneater(), it raises EndOfBlock at the
    end, the block's last line then being `last`."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.decoratorhasargs = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            # Skip decorators; start at the first def, class or lambda.
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                if token == "lambda":
                    self.islambda = True
                self.started = True
            self.passline = True        # skip to the end of the line
        elif token == "(":
            if self.indecorator:
                self.decoratorhasargs = True
        elif token == ")":
            if self.indecorator:
                self.indecorator = False
                self.decoratorhasargs = False
        elif type == 'NEWLINE':
            self.passline = False       # a NEWLINE ends the skipping
            self.last = srowcol[0]
            if self.islambda:           # a lambda ends at its first NEWLINE
                raise EndOfBlock
            # a decorator without arguments ends at its NEWLINE
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == 'INDENT':
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == 'DEDENT':
            self.indent -= 1
            # back at the indentation the block started at: it has ended
            if self.indent <= 0:
                raise EndOfBlock
        elif type == 'COMMENT':
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                # a comment indented as the body belongs to the block
                self.last = srowcol[0]
        elif self.indent == 0 and type not in ('COMMENT', 'NL'):
            # any other token at the first line's indentation ends a
            # one-line block
            raise EndOfBlock


def getblock(lines):
    """The lines of the def, class or lambda that `lines` starts with."""
    finder = BlockFinder()
    try:
        for token in _tokenize(lines):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def _find_class(lines, qualname):
    """The index of the first line (its first decorator's) of the class
    statement defining `qualname`, or None."""
    scopes = []         # (depth, name, is_function) of the enclosing defs
    depth = 0
    at_start = True     # the next token starts a logical line
    keyword = None      # 'def' or 'class' when its name comes next
    decorated = None    # the row of the first decorator of the next def
    row = 0
    for kind, text, (row, _), _end, _line in _tokenize(lines):
        if kind == 'INDENT':
            depth += 1
            continue
        if kind == 'DEDENT':
            depth -= 1
            continue
        if kind == 'NEWLINE':
            at_start = True
            continue
        if kind in ('NL', 'COMMENT'):
            continue
        if at_start:
            at_start = False
            while scopes and scopes[-1][0] >= depth:
                scopes.pop()
            if text == '@':
                if decorated is None:
                    decorated = row
                continue
            if text in ('def', 'class', 'async'):
                keyword = text
                start = decorated if decorated is not None else row
            else:
                keyword = None
            decorated = None
            continue
        if keyword == 'async':
            keyword = text if text == 'def' else None
            continue
        if keyword is not None and kind == 'NAME':
            parts = []
            for _, name, is_function in scopes:
                parts.append(name)
                if is_function:
                    parts.append('<locals>')
            parts.append(text)
            scopes.append((depth, text, keyword == 'def'))
            if keyword == 'class' and '.'.join(parts) == qualname:
                return start - 1
        keyword = None
    return None


def _is_def_line(line):
    """Whether findsource() stops at `line` looking up from a code object's
    first line: a def, an async def, a lambda or a decorator."""
    stripped = line.lstrip()
    if stripped.startswith('@'):
        return True
    if stripped.startswith('async') and stripped[5:6].isspace():
        stripped = stripped[5:].lstrip()
    if stripped.startswith('def') and stripped[3:4].isspace():
        return True
    # 'lambda' not preceded by a word character, followed by ':' or space
    i = line.find('lambda')
    while i >= 0:
        after = line[i + 6:i + 7]
        if ((i == 0 or not _is_name_char(line[i - 1]))
                and (after == ':' or after.isspace())):
            return True
        i = line.find('lambda', i + 1)
    return False


def findsource(object):
    """All the lines of object's source file and the index of the line its
    definition starts at (0 for a module).  OSError when the source cannot
    be found.
    """
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        # "<something>" names pass, for sources kept elsewhere.
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    lines = _getlines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        lnum = _find_class(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum

    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            if lnum >= len(lines):
                raise OSError('lineno is out of bounds')
            if _is_def_line(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    """The comment lines just above object's source (for a module, the
    comment block at the top of its file), or None.
    """
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None

    if ismodule(object):
        # The comment block at the top of the file, after any #! line.
        start = 1 if lines and lines[0][:2] == '#!' else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
    elif lnum > 0:
        # The comment lines just above, indented as the object.
        indent = indentsize(lines[lnum])
        end = lnum - 1
        comments = []
        while (end >= 0 and lines[end].lstrip()[:1] == '#'
               and indentsize(lines[end]) == indent):
            comments.insert(0, lines[end].expandtabs().lstrip())
            end -= 1
        if not comments:
            return None
        while comments and comments[0].strip() == '#':
            del comments[0]
        while comments and comments[-1].strip() == '#':
            del comments[-1]
        return ''.join(comments)
    return None


def getsourcelines(object):
    """The source lines of object and the number of its first line (a
    module's: all of its lines, and 0).  OSError when the source cannot be
    found.
    """
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    # A module, or the frame of a module's code: all of the file.
    if ismodule(object) or (isframe(object)
                            and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object.  OSError when it cannot be found."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


################################################################################
### Class trees
################################################################################

def walktree(classes, children, parent):
    """getclasstree()'s recursion: the entries for `classes` and, after
    each that has subclasses, the nested list of theirs.
    """
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The classes as a tree of nested lists: each entry (class, bases) is
    followed by a list with the entries of its subclasses.  With `unique`,
    a class with several bases among `classes` appears under the first only.
    """
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


################################################################################
### Argument lists
################################################################################

def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the names of its
    parameters (keyword-only ones last) and of its * and ** parameters (or
    None).
    """
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return _record('Arguments')(args, varargs, varkw)


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) of a callable.  Unlike signature(), a bound
    method keeps its first parameter and __wrapped__ is not followed.
    TypeError when signature() could not handle func.
    """
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature,
                                       eval_str=False)
    except Exception as ex:
        # Whatever signature() could not handle is unsupported here.
        raise TypeError('unsupported callable') from ex

    posonlyargs = []
    args = []
    varargs = None
    varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    # None rather than empty, as __defaults__ and __kwdefaults__
    return _record('FullArgSpec')(posonlyargs + args, varargs, varkw,
                                  defaults or None, kwonlyargs,
                                  kwdefaults or None, annotations)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return _record('ArgInfo')(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing_prefix(text):
    """`text` with 'typing.' dropped from the front of each dotted name."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and (_is_name_char(text[j]) or text[j] == '.'):
            j += 1
        if j > i:
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[7:]
            out.append(word)
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *args=(), **kw={})': the arguments of getargvalues() with their
    values, each part made by the formatting functions given.
    """
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        s = ", ".join(names[:-2]) + ", {} and {}".format(*names[-2:])
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing,
                     "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        msg = " positional argument%s (and %d keyword-only argument%s)"
        kwonly_sig = (msg % ("s" if given != 1 else "", kwonly_given,
                             "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name -> value that calling func with
    `positional` and `named` would bind (defaults included), or the
    TypeError that call would raise.
    """
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}

    if ismethod(func) and func.__self__ is not None:
        # the implicit 'self' (or 'cls' of a classmethod)
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0

    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' %
                                (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('%s() got multiple values for argument %r' %
                            (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults,
                  num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): the values of
    the free variables a function refers to, by where they come from, and
    the names it refers to that are bound nowhere.
    """
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    # Free variables: co_freevars names the cells of __closure__, in order.
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {
            var: cell.cell_contents
            for var, cell in zip(code.co_freevars, func.__closure__)
        }
    # Other names the code loads: from the globals, else the builtins.
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            # keywords now, but they may still appear among the names
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return _record('ClosureVars')(nonlocal_vars, global_vars,
                                  builtin_vars, unbound_names)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a callable, class or module.

    With eval_str, string annotations are evaluated, in the globals (and for
    a class the namespace) of the object unless globals and locals are
    given.
    """
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, _GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, _ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, "__globals__"):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


################################################################################
### getattr_static
################################################################################

_sentinel = object()


def _static_getmro(klass):
    if not isinstance(klass, type):
        raise TypeError("descriptor '__mro__' for 'type' objects doesn't apply "
                        "to a '{}' object".format(type(klass).__name__))
    return type.__getattribute__(klass, '__mro__')


def _dunder_dict(klass):
    return type.__getattribute__(klass, '__dict__')


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            entry_dict = _dunder_dict(entry)
            if attr in entry_dict:
                return entry_dict[attr]
    return _sentinel


def _shadowed_dict(klass):
    """The class attribute that stands for instances' __dict__ when it is
    not the usual getset descriptor, else _sentinel."""
    for entry in _static_getmro(klass):
        entry_dict = _dunder_dict(entry)
        if '__dict__' in entry_dict:
            class_dict = entry_dict['__dict__']
            if not (type(class_dict) is _GetSetDescriptorType
                    and class_dict.__name__ == "__dict__"
                    and class_dict.__objclass__ is entry):
                return class_dict
    return _sentinel


def _is_static_data_descriptor(value):
    tp = type(value)
    if issubclass(tp, property):
        return True
    return (_check_class(tp, '__get__') is not _sentinel
            and (_check_class(tp, '__set__') is not _sentinel
                 or _check_class(tp, '__delete__') is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    """obj.attr found without running any code: the instance __dict__ and
    the __dict__s of the classes of the mro (and for a class, of its
    metaclass), a data descriptor of the class winning over the instance.
    Returns descriptors themselves, not what their __get__ would.
    """
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if (dict_attr is _sentinel or
                type(dict_attr) is _MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj

    klass_result = _check_class(klass, attr)

    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _is_static_data_descriptor(klass_result):
            return klass_result

    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result

    if obj is klass:
        # a class: its metaclass's attributes too
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                entry_dict = _dunder_dict(entry)
                if attr in entry_dict:
                    return entry_dict[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


################################################################################
### Generators and coroutines
################################################################################

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


class _Probe:
    """The value sent to a generator to learn whether it has started."""


def _finished(gen, frame_attr):
    """Whether a generator or coroutine that is neither running nor
    suspended has finished (else it has not started)."""
    try:
        return getattr(gen, frame_attr) is None
    except AttributeError:
        pass
    # No frame to look at: a created generator refuses a non-None value
    # (and stays created), a finished one raises StopIteration, a finished
    # coroutine RuntimeError.
    try:
        gen.send(_Probe)
    except TypeError:
        return False
    except (StopIteration, RuntimeError):
        return True
    return True


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED (not started), GEN_RUNNING,
    GEN_SUSPENDED (at a yield) or GEN_CLOSED.
    """
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if _finished(generator, 'gi_frame'):
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame (empty once it has
    finished, and always in ouro, which does not show generators' frames).
    """
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED (not started), CORO_RUNNING,
    CORO_SUSPENDED (at an await) or CORO_CLOSED.
    """
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if _finished(coroutine, 'cr_frame'):
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame (empty once it has
    finished, and always in ouro, which does not show coroutines' frames).
    """
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


################################################################################
### Frames and the stack
################################################################################

def _positions(code, lasti, lineno):
    """The dis.Positions of the instruction at `lasti` (its line `lineno`
    when the code cannot tell)."""
    Positions = _record('Positions')
    positions = getattr(code, 'co_positions', None)
    if positions is not None and lasti >= 0:
        index = lasti // 2
        for i, pos in enumerate(positions()):
            if i == index:
                if pos[0] is None:
                    return Positions(lineno, *pos[1:])
                return Positions(*pos)
    return Positions(lineno)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback: code_context is `context` source lines around the current
    one, and index the current line's place in it.
    """
    if istraceback(frame):
        lineno = frame.tb_lineno
        positions = _positions(frame.tb_frame.f_code, frame.tb_lasti, lineno)
        frame = frame.tb_frame
    else:
        if not isframe(frame):
            raise TypeError('{!r} is not a frame or traceback object'.format(frame))
        lineno = frame.f_lineno
        positions = _positions(frame.f_code, frame.f_lasti, lineno)
    lineno = positions[0]

    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return _record('Traceback')(filename, lineno, frame.f_code.co_name,
                                lines, index, positions=positions)


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """A FrameInfo for frame and each of its callers, innermost first."""
    FrameInfo = _record('FrameInfo')
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """A FrameInfo for each level of a traceback, outermost first."""
    FrameInfo = _record('FrameInfo')
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info,
                                   positions=info.positions))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The caller's frame, or None when the vm has no frames (ouro)."""
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


def stack(context=1):
    """A FrameInfo for the caller's frame and each frame above it ([] when
    the vm has no frames).
    """
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return []
    return getouterframes(getframe(1), context)


def trace(context=1):
    """A FrameInfo for each level of the traceback of the exception being
    handled.
    """
    return getinnerframes(sys.exc_info()[2], context)


################################################################################
### Signature
################################################################################

class _void:
    """The default of replace()'s arguments: nothing given."""


class _empty:
    """Parameter.empty and Signature.empty: no default or annotation."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a Signature: its name, kind (Parameter.POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY or VAR_KEYWORD),
    default and annotation, the last two Parameter.empty when missing.
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                raise ValueError('{} parameters cannot have default values'
                                 .format(self._kind.description))
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'
                            .format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The implicit argument of a comprehension's code object
            # ('.0'): positional-only, as 'implicit0'.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as '
                                 'positional or keyword arguments, not {}'
                                 .format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        # A positional-only parameter of a builtin may be named as a keyword.
        is_keyword = iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self),
                (self._name, self._kind),
                {'_default': self._default,
                 '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class _ParametersProxy:
    """Signature.parameters: a read-only view of an ordered name -> Parameter
    mapping (CPython's mappingproxy of an OrderedDict)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _ParametersProxy):
            # OrderedDicts: the order counts.
            return list(self._mapping.items()) == list(other._mapping.items())
        return self._mapping == other

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __str__(self):
        if not self._mapping:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._mapping.items()),)

    def __repr__(self):
        return 'mappingproxy(%s)' % (self.__str__(),)


class BoundArguments:
    """What Signature.bind() makes of a call's arguments: `arguments`, the
    dict of parameter name -> value (defaults left out until
    apply_defaults()), and the args and kwargs to call with.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                # The rest go to kwargs.
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # A gap in the positionals: what follows goes by keyword.
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        """Give the parameters that got no argument their defaults (() for
        *args, {} for **kwargs).
        """
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                value = param.default
            elif param.kind is _VAR_POSITIONAL:
                value = ()
            elif param.kind is _VAR_KEYWORD:
                value = {}
            else:
                # Left unbound by bind_partial().
                continue
            new_arguments.append((name, value))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    __hash__ = None

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value)
                for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The signature of a callable: `parameters`, an ordered mapping of name
    -> Parameter, and `return_annotation` (Signature.empty when missing).
    bind() and bind_partial() match arguments to the parameters as a call
    would.
    """

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional.
        """
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} '
                            'parameter'.format(top_kind.description,
                                               kind.description))
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument '
                                                 'follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(
                            'duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = _ParametersProxy(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *,
                      follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of obj (see signature())."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs to the parameters (bind and bind_partial)."""
        arguments = {}
        params = iter(self.parameters.values())
        rest = ()           # the parameter the keyword phase starts with
        values = iter(args)
        error = None

        # The positional arguments, against the parameters in order.
        while error is None:
            for value in values:
                break
            else:
                # No positional arguments left.
                param = next(params, None)
                if param is None or param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        error = ('{!r} parameter is positional only, but was '
                                 'passed as a keyword'.format(param.name))
                        break
                    rest = (param,)
                    break
                if (param.kind == _VAR_KEYWORD or param.default is not _empty
                        or partial):
                    rest = (param,)
                    break
                error = 'missing a required argument: {!r}'.format(param.name)
                break
            param = next(params, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                error = 'too many positional arguments'
                break
            if param.kind == _VAR_POSITIONAL:
                # *args takes all the positional arguments left.
                arguments[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                error = 'multiple values for argument {!r}'.format(param.name)
                break
            arguments[param.name] = value
        if error is not None:
            raise TypeError(error)

        # The keyword arguments, against the parameters left.
        kwargs_param = None
        for param in (*rest, *params):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                # Keywords do not go to *args (the positionals ended early).
                continue
            name = param.name
            if name in kwargs:
                value = kwargs.pop(name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but '
                                    'was passed as a keyword'.format(name))
                arguments[name] = value
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))

        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for calling with args and kwargs; TypeError when a
        call could not take them.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind(), except that required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self),
                (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        pos_only_pending = False    # a '/' is owed after the pos-only ones
        kw_only_star = True         # a '*' is owed before a kw-only one
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                result.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_star = False
            elif kind == _KEYWORD_ONLY and kw_only_star:
                result.append('*')
                kw_only_star = False
            result.append(str(param))
        if pos_only_pending:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(
                formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of a callable: a function, a bound method (without its
    first parameter), a class (from its metaclass's __call__, its __new__ or
    its __init__), a functools.partial, or an object with __signature__ or
    a __call__ method.  With follow_wrapped, decorators made with
    functools.wraps are looked through.
    """
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_bound_method(sig):
    """The signature of a bound method: sig without its first parameter
    (unless that is *args, which the bound object joins)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _is_non_user_callable(obj):
    """Callables implemented by the vm (CPython's _NonUserDefinedCallables):
    slot wrappers, method wrappers, classmethod descriptors and builtins."""
    return (isinstance(obj, _BuiltinFunctionType)
            or _is_builtin_kind(obj, _WRAPPER_DESCRIPTOR)
            or _is_builtin_kind(obj, _METHOD_WRAPPER)
            or _is_builtin_kind(obj, _CLASSMETHOD_DESCRIPTOR))


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or
            ismethoddescriptor(obj) or
            _is_non_user_callable(obj) or
            # classes whose signature comes from the vm
            obj in (type, object))


def _signature_is_functionlike(obj):
    """Whether obj quacks like a Python function (Cython functions do):
    callable, with a name, a code object and function-shaped defaults and
    annotations."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, _CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_get_user_defined_method(cls, method_name):
    """cls.method_name, unless missing or implemented by the vm."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if _is_non_user_callable(meth):
        return None
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of `partial` (a functools.partial or partialmethod)
    of a callable with the signature `wrapped_sig`."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    bound = bound.arguments

    # Once a positional-or-keyword parameter is given by keyword, it and
    # all after it can only be passed by keyword (and *args goes).
    to_kwonly = False
    for name, param in old_params.items():
        kind = param.kind
        if name in bound:
            value = bound[name]
            if kind is _POSITIONAL_ONLY:
                # given by the partial: gone
                del new_params[name]
                continue
            if kind is _POSITIONAL_OR_KEYWORD:
                if name not in partial_keywords:
                    # given positionally: gone
                    del new_params[name]
                    continue
                to_kwonly = True
                new_params[name] = param.replace(default=value)
            if kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params.pop(name).replace(
                    kind=_KEYWORD_ONLY)
            elif kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params[name] = new_params.pop(name)
            elif kind is _VAR_POSITIONAL:
                del new_params[name]
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    """The signature of a builtin, from its __text_signature__ (which the
    vm's builtins do not have)."""
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin "
                        "function".format(func))
    if func is object:
        return cls()
    raise ValueError("no signature found for builtin {!r}".format(func))


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    """The signature of a Python function, from its code object, defaults
    and annotations."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            # A duck-typed function: its parameters are validated.
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__

    Param = cls._parameter_cls
    parameters = []
    first_default = pos_count - len(defaults)
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Param(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))

    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        index += 1
        parameters.append(Param(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Param(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))

    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Param(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))

    # A real Python function's parameters are in order already.
    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_from_callable(obj, *,
                             follow_wrapper_chains=True,
                             skip_bound_arg=True,
                             globals=None,
                             locals=None,
                             eval_str=False,
                             sigcls):
    """signature() of any callable; skip_bound_arg=False keeps the first
    parameter of methods, __init__, __new__ and __call__ (getfullargspec).
    """

    def signature_of(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _MethodType):
        # A bound method: its function's signature without the first
        # parameter (self or cls).
        sig = signature_of(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        # Down through decorators, to the first that has __signature__.
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, _MethodType):
            return signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(sig))
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            # The unbound function a partialmethod makes: the wrapped
            # callable's signature with the partial's arguments bound after
            # the first parameter (self), which stays.
            wrapped_sig = signature_of(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig.parameters.values())[0]
            if first.kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(
                parameters=(first,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj,
                                       skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        # A class: the signature of its metaclass's __call__, else of its
        # own __new__ or __init__, else of the inherited ones.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = signature_of(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            own = obj.__dict__
            if '__new__' in own:
                factory = new
            elif '__init__' in own:
                factory = init
            elif new is not None:
                factory = new
            elif init is not None:
                factory = init
            if factory is not None:
                sig = signature_of(factory)

        if sig is None:
            # Only the vm's __init__ and __new__: a builtin base's text
            # signature (none in ouro), or object's for a plain class.
            for base in obj.__mro__[:-1]:
                if getattr(base, '__text_signature__', None):
                    raise ValueError(
                        'no signature found for builtin type {!r}'.format(obj))
            if type not in obj.__mro__:
                if (obj.__init__ is object.__init__ and
                        obj.__new__ is object.__new__):
                    return sigcls.from_callable(object)
                raise ValueError(
                    'no signature found for builtin type {!r}'.format(obj))

    elif not _is_non_user_callable(obj):
        # An instance of a class with __call__.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = signature_of(call)
            except ValueError as ex:
                msg = 'no signature found for {!r}'.format(obj)
                raise ValueError(msg) from ex

    if sig is not None:
        # __call__, __new__ and __init__ are looked up unbound: drop their
        # first parameter.
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if isinstance(obj, _BuiltinFunctionType):
        msg = 'no signature found for builtin function {!r}'.format(obj)
        raise ValueError(msg)

    raise ValueError('callable {!r} is not supported by signature'.format(obj))
