"""`memoryview`, written in Python: a view of the bytes of a bytes or
bytearray object (or of an array.array's machine values), sharing them —
writes through a view of a bytearray change the bytearray. The builtin
name is bound to this class when a program first uses it.

Differences from CPython: views are one-dimensional; `cast` to a format
wider than a byte gives a view of a copy; a view does not lock the size of
the bytearray it shows (CPython refuses to resize an exported buffer).
"""

import _ouro
import sys as _sys


def _check_index_size(key):
    """An int index past 64 bits: PyNumber_AsSsize_t's IndexError."""
    if isinstance(key, int) and not -2**63 <= key < 2**63:
        raise IndexError("cannot fit 'int' into an index-sized integer")


# The formats of `cast` beyond single bytes (array.array typecodes).
_WIDE_FORMATS = ("h", "H", "i", "I", "l", "L", "q", "Q", "f", "d")


def _is_array(obj):
    """Is `obj` an array.array (imported only once a program has one)?"""
    array = _sys.modules.get("array")
    return array is not None and isinstance(obj, array.array)


class _ManagedBuffer:
    """What the views of one object share (CPython's `managedbuffer`): the
    one reference they hold to the object, dropped when the last view is
    released or dies."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj


class memoryview:
    # `_mb`: the shared buffer, None once this view is released.
    __slots__ = ("_mb", "_start", "_stop", "_step", "_released", "_fmt", "_typed",
                 "__weakref__")

    @property
    def _obj(self):
        return self._mb.obj

    def __new__(cls, object):
        if isinstance(object, memoryview):
            object._check()
            view = super().__new__(cls)
            view._mb = object._mb
            view._start, view._stop, view._step = object._start, object._stop, object._step
            view._released = False
            view._fmt = object._fmt
            view._typed = object._typed
            return view
        if _is_array(object):
            # A view of the array's items, in the array's own format: reads
            # and writes go through to the array.
            view = super().__new__(cls)
            view._mb = _ManagedBuffer(object)
            view._start, view._stop, view._step = 0, len(object), 1
            view._released = False
            view._fmt = object.typecode
            view._typed = True
            return view
        if not isinstance(object, (bytes, bytearray)):
            to_bytes = getattr(type(object), "tobytes", None)
            if to_bytes is None:
                raise TypeError(
                    f"memoryview: a bytes-like object is required, not '{type(object).__name__}'")
            object = bytes(to_bytes(object))
        view = super().__new__(cls)
        view._mb = _ManagedBuffer(object)
        view._start, view._stop, view._step = 0, len(object), 1
        view._released = False
        view._fmt = "B"
        view._typed = False
        return view

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _indices(self):
        return range(self._start, self._stop, self._step)

    def __len__(self):
        self._check()
        return len(self._indices())

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return not (self._typed or isinstance(self._obj, bytearray))

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def itemsize(self):
        self._check()
        return self._obj.itemsize if self._typed else 1

    @property
    def nbytes(self):
        return len(self) * self.itemsize

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._step == 1 or len(self) <= 1

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    def _item(self, b):
        if self._typed:
            return b
        if self._fmt == "c":
            return bytes((b,))
        if self._fmt == "b":
            return b - 256 if b > 127 else b
        return b

    def __getitem__(self, key):
        self._check()
        idx = self._indices()
        if isinstance(key, slice):
            sub = idx[key]
            view = memoryview(self)
            view._start, view._stop, view._step = sub.start, sub.stop, sub.step
            return view
        if isinstance(key, tuple):
            raise TypeError("memoryview: invalid slice key")
        _check_index_size(key)
        try:
            i = idx[key]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        except TypeError:
            raise TypeError("memoryview: invalid slice key") from None
        return self._item(self._obj[i])

    def __setitem__(self, key, value):
        self._check()
        if self._typed:
            return self._set_typed(key, value)
        if not isinstance(self._obj, bytearray):
            raise TypeError("cannot modify read-only memory")
        i = self._target(key, value, bytes)
        if i is None:
            return
        if self._fmt == "c":
            if not isinstance(value, bytes) or len(value) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
            value = value[0]
        elif not isinstance(value, int):
            raise TypeError(f"memoryview: invalid type for format '{self._fmt}'")
        elif self._fmt == "b":
            if not -128 <= value <= 127:
                raise ValueError("memoryview: invalid value for format 'b'")
            value &= 0xFF
        elif not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[i] = value

    def _target(self, key, value, items):
        """`self[key] = value`: for a slice, the items (`items(value)`)
        stored and None returned; for an index, the position in `_obj`."""
        idx = self._indices()
        if isinstance(key, slice):
            sub = idx[key]
            values = items(value)
            if len(values) != len(sub):
                raise ValueError(
                    "memoryview assignment: lvalue and rvalue have different structures")
            for i, v in zip(sub, values):
                self._obj[i] = v
            return None
        _check_index_size(key)
        try:
            return idx[key]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None

    def _set_typed(self, key, value):
        i = self._target(key, value, lambda v: memoryview(v).tolist())
        if i is None:
            return
        try:
            self._obj[i] = value
        except OverflowError:
            raise ValueError(f"memoryview: invalid value for format '{self._fmt}'") from None
        except TypeError:
            raise TypeError(f"memoryview: invalid type for format '{self._fmt}'") from None

    def __delitem__(self, key):
        raise TypeError("cannot delete memory")

    def __iter__(self):
        self._check()
        for i in self._indices():
            yield self._item(self._obj[i])

    def tobytes(self, order="C"):
        self._check()
        if self._typed:
            return self._obj[self._start:self._stop:self._step].tobytes() if self._step > 0 \
                else b"".join(self._obj[i:i + 1].tobytes() for i in self._indices())
        if self._step < 0:
            return bytes(self._obj[i] for i in self._indices())
        part = self._obj[self._start:self._stop:self._step]
        # Always a new bytes (a whole bytes slice is the bytes itself).
        return bytes(bytearray(part)) if type(part) is bytes else bytes(part)

    def tolist(self):
        self._check()
        return [self._item(self._obj[i]) for i in self._indices()]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        self._check()
        view = memoryview(self)
        view._mb = _ManagedBuffer(bytes(self._obj))
        return view

    def cast(self, format, shape=None):
        self._check()
        if isinstance(format, str) and format.startswith("@"):
            format = format[1:]
        if format in _WIDE_FORMATS:
            # A view of the bytes read as machine values: over a copy (it
            # does not write through to the original buffer).
            import array
            data = self.tobytes()
            size = array.array(format).itemsize
            if len(data) % size:
                raise TypeError("memoryview: length is not a multiple of itemsize")
            return memoryview(array.array(format, data))
        if format not in ("B", "b", "c"):
            raise ValueError(
                "memoryview: destination format must be a native single character format "
                "prefixed with an optional '@'")
        view = memoryview(self)
        if self._typed:
            # (A copy of the bytes: the cast view does not write through to
            # the array.)
            view._mb = _ManagedBuffer(self.tobytes())
            view._start, view._stop, view._step = 0, len(view._obj), 1
            view._typed = False
        view._fmt = format
        return view

    def release(self):
        # No longer an export: the object is released with the last one.
        self._released = True
        self._mb = None

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __bytes__(self):
        return self.tobytes()

    def __eq__(self, other):
        if self is other:
            return True
        if self._released:
            return False
        if isinstance(other, memoryview):
            if other._released:
                return False
            return self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray)):
            return self.tolist() == list(other)
        if _is_array(other):
            return self.tolist() == other.tolist()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        self._check()
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return f"<released memory at {id(self):#x}>"
        return f"<memory at {id(self):#x}>"


memoryview.__module__ = "builtins"
_ouro.collection_flags(memoryview, 1 << 5)  # Py_TPFLAGS_SEQUENCE
_ouro.collection_flags(memoryview, _ouro.BUFFER_FLAG)
