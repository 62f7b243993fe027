"""Arrays of numeric values and characters: ouro's `array` module.

CPython's array is the C module Modules/arraymodule.c; this is a pure Python
version of it.  The behaviour followed is that of CPython 3.11 on x86-64
Linux, where the item sizes are

    b B u h H i I l L q Q f d
    1 1 4 2 2 4 4 8 8 8 8 4 8

(wchar_t is 4 bytes, so 'u' holds any code point).  Followed exactly:

  * which values each typecode accepts and the errors of the others: the
    OverflowError texts of the C converters, in the order C applies them
    ("signed char is greater than maximum" for array('b', [200]), but
    "signed short integer is greater than maximum" for 1 << 20 and "Python
    int too large to convert to C long" for 1 << 70), "'str' object cannot
    be interpreted as an integer", "must be real number, not str",
    "array item must be unicode character", and __index__/__float__
    objects accepted where C accepts them;
  * 'f' items are rounded to single precision when stored (as C's (float)
    cast does: a value too large becomes an infinity), 'd' items are kept
    as they are;
  * tobytes(), frombytes(), byteswap(), tofile() and fromfile() see the
    native machine values: little-endian, in the sizes above;
  * the sequence protocol: indexing and slicing (a slice is an array),
    slice assignment only from an array of the same typecode (an empty one
    deletes an extended slice, as in C), +, *, += and *= only with arrays
    and integers, comparisons item by item like lists (and, as in C, two
    NaNs are never equal, even the same NaN object), `in`, count(), index()
    and remove() comparing each item with ==;
  * repr: array('i', [1, 2]), array('u', 'abc'), array('d'); a subclass
    prints its own name;
  * a slice, a concatenation, a repetition or a copy of a subclass instance
    is a plain array, as in C; pickling support (__reduce_ex__ and
    _array_reconstructor) gives CPython's tuples.

How it is built: an array keeps its items as Python objects in a list (one
list for the array's whole life, so iterators see later changes, as C's
arrayiterator does), converted and range-checked on the way in; ints, floats
and strs that need no conversion go in unchanged, so the common paths pack
nothing.  'f' values are rounded with frexp/round/ldexp (exact: round() ties
to even like the FPU), and by struct at the edges of the single-precision
range (subnormals, overflow to infinity).  The machine values of the float
typecodes come from struct, those of the integer and 'u' typecodes from
int.to_bytes() and int.from_bytes() (faster in ouro, same bytes).

Differences:
  * buffer_info() gives (id of the item list, length): ouro has no memory
    addresses; the first number is only good for telling arrays apart;
  * ouro has no bytearray or memoryview yet, so frombytes() takes bytes or
    an array of itemsize 1 (and bytearray or memoryview when the
    interpreter has them); arrays export no buffer (bytes(a) and
    memoryview(a) do not see the items; use a.tobytes());
  * NaNs lose their payload bits (struct packs the standard quiet NaN), so
    tobytes() of a NaN read by frombytes() may not give the same bytes;
  * 'u' items are str characters: frombytes() or byteswap() that would
    make a wchar_t above U+10FFFF raise ValueError at once (C stores it and
    fails when it is read);
  * the array type and its iterator are Python classes: type names in
    messages are 'array', not 'array.array', iter(a) is a list_iterator,
    the typecode and itemsize properties say "property 'typecode' of
    'array' object has no setter" when assigned, and a wrong number of
    arguments to a method gets Python's "missing 1 required positional
    argument" instead of the C wording;
  * _array_reconstructor() decodes UTF-16 and UTF-32 from another machine
    with bytes.decode(), so ouro needs those codecs for it.
"""

import _ouro
import struct as _struct
from math import frexp as _frexp, ldexp as _ldexp

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_FLOAT_CODES = ('f', 'd')

_SSIZE_MAX = (1 << 63) - 1
_SSIZE_MIN = -(1 << 63)
_INF = float('inf')

try:
    _bytearray = bytearray
except NameError:
    _bytearray = None
try:
    _memoryview = memoryview
except NameError:
    _memoryview = None
_BYTES_TYPES = tuple([t for t in (bytes, _bytearray, _memoryview)
                      if t is not None])
