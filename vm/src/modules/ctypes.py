"""ctypes, as far as ouro goes: the integer types, and the one raw read
the articles about Python memory use —

    ctypes.c_long.from_address(id(x)).value

— which shows x's reference count without the extra reference
sys.getrefcount's argument adds — and its companion

    ctypes.cast(id(x), ctypes.py_object).value

which gives back the object with that id. ouro never reads raw memory: an address
that is the id() of a live object answers with that object's reference
count, read when `.value` is (so it follows the object as it changes;
under the marksweep collector it is computed on demand, as
sys.getrefcount's is), or, cast to py_object, the object itself (the cast
holds no reference, as CPython's does not); any other address — that of
an object already freed too — is a ValueError where CPython would read
whatever the memory holds. Nothing else of
ctypes (structures, pointers, foreign functions) is here: importing a name
that is not is an ImportError naming it.
"""

import _ouro

__all__ = ['c_byte', 'c_ubyte', 'c_short', 'c_ushort', 'c_int', 'c_uint',
           'c_long', 'c_ulong', 'c_longlong', 'c_ulonglong', 'c_ssize_t',
           'c_size_t', 'c_int8', 'c_uint8', 'c_int16', 'c_uint16',
           'c_int32', 'c_uint32', 'c_int64', 'c_uint64', 'c_bool', 'sizeof',
           'py_object', 'cast']


def _index(value):
    if isinstance(value, float):
        raise TypeError("int expected instead of float")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"an integer is required (got type {type(value).__name__})") from None


class _SimpleCData:
    _bits = 64
    _signed = True

    def __init__(self, value=0):
        self._address = None
        self._value = self._wrap(_index(value))

    @classmethod
    def _wrap(cls, n):
        mask = (1 << cls._bits) - 1
        n &= mask
        if cls._signed and n >> (cls._bits - 1):
            n -= 1 << cls._bits
        return n

    @classmethod
    def from_address(cls, address):
        address = _index(address)
        _ouro.refcount_at(address)
        obj = cls.__new__(cls)
        obj._address = address
        return obj

    @property
    def value(self):
        if self._address is None:
            return self._value
        return self._wrap(_ouro.refcount_at(self._address))

    @value.setter
    def value(self, value):
        if self._address is not None:
            raise ValueError("ouro's ctypes does not write memory")
        self._value = self._wrap(_index(value))

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"

    def __bool__(self):
        return bool(self.value)


def _ctype(name, bits, signed):
    return type(name, (_SimpleCData,), {"_bits": bits, "_signed": signed,
                                        "__module__": "ctypes"})


c_byte = c_int8 = _ctype("c_byte", 8, True)
c_ubyte = c_uint8 = _ctype("c_ubyte", 8, False)
c_short = c_int16 = _ctype("c_short", 16, True)
c_ushort = c_uint16 = _ctype("c_ushort", 16, False)
c_int = c_int32 = _ctype("c_int", 32, True)
c_uint = c_uint32 = _ctype("c_uint", 32, False)
c_long = c_int64 = c_ssize_t = _ctype("c_long", 64, True)
c_ulong = c_uint64 = c_size_t = _ctype("c_ulong", 64, False)
c_longlong = _ctype("c_longlong", 64, True)
c_ulonglong = _ctype("c_ulonglong", 64, False)


class c_bool(_SimpleCData):
    _bits = 8

    def __init__(self, value=False):
        self._address = None
        self._value = bool(value)

    @classmethod
    def _wrap(cls, n):
        return bool(n)


def sizeof(obj_or_type):
    t = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if not (isinstance(t, type) and issubclass(t, _SimpleCData)):
        raise TypeError("this type has no size")
    return t._bits // 8


_NULL = object()


class py_object:
    """A reference to any Python object: `py_object(x)` holds x;
    `cast(address, py_object)` names the object at an address without
    holding it, and `.value` finds it when read."""

    def __init__(self, value=_NULL):
        self._address = None
        self._obj = value

    @property
    def value(self):
        if self._address is not None:
            return _ouro.object_at(self._address)
        if self._obj is _NULL:
            raise ValueError("PyObject is NULL")
        return self._obj

    @value.setter
    def value(self, value):
        if self._address is not None:
            raise ValueError("ouro's ctypes does not write memory")
        self._obj = value

    def __repr__(self):
        if self._address is None and self._obj is _NULL:
            return "py_object(<NULL>)"
        return f"{type(self).__name__}({self.value!r})"


def cast(obj, typ):
    """`cast(address, py_object)`: the object whose id() is `address`."""
    if not (isinstance(typ, type) and issubclass(typ, py_object)):
        name = getattr(typ, "__name__", type(typ).__name__)
        raise TypeError(f"cast() argument 2 must be a pointer type, not {name}")
    if isinstance(obj, py_object):
        address = obj._address if obj._address is not None else id(obj.value)
    else:
        address = _index(obj)
    result = typ.__new__(typ)
    result._address = address
    result._obj = _NULL
    return result