try:
    _complex = complex
except NameError:
    _complex = None
_BUILTIN_OPERANDS = tuple([t for t in (int, float, _complex, str, bytes, list,
                                       tuple, _bytearray) if t is not None])
# The initializers array() copies directly instead of iterating.
_DIRECT_BYTES = tuple([t for t in (bytes, _bytearray) if t is not None])


# ---------------------------------------------------------------------------
# Converting items

def _as_int(v):
    # PyNumber_Index(), giving an exact int.
    if isinstance(v, int):
        return int.__index__(v)
    try:
        meth = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    r = meth(v)
    if not isinstance(r, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(r).__name__)
    return int.__index__(r)


def _as_double(v):
    # PyFloat_AsDouble(), giving an exact float.
    if isinstance(v, float):
        return float.__float__(v)
    if isinstance(v, int):
        return float(v)
    tp = type(v)
    meth = getattr(tp, '__float__', None)
    if meth is not None:
        r = meth(v)
        if not isinstance(r, float):
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (tp.__name__, type(r).__name__))
        return float.__float__(r)
    if hasattr(tp, '__index__'):
        return float(_as_int(v))
    raise TypeError('must be real number, not %s' % tp.__name__)


def _ssize(v):
    # The Py_ssize_t argument converter of pop(), insert(), fromfile().
    if type(v) is not int:
        v = _as_int(v)
    if v < _SSIZE_MIN or v > _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def _slice_index(v):
    # _PyEval_SliceIndexNotNone(): start and stop of index().
    if type(v) is not int:
        if not hasattr(type(v), '__index__'):
            raise TypeError('slice indices must be integers or have an '
                            '__index__ method')
        v = _as_int(v)
    if v > _SSIZE_MAX:
        return _SSIZE_MAX
    if v < _SSIZE_MIN:
        return _SSIZE_MIN
    return v


def _subscript(i):
    # An index that is not an int: through __index__, or an error.
    if hasattr(type(i), '__index__'):
        return _as_int(i)
    raise TypeError('array indices must be integers')


def _index_error(i, message):
    # PyNumber_AsSsize_t(i, PyExc_IndexError) fails before the bounds do.
    if i < _SSIZE_MIN or i > _SSIZE_MAX:
        return IndexError("cannot fit 'int' into an index-sized integer")
    return IndexError(message)


_LONG = (-(1 << 63), (1 << 63) - 1,
         'Python int too large to convert to C long',
         'Python int too large to convert to C long')
_ULONG = (0, (1 << 64) - 1,
          "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long')
_SHORT = (-(1 << 15), (1 << 15) - 1,
          'signed short integer is less than minimum',
          'signed short integer is greater than maximum')
_INT = (-(1 << 31), (1 << 31) - 1,
        'signed integer is less than minimum',
        'signed integer is greater than maximum')

# For each integer typecode: its range, and the checks C makes, in order,
# of a value outside it (the first one that fails gives the error).
_INT_CODES = {
    'b': (-128, 127, [_LONG, _SHORT,
                      (-128, 127, 'signed char is less than minimum',
                       'signed char is greater than maximum')]),
    'B': (0, 255, [_LONG,
                   (0, 255, 'unsigned byte integer is less than minimum',
                    'unsigned byte integer is greater than maximum')]),
    'h': (-(1 << 15), (1 << 15) - 1, [_LONG, _SHORT]),
    'H': (0, (1 << 16) - 1, [_LONG, _INT,
                             (0, (1 << 16) - 1,
                              'unsigned short is less than minimum',
                              'unsigned short is greater than maximum')]),
    'i': (-(1 << 31), (1 << 31) - 1, [_LONG, _INT]),
    'I': (0, (1 << 32) - 1, [_ULONG,
                             (0, (1 << 32) - 1, '',
                              'unsigned int is greater than maximum')]),
    'l': (-(1 << 63), (1 << 63) - 1, [_LONG]),
    'L': (0, (1 << 64) - 1, [_ULONG]),
    'q': (-(1 << 63), (1 << 63) - 1, [(-(1 << 63), (1 << 63) - 1,
                                       'int too big to convert',
                                       'int too big to convert')]),
    'Q': (0, (1 << 64) - 1, [(0, (1 << 64) - 1,
                              "can't convert negative int to unsigned",
                              'int too big to convert')]),
}


def _int_converter(lo, hi, checks):
    def convert(v):
        if type(v) is not int:
            v = _as_int(v)
        if lo <= v <= hi:
            return v
        for clo, chi, low, high in checks:
            if v < clo:
                raise OverflowError(low)
            if v > chi:
                raise OverflowError(high)
        raise OverflowError(checks[-1][3])     # not reached
    return convert


_pack_f = _struct.Struct('f').pack
_unpack_f = _struct.Struct('f').unpack


def _round_f(x):
    # The float nearest to x in single precision, rounding ties to even;
    # out of the normal range struct does it (subnormals, overflow).
    if x == 0.0 or x != x or x == _INF or x == -_INF:
        return x
    m, e = _frexp(x)
    if -125 <= e <= 127:
        # |m| * 2**24 is in [2**23, 2**24): round to an integer.
        return _ldexp(round(m * 16777216.0), e - 24)
    return _unpack_f(_pack_f(x))[0]


def _convert_f(v):
    if type(v) is not float:
        v = _as_double(v)
    return _round_f(v)


def _convert_d(v):
    if type(v) is float:
        return v
    return _as_double(v)


def _convert_u(v):
    if type(v) is str and len(v) == 1:
        return v
    if isinstance(v, str) and len(v) == 1:
        return str.__str__(v)
    raise TypeError('array item must be unicode character')


_CONVERT = {'f': _convert_f, 'd': _convert_d, 'u': _convert_u}
for _c, (_lo, _hi, _checks) in _INT_CODES.items():
    _CONVERT[_c] = _int_converter(_lo, _hi, _checks)
del _c, _lo, _hi, _checks


def _fast_list(tc, values):
    """values (a list) when every item can be stored unchanged, else None.

    None means each item has to go through the converter (which may fail);
    this one never fails and calls no Python code."""
    if not values:
        return values
    types = set(map(type, values))
    bounds = _INT_CODES.get(tc)
    if bounds is not None:
        if (types == _JUST_INT and min(values) >= bounds[0]
                and max(values) <= bounds[1]):
            return values
    elif tc == 'd':
        if types == _JUST_FLOAT:
            return values
    elif tc == 'u':
        if types == _JUST_STR and set(map(len, values)) == _JUST_ONE:
            return values
    return None


_JUST_INT = {int}
_JUST_FLOAT = {float}
_JUST_STR = {str}
_JUST_ONE = {1}


def _convert_all(tc, values):
    # All items of the list values converted; the first failure raises.
    fast = _fast_list(tc, values)
    if fast is not None:
        return fast
    convert = _CONVERT[tc]
    return [convert(v) for v in values]


def _decode(tc, data, byteorder='little'):
    """The items whose machine values are the bytes data."""
    size = _ITEMSIZE[tc]
    if len(data) % size:
        raise ValueError('bytes length not a multiple of item size')
    if tc == 'B':
        return list(data)
    if tc == 'b':
        return [v - 256 if v > 127 else v for v in data]
    if tc in _FLOAT_CODES:
        order = '<' if byteorder == 'little' else '>'
        return list(_struct.unpack('%s%d%s' % (order, len(data) // size, tc),
                                   data))
    from_bytes = int.from_bytes
    if tc == 'u':
        return [chr(from_bytes(data[i:i + 4], byteorder))
                for i in range(0, len(data), 4)]
    signed = tc in _SIGNED_CODES
    return [from_bytes(data[i:i + size], byteorder, signed=signed)
            for i in range(0, len(data), size)]


def _encode(tc, items):
    """The native machine values of the items, as bytes."""
    if not items:
        return b''
    if tc == 'B':
        return bytes(items)
    if tc == 'b':
        return bytes([v & 255 for v in items])
    if tc in _FLOAT_CODES:
        return _struct.pack('%d%s' % (len(items), tc), *items)
    size = _ITEMSIZE[tc]
    if tc == 'u':
        return b''.join([ord(c).to_bytes(4, 'little') for c in items])
    signed = tc in _SIGNED_CODES
    return b''.join([v.to_bytes(size, 'little', signed=signed)
                     for v in items])


_SIGNED_CODES = ('b', 'h', 'i', 'l', 'q')


def _new(tc, items):
    # A plain array holding the list items, which are already converted
    # (`newarrayobject`: room for exactly these).
    a = object.__new__(array)
    a._tc = tc
    a._items = items
    a._alloc = len(items)
    a._convert = _CONVERT[tc]
    return a


def _resized(alloc, size, newsize):
    # The items CPython's `array_resize` leaves room for when an array of
    # `size` items with room for `alloc` becomes `newsize` long: what
    # sys.getsizeof reports (it keeps the room unless shrinking by 16).
    if alloc >= newsize and size < newsize + 16:
        return alloc
    if newsize == 0:
        return 0
    return (newsize >> 4) + (3 if size < 8 else 7) + newsize


def _appended(alloc, size, newsize):
    # `_resized` once per item appended, from `size` to `newsize` items
    # (`ins1` for each item of an iterable).
    while size < newsize:
        alloc = _resized(alloc, size, size + 1)
        size += 1
    return alloc


def _compare(a, b, op):
    # array_richcompare(): b is an array too.
    x = a._items
    y = b._items
    if a._tc not in _FLOAT_CODES and b._tc not in _FLOAT_CODES:
        # Items that are ints and strs compare as list items do.
        if op == 0:
            return x < y
        if op == 1:
            return x <= y
        if op == 2:
            return x == y
        if op == 3:
            return x != y
        if op == 4:
            return x > y
        return x >= y
    nx = len(x)
    ny = len(y)
    if nx != ny and (op == 2 or op == 3):
        return op == 3
    # Search for the first index where the items differ, comparing with ==
    # (C compares new float objects: a NaN never equals itself).
    for i in range(min(nx, ny)):
        vi = x[i]
        wi = y[i]
        if not (vi == wi):
            break
    else:
        if op == 0:
            return nx < ny
        if op == 1:
            return nx <= ny
        if op == 2:
            return True
        if op == 3:
            return False
        if op == 4:
            return nx > ny
        return nx >= ny
    if op == 2:
        return False
    if op == 3:
        return True
    if op == 0:
        return vi < wi
    if op == 1:
        return vi <= wi
    if op == 4:
        return vi > wi
    return vi >= wi


def _plain(v):
    # True when comparing v with the items of an array can neither call
    # Python code nor depend on object identity, so the list methods
    # (which treat an item that `is` v as equal) give C's answers.
    t = type(v)
    if t is int or t is str or t is bool:
        return True
    return t is float and v == v


def _reflected(other, name, self):
    # What C's abstract number layer tries before the sequence method: the
    # reflected method of the other operand's class, unless that is a
    # builtin's (which would only return NotImplemented).
    if isinstance(other, _BUILTIN_OPERANDS):
        return NotImplemented
    meth = getattr(type(other), name, None)
    if meth is None:
        return NotImplemented
    return meth(other, self)


def _repeat_count(n):
    # sq_repeat's count: PyNumber_AsSsize_t(n, PyExc_OverflowError).
    if type(n) is not int:
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _as_int(n)
    if n < _SSIZE_MIN or n > _SSIZE_MAX:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return n


# ---------------------------------------------------------------------------
# The array type

class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating point     4
    'd'         floating point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
"""

    __slots__ = ('_tc', '_items', '_alloc', '_convert', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls.__init__ is object.__init__:
            raise TypeError('array.array() takes no keyword arguments')
        nargs = len(args)
        if nargs < 1:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if nargs > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % nargs)
        c = args[0]
        if not isinstance(c, str) or len(c) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            'not %s' % type(c).__name__)
        c = str.__str__(c)
        given = nargs == 2
        initial = args[1] if given else None
        if given and c != 'u':
            if isinstance(initial, str):
                raise TypeError('cannot use a str to initialize an array '
                                "with typecode '%s'" % c)
            if isinstance(initial, array) and initial._tc == 'u':
                raise TypeError('cannot use a unicode array to initialize '
                                "an array with typecode '%s'" % c)
        it = None
        if given and not (isinstance(initial, (list, tuple))
                or isinstance(initial, _DIRECT_BYTES)
                or (c == 'u' and isinstance(initial, str))
                or (isinstance(initial, array) and initial._tc == c)):
            it = iter(initial)
            given = False
        if c not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        if not given:
            items = []
        elif isinstance(initial, array):
            items = list(initial._items)
        elif isinstance(initial, str):
            items = list(initial)
        elif isinstance(initial, _DIRECT_BYTES):
            items = _decode(c, bytes(initial))
        else:
            items = _convert_all(c, list(initial))
        if it is not None:
            convert = _CONVERT[c]
            items = [convert(v) for v in it]
        self = object.__new__(cls)
        self._tc = c
        self._items = items
        if it is not None:
            self._alloc = _appended(0, 0, len(items))
        elif given and isinstance(initial, _DIRECT_BYTES):
            self._alloc = _resized(0, 0, len(items))
        else:
            self._alloc = len(items)
        self._convert = _CONVERT[c]
        return self

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return 64 + self._alloc * _ITEMSIZE[self._tc]

    def _now(self, size):
        # The length changed from `size` by one resize.
        self._alloc = _resized(self._alloc, size, len(self._items))

    # -- attributes

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    # -- methods

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._convert(v))
        self._now(len(self._items) - 1)

    def buffer_info(self, /):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        return (id(self._items), len(self._items))

    def byteswap(self, /):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        tc = self._tc
        items = self._items
        n = len(items)
        if _ITEMSIZE[tc] == 1 or n == 0:
            return
        # The native (little-endian) bytes read as big-endian values.
        items[:] = _decode(tc, _encode(tc, items), 'big')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        if _plain(v):
            return self._items.count(v)
        n = 0
        for x in self._items:
            if x == v:
                n += 1
        return n

    def extend(self, bb, /):
        """Append items to the end of the array."""
        items = self._items
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            size = len(items)
            items.extend(list(bb._items))
            self._now(size)
            return
        size = len(items)
        try:
            if isinstance(bb, (list, tuple)):
                fast = _fast_list(self._tc, list(bb))
                if fast is not None:
                    items.extend(fast)
                    return
            # Item by item: the items before a failing one stay appended.
            convert = self._convert
            append = items.append
            for v in bb:
                append(convert(v))
        finally:
            self._alloc = _appended(self._alloc, size, len(items))

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, array):
            if _ITEMSIZE[buffer._tc] != 1:
                raise TypeError('a bytes-like object is required')
            data = buffer.tobytes()
        elif isinstance(buffer, _BYTES_TYPES):
            data = bytes(buffer)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        size = len(self._items)
        self._items.extend(_decode(self._tc, data))
        self._now(size)

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _ssize(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * _ITEMSIZE[self._tc]
        if nbytes > _SSIZE_MAX:
            raise MemoryError()
        b = f.read(nbytes)
        if not isinstance(b, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(b)
        if len(b) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, _list):
            raise TypeError('arg must be list')
        size = len(self._items)
        self._items.extend(_convert_all(self._tc, _list(list)))
        self._now(size)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        size = len(self._items)
        self._items.extend(ustr)
        self._now(size)

    def index(self, v, start=0, stop=_SSIZE_MAX, /):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        items = self._items
        if type(start) is not int or not -_SSIZE_MAX <= start <= _SSIZE_MAX:
            start = _slice_index(start)
        if type(stop) is not int or not -_SSIZE_MAX <= stop <= _SSIZE_MAX:
            stop = _slice_index(stop)
        n = len(items)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        if _plain(v):
            if stop > n:
                stop = n
            if start < stop:
                try:
                    return items.index(v, start, stop)
                except ValueError:
                    pass
        else:
            i = start
            while i < stop and i < len(items):
                if items[i] == v:
                    return i
                i += 1
        raise ValueError('array.index(x): x not in array')

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _ssize(i)
        v = self._convert(v)
        items = self._items
        n = len(items)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        elif i > n:
            i = n
        items.insert(i, v)
        self._now(n)

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        if type(i) is not int or not _SSIZE_MIN <= i <= _SSIZE_MAX:
            i = _ssize(i)
        items = self._items
        n = len(items)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        v = items.pop(i)
        self._now(n)
        return v

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        items = self._items
        n = len(items)
        if _plain(v):
            if v in items:
                items.remove(v)
                self._now(n)
                return
        else:
            for i in range(len(items)):
                if items[i] == v:
                    del items[i]
                    self._now(n)
                    return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self, /):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tobytes(self, /):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _encode(self._tc, self._items)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        if not self._items:
            return
        data = self.tobytes()
        # Write 64K blocks at a time, as C does.
        for i in range(0, len(data), 65536):
            f.write(data[i:i + 65536])

    def tolist(self, /):
        """Convert array to an ordinary list with the same items."""
        return _list(self._items)

    def tounicode(self, /):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type '
                             'arrays')
        return ''.join(self._items)

    def __copy__(self, /):
        """Return a copy of the array."""
        return _new(self._tc, _list(self._items))

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return _new(self._tc, _list(self._items))

    def __reduce_ex__(self, value, /):
        """Return state information for pickling."""
        if not isinstance(value, int):
            raise TypeError('__reduce_ex__ argument should be an integer')
        d = getattr(self, '__dict__', None)
        if value < 3:
            return (type(self), (self._tc, _list(self._items)), d)
        return (_array_reconstructor,
                (type(self), self._tc, _MFORMAT[self._tc], self.tobytes()), d)

    # -- the sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        if _plain(v):
            return v in self._items
        for x in self._items:
            if x == v:
                return True
        return False

    def __getitem__(self, i):
        if type(i) is int:
            try:
                return self._items[i]
            except IndexError:
                raise _index_error(i, 'array index out of range') from None
        if isinstance(i, slice):
            return _new(self._tc, self._items[i])
        i = _subscript(i)
        try:
            return self._items[i]
        except IndexError:
            raise _index_error(i, 'array index out of range') from None

    def __setitem__(self, i, v):
        items = self._items
        if type(i) is not int:
            if isinstance(i, slice):
                size = len(items)
                self._set_slice(i, v)
                if len(items) != size:
                    self._now(size)
                return
            i = _subscript(i)
        n = len(items)
        j = i + n if i < 0 else i
        if j < 0 or j >= n:
            raise _index_error(i, 'array assignment index out of range')
        items[j] = self._convert(v)

    def _set_slice(self, s, v):
        items = self._items
        if not isinstance(v, array):
            items[s]                # errors of the slice itself come first
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(v).__name__)
        if v._tc != self._tc:
            items[s]
            raise TypeError('bad argument type for built-in operation')
        src = v._items
        if v is self:
            src = _list(src)
        step = s.step
        if step is None:
            items[s] = src
            return
        size = len(items[s])        # checks the slice
        if type(step) is not int:
            step = _as_int(step)
        if step == 1:
            items[s] = src
            return
        needed = len(src)
        if needed == 0:
            # C deletes the extended slice when given an empty array.
            del items[s]
            return
        if needed != size:
            raise ValueError('attempt to assign array of size %d to extended '
                             'slice of size %d' % (needed, size))
        items[s] = src

    def __delitem__(self, i):
        items = self._items
        if type(i) is not int:
            if isinstance(i, slice):
                size = len(items)
                del items[i]
                if len(items) != size:
                    self._now(size)
                return
            i = _subscript(i)
        n = len(items)
        j = i + n if i < 0 else i
        if j < 0 or j >= n:
            raise _index_error(i, 'array assignment index out of range')
        del items[j]
        self._now(n)

    def __add__(self, bb):
        if not isinstance(bb, array):
            r = _reflected(bb, '__radd__', self)
            if r is not NotImplemented:
                return r
            raise TypeError('can only append array (not "%s") to array'
                            % type(bb).__name__)
        if bb._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return _new(self._tc, self._items + bb._items)

    def __iadd__(self, bb):
        if not isinstance(bb, array):
            r = _reflected(bb, '__radd__', self)
            if r is not NotImplemented:
                return r
            raise TypeError('can only extend array with array (not "%s")'
                            % type(bb).__name__)
        self.extend(bb)
        return self

    def __mul__(self, n):
        if type(n) is not int:
            r = _reflected(n, '__rmul__', self)
            if r is not NotImplemented:
                return r
        n = _repeat_count(n)
        return _new(self._tc, self._items * n if n > 0 else [])

    def __rmul__(self, n):
        if isinstance(n, (str, bytes, list, tuple)):
            # C repeats the sequence on the left, and this is no count.
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(self).__name__)
        n = _repeat_count(n)
        return _new(self._tc, self._items * n if n > 0 else [])

    def __imul__(self, n):
        if type(n) is not int:
            r = _reflected(n, '__rmul__', self)
            if r is not NotImplemented:
                return r
        n = _repeat_count(n)
        items = self._items
        size = len(items)
        if n <= 0:
            del items[:]
        elif n != 1:
            items[:] = items * n
        if size:
            self._now(size)
        return self

    # -- comparisons

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 0)

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 1)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 2)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 3)

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 4)

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _compare(self, other, 5)

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        name = type(self).__name__
        items = self._items
        if not items:
            return "%s('%s')" % (name, tc)
        if tc == 'u':
            return "%s('%s', %r)" % (name, tc, ''.join(items))
        return "%s('%s', %r)" % (name, tc, items)


_list = list
_ouro.collection_flags(array, 1 << 5)  # Py_TPFLAGS_SEQUENCE
_ouro.collection_flags(array, _ouro.BUFFER_FLAG)
ArrayType = array


# ---------------------------------------------------------------------------
# Pickling support

# Machine format codes: (item size, signed, big-endian), and each
# typecode's own on x86-64 (little-endian).
_MFORMATS = [
    (1, False, False), (1, True, False),                    # 0, 1: 8-bit
    (2, False, False), (2, False, True),
    (2, True, False), (2, True, True),                      # 2-5: 16-bit
    (4, False, False), (4, False, True),
    (4, True, False), (4, True, True),                      # 6-9: 32-bit
    (8, False, False), (8, False, True),
    (8, True, False), (8, True, True),                      # 10-13: 64-bit
    (4, False, False), (4, False, True),                    # 14, 15: float
    (8, False, False), (8, False, True),                    # 16, 17: double
    (4, False, False), (4, False, True),                    # 18, 19: UTF-16
    (8, False, False), (8, False, True),                    # 20, 21: UTF-32
]
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6,
            'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s'
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array'
                        % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('_array_reconstructor() argument 2 must be a unicode '
                        'character, not %s' % type(typecode).__name__)
    mformat_code = _as_int(mformat_code)
    if typecode not in _ITEMSIZE:
        raise ValueError('second argument must be a valid type code')
    if mformat_code < 0 or mformat_code > 21:
        raise ValueError('third argument must be a valid machine format '
                         'code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s'
                        % type(items).__name__)
    if mformat_code == _MFORMAT[typecode]:
        return arraytype(typecode, items)
    # Items from another kind of machine.
    size, signed, big = _MFORMATS[mformat_code]
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    order = '>' if big else '<'
    count = len(items) // size
    if mformat_code in (14, 15):
        values = _list(_struct.unpack('%s%df' % (order, count), items))
    elif mformat_code in (16, 17):
        values = _list(_struct.unpack('%s%dd' % (order, count), items))
    elif mformat_code in (18, 19):
        values = items.decode('utf-16-be' if big else 'utf-16-le')
    elif mformat_code in (20, 21):
        values = items.decode('utf-32-be' if big else 'utf-32-le')
    else:
        # The integer typecode of that size and signedness (the last one).
        for c in typecodes:
            if (c in _INT_CODES and _ITEMSIZE[c] == size
                    and (_INT_CODES[c][0] < 0) == signed):
                typecode = c
        byteorder = 'big' if big else 'little'
        values = [int.from_bytes(items[i:i + size], byteorder, signed=signed)
                  for i in range(0, len(items), size)]
    return arraytype(typecode, values)
