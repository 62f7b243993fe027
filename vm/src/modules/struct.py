"""Functions to convert between Python values and C structs: ouro's `struct`.

CPython's struct is the thin Lib/struct.py over the _struct C module; this
is both, written with int.to_bytes/int.from_bytes and exact integer
arithmetic on float.as_integer_ratio().  The behaviour followed is that of
CPython 3.11 on x86-64 Linux:

  * '@' (the default) is native: sizes and alignment of the C types
    there (l, L, n, N and P are 8 bytes, and each is aligned to its size);
    '=' and '<' are little-endian and '>' and '!' big-endian, with the
    standard sizes and no alignment.  n, N and P exist only in native mode.
  * Floats are packed as IEEE 754 bit patterns: 'd' exactly, 'f' and 'e'
    rounded to nearest, ties to even.  A value too large for 'f' raises
    OverflowError, except natively, where C's (float) cast makes it an
    infinity; 'e' always raises.
  * The error messages are _struct's, including its quirks: the
    little-endian and native modes share the native packing routines,
    whose messages differ from the big-endian ones ("short format
    requires -32768 <= number <= 32767" against "'h' format requires
    -32768 <= number <= 32767"), and an int argument that overflows
    becomes struct.error("int too large to convert").

Differences:
  * a NaN is packed as the standard quiet NaN of the format (its sign is
    kept, any other payload bits are lost), since Python code cannot read
    or build a NaN's payload;
  * ouro has no bytearray or memoryview yet: buffers are bytes (and
    bytearray or memoryview when the interpreter has them); pack_into()
    needs one of those two, since bytes cannot be written;
  * Struct and the iterator of iter_unpack() are Python classes.
"""

import math

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]


class error(Exception):
    pass


try:
    _bytearray = bytearray
except NameError:
    _bytearray = None
try:
    _memoryview = memoryview
except NameError:
    _memoryview = None

_BUFFER_TYPES = tuple([t for t in (bytes, _bytearray, _memoryview)
                       if t is not None])
_WRITABLE_TYPES = tuple([t for t in (_bytearray, _memoryview)
                         if t is not None])

_SSIZE_T_MAX = (1 << 63) - 1
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_INF = float('inf')
_NAN = float('nan')


# ---------------------------------------------------------------------------
# Converting arguments

def _index(v):
    # get_pylong(): the int v stands for, through __index__.
    if isinstance(v, int):
        return v
    try:
        meth = type(v).__index__
    except AttributeError:
        raise error('required argument is not an integer') from None
    result = meth(v)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(result).__name__)
    return result


def _get_long(v):
    # get_long(): a C long.
    x = _index(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise error('argument out of range')
    return x


def _get_ulong(v):
    # get_ulong(): a C unsigned long.
    x = _index(v)
    if x < 0 or x > _ULONG_MAX:
        raise error('argument out of range')
    return x


def _range_error(char, size, unsigned):
    ulargest = (1 << (size * 8)) - 1
    if unsigned:
        return error("'%s' format requires 0 <= number <= %d"
                     % (char, ulargest))
    largest = ulargest >> 1
    return error("'%s' format requires %d <= number <= %d"
                 % (char, ~largest, largest))


def _get_float(v):
    # PyFloat_AsDouble(), any failure reported as struct.error.
    if isinstance(v, float):
        return v
    ok = False
    try:
        if isinstance(v, int):
            x = float(v)
            ok = True
        else:
            tp = type(v)
            if hasattr(tp, '__float__'):
                x = v.__float__()
                ok = isinstance(x, float)
            elif hasattr(tp, '__index__'):
                x = float(_index(v))
                ok = True
    except Exception:
        ok = False
    if not ok:
        raise error('required argument is not a float')
    return x


# ---------------------------------------------------------------------------
# IEEE 754 bit patterns

def _float_bits(x, ebits, mbits):
    """The bits of x in a binary format with ebits of exponent and mbits
    of fraction, rounded to nearest (ties to even); None on overflow."""
    sign = (1 << (ebits + mbits)) if math.copysign(1.0, x) < 0.0 else 0
    top = (1 << ebits) - 1          # the exponent of infinities and NaNs
    if x != x:
        return sign | (top << mbits) | (1 << (mbits - 1))
    if x == _INF or x == -_INF:
        return sign | (top << mbits)
    if x == 0.0:
        return sign
    n, d = abs(x).as_integer_ratio()        # |x| = n / 2**k
    k = d.bit_length() - 1
    bias = (1 << (ebits - 1)) - 1
    e = n.bit_length() - 1 - k              # 2**e <= |x| < 2**(e+1)
    if e < 1 - bias:
        e = 1 - bias                        # subnormal
    # The significand m = |x| / 2**(e - mbits), rounded to an integer.
    shift = k + e - mbits
    if shift <= 0:
        m = n << -shift
    else:
        m = n >> shift
        rest = n & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and m & 1):
            m += 1
    # m has its leading bit at position mbits (normal) or below it
    # (subnormal); a carry out of the fraction moves into the exponent.
    bits = ((e + bias - 1) << mbits) + m
    if bits >= top << mbits:
        return None
    return sign | bits


def _bits_float(bits, ebits, mbits):
    """The float whose bits in the binary format are bits."""
    top = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    e = (bits >> mbits) & top
    m = bits & ((1 << mbits) - 1)
    if e == top:
        x = _NAN if m else _INF
    elif e == 0:
        x = math.ldexp(float(m), 1 - bias - mbits)
    else:
        x = math.ldexp(float(m | (1 << mbits)), e - bias - mbits)
    if bits >> (ebits + mbits):
        x = math.copysign(x, -1.0)
    return x


# ---------------------------------------------------------------------------
# Packing and unpacking one value.  Each maker returns (pack, unpack):
# pack(v) gives the bytes of v, unpack(b) the value of bytes b.

def _int_unpacker(order, signed):
    def unpack(b):
        return int.from_bytes(b, order, signed=signed)
    return unpack


def _make_byte(order):
    # np_byte: every table uses it.
    def pack(v):
        x = _get_long(v)
        if x < -128 or x > 127:
            raise error('byte format requires -128 <= number <= 127')
        return (x & 0xff).to_bytes(1, 'little')
    return pack, _int_unpacker(order, True)


def _make_ubyte(order):
    def pack(v):
        x = _get_long(v)
        if x < 0 or x > 255:
            raise error('ubyte format requires 0 <= number <= 255')
        return x.to_bytes(1, 'little')
    def unpack(b):
        return b[0]
    return pack, unpack


def _make_char(order):
    def pack(v):
        if not isinstance(v, bytes) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return v
    def unpack(b):
        return b
    return pack, unpack


def _make_bool(order):
    def pack(v):
        return b'\x01' if v else b'\x00'
    def unpack(b):
        return b[0] != 0
    return pack, unpack


def _make_native_short(order):
    # np_short (native and little-endian)
    def pack(v):
        x = _get_long(v)
        if x < -32768 or x > 32767:
            raise error('short format requires -32768 <= number <= 32767')
        return x.to_bytes(2, order, signed=True)
    return pack, _int_unpacker(order, True)


def _make_native_ushort(order):
    # np_ushort: a C long, then the range
    def pack(v):
        x = _get_long(v)
        if x < 0 or x > 65535:
            raise error('ushort format requires 0 <= number <= 65535')
        return x.to_bytes(2, order)
    return pack, _int_unpacker(order, False)


def _make_std_int(char, size):
    # np_int, lp_int, bp_int: a C long, then the range of size bytes
    def make(order):
        low = -(1 << (size * 8 - 1))
        high = (1 << (size * 8 - 1)) - 1
        def pack(v):
            x = _get_long(v)
            if x < low or x > high:
                raise _range_error(char, size, False)
            return x.to_bytes(size, order, signed=True)
        return pack, _int_unpacker(order, True)
    return make


def _make_std_uint(char, size):
    # np_uint, lp_uint, bp_uint: a C unsigned long, then the range
    def make(order):
        high = (1 << (size * 8)) - 1
        def pack(v):
            x = _get_ulong(v)
            if x > high:
                raise _range_error(char, size, True)
            return x.to_bytes(size, order)
        return pack, _int_unpacker(order, False)
    return make


def _make_long(order):
    # np_long, np_longlong, np_ssize_t: 8 bytes, a C long's range
    def pack(v):
        return _get_long(v).to_bytes(8, order, signed=True)
    return pack, _int_unpacker(order, True)


def _make_ulong(order):
    def pack(v):
        return _get_ulong(v).to_bytes(8, order)
    return pack, _int_unpacker(order, False)


def _make_be_longlong(order):
    # bp_longlong: _PyLong_AsByteArray's OverflowError
    def pack(v):
        x = _index(v)
        if x < _LONG_MIN or x > _LONG_MAX:
            if isinstance(v, int):
                raise error('int too large to convert')
            raise OverflowError('int too big to convert')
        return x.to_bytes(8, order, signed=True)
    return pack, _int_unpacker(order, True)


def _make_be_ulonglong(order):
    def pack(v):
        x = _index(v)
        if x < 0 or x > _ULONG_MAX:
            if isinstance(v, int):
                raise error('int too large to convert')
            if x < 0:
                raise OverflowError("can't convert negative int to unsigned")
            raise OverflowError('int too big to convert')
        return x.to_bytes(8, order)
    return pack, _int_unpacker(order, False)


def _make_void_p(order):
    # np_void_p: PyLong_AsVoidPtr takes a C long or a C unsigned long
    def pack(v):
        x = _index(v)
        if x < _LONG_MIN or x > _ULONG_MAX:
            if isinstance(v, int):
                raise error('int too large to convert')
            if x < 0:
                raise OverflowError(
                    'Python int too large to convert to C long')
            raise OverflowError(
                'Python int too large to convert to C unsigned long')
        return (x & _ULONG_MAX).to_bytes(8, order)
    return pack, _int_unpacker(order, False)


def _make_float_code(char, size, ebits, mbits, overflow_to_inf):
    def make(order):
        inf_bits = ((1 << ebits) - 1) << mbits
        def pack(v):
            x = _get_float(v)
            bits = _float_bits(x, ebits, mbits)
            if bits is None:
                if overflow_to_inf:
                    # C's (float) cast of a double beyond FLT_MAX
                    bits = inf_bits
                    if x < 0.0:
                        bits |= 1 << (ebits + mbits)
                elif isinstance(v, int):
                    raise error('int too large to convert')
                else:
                    raise OverflowError(
                        'float too large to pack with %s format' % char)
            return bits.to_bytes(size, order)
        def unpack(b):
            return _bits_float(int.from_bytes(b, order), ebits, mbits)
        return pack, unpack
    return make


_make_half = _make_float_code('e', 2, 5, 10, False)
_make_float = _make_float_code('f', 4, 8, 23, False)
_make_native_float = _make_float_code('f', 4, 8, 23, True)
_make_double = _make_float_code('d', 8, 11, 52, False)


# char -> (size, alignment, maker); 'x', 's' and 'p' have no maker.
_native_table = {
    'x': (1, 1, None),
    'b': (1, 1, _make_byte),
    'B': (1, 1, _make_ubyte),
    'c': (1, 1, _make_char),
    's': (1, 1, None),
    'p': (1, 1, None),
    'h': (2, 2, _make_native_short),
    'H': (2, 2, _make_native_ushort),
    'i': (4, 4, _make_std_int('i', 4)),
    'I': (4, 4, _make_std_uint('I', 4)),
    'l': (8, 8, _make_long),
    'L': (8, 8, _make_ulong),
    'q': (8, 8, _make_long),
    'Q': (8, 8, _make_ulong),
    '?': (1, 1, _make_bool),
    'e': (2, 2, _make_half),
    'f': (4, 4, _make_native_float),
    'd': (8, 8, _make_double),
    'n': (8, 8, _make_long),
    'N': (8, 8, _make_ulong),
    'P': (8, 8, _make_void_p),
}

# Little-endian: where the standard size is the native one, _struct swaps
# in the native routines (so their messages); l and L differ in size.
_little_table = {
    'x': (1, 0, None),
    'b': (1, 0, _make_byte),
    'B': (1, 0, _make_ubyte),
    'c': (1, 0, _make_char),
    's': (1, 0, None),
    'p': (1, 0, None),
    'h': (2, 0, _make_native_short),
    'H': (2, 0, _make_native_ushort),
    'i': (4, 0, _make_std_int('i', 4)),
    'I': (4, 0, _make_std_uint('I', 4)),
    'l': (4, 0, _make_std_int('l', 4)),
    'L': (4, 0, _make_std_uint('L', 4)),
    'q': (8, 0, _make_long),
    'Q': (8, 0, _make_ulong),
    '?': (1, 0, _make_bool),
    'e': (2, 0, _make_half),
    'f': (4, 0, _make_float),
    'd': (8, 0, _make_double),
}

_big_table = {
    'x': (1, 0, None),
    'b': (1, 0, _make_byte),
    'B': (1, 0, _make_ubyte),
    'c': (1, 0, _make_char),
    's': (1, 0, None),
    'p': (1, 0, None),
    'h': (2, 0, _make_std_int('h', 2)),
    'H': (2, 0, _make_std_uint('H', 2)),
    'i': (4, 0, _make_std_int('i', 4)),
    'I': (4, 0, _make_std_uint('I', 4)),
    'l': (4, 0, _make_std_int('l', 4)),
    'L': (4, 0, _make_std_uint('L', 4)),
    'q': (8, 0, _make_be_longlong),
    'Q': (8, 0, _make_be_ulonglong),
    '?': (1, 0, _make_bool),
    'e': (2, 0, _make_half),
    'f': (4, 0, _make_float),
    'd': (8, 0, _make_double),
}

# (table name, byte order) -> {char: (pack, unpack)}, made when first used
_routines = {}

def _get_routines(table, name, order):
    key = (name, order)
    routines = _routines.get(key)
    if routines is None:
        routines = {}
        for char, (size, align, maker) in table.items():
            if maker is not None:
                routines[char] = maker(order)
        _routines[key] = routines
    return routines


# ---------------------------------------------------------------------------
# Format strings

_SPACE = ' \t\n\r\x0b\x0c'
_DIGITS = '0123456789'


def _parse(fmt):
    """The codes of a format (a str), its size and its number of values.

    A code is (offset, char, item size, repeat, pack, unpack); for 's'
    and 'p' the item size is the count and the repeat is 1."""
    if '\0' in fmt:
        raise error('embedded null character')
    first = fmt[:1]
    start = 1
    if first == '<' or first == '=':
        table, name, order = _little_table, 'little', 'little'
    elif first == '>' or first == '!':
        table, name, order = _big_table, 'big', 'big'
    elif first == '@':
        table, name, order = _native_table, 'native', 'little'
    else:
        table, name, order = _native_table, 'native', 'little'
        start = 0
    routines = None

    codes = []
    size = 0
    nvalues = 0
    i = start
    end = len(fmt)
    while i < end:
        c = fmt[i]
        i += 1
        if c in _SPACE:
            continue
        if c in _DIGITS:
            num = ord(c) - 48
            while True:
                c = fmt[i] if i < end else ''
                i += 1
                if c == '' or c not in _DIGITS:
                    break
                num = num * 10 + (ord(c) - 48)
                if num > _SSIZE_T_MAX:
                    raise error('total struct size too long')
            if c == '':
                raise error('repeat count given without format specifier')
        else:
            num = 1

        entry = table.get(c)
        if entry is None:
            raise error('bad char in struct format')
        itemsize, align, maker = entry

        if align and size > 0:
            size += (align - 1) - (size - 1) % align
        if num > (_SSIZE_T_MAX - size) // itemsize:
            raise error('total struct size too long')

        if c == 's' or c == 'p':
            codes.append((size, c, num, 1, None, None))
            nvalues += 1
            size += num
        elif c == 'x':
            size += num
        elif num:
            if routines is None:
                routines = _get_routines(table, name, order)
            pack, unpack = routines[c]
            codes.append((size, c, itemsize, num, pack, unpack))
            nvalues += num
            size += itemsize * num
    return codes, size, nvalues


def _format_text(format):
    if isinstance(format, str):
        format.encode('ascii')      # CPython's UnicodeEncodeError
        return format
    if isinstance(format, bytes):
        return format.decode('latin-1')
    raise TypeError('Struct() argument 1 must be a str or bytes object, '
                    'not %s' % type(format).__name__)


# ---------------------------------------------------------------------------
# Buffers

def _readable(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, _BUFFER_TYPES):
        return bytes(buffer)
    raise TypeError('a bytes-like object is required, not %r'
                    % type(buffer).__name__)


def _writable(buffer):
    if not isinstance(buffer, _WRITABLE_TYPES):
        raise TypeError('argument must be read-write bytes-like object, '
                        'not %s' % type(buffer).__name__)
    return buffer


def _ssize_t(v, overflow):
    # The Py_ssize_t converter of an offset argument.
    if isinstance(v, int):
        x = v
    else:
        try:
            meth = type(v).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__) from None
        x = _index(v)
    if x < -_SSIZE_T_MAX - 1 or x > _SSIZE_T_MAX:
        if overflow is IndexError:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        raise OverflowError('Python int too large to convert to C ssize_t')
    return x


# ---------------------------------------------------------------------------
# Struct

class Struct:
    """Struct(fmt) --> compiled struct object

"""

    __module__ = '_struct'

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            format = args[0]
        elif 'format' in kwargs:
            format = kwargs['format']
        else:
            raise TypeError("Struct() missing required argument 'format' "
                            "(pos 1)")
        text = _format_text(format)
        codes, size, nvalues = _parse(text)
        object.__setattr__(self, '_format', text)
        object.__setattr__(self, '_codes', codes)
        object.__setattr__(self, '_size', size)
        object.__setattr__(self, '_len', nvalues)

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def __setattr__(self, name, value):
        if name == 'format' or name == 'size':
            raise AttributeError("attribute '%s' of '_struct.Struct' "
                                 "objects is not writable" % name)
        object.__setattr__(self, name, value)

    def _pack(self, values):
        parts = []
        pos = 0
        i = 0
        for offset, char, size, repeat, pack, unpack in self._codes:
            if offset > pos:
                parts.append(bytes(offset - pos))
            if pack is not None:
                for k in range(repeat):
                    parts.append(pack(values[i]))
                    i += 1
                pos = offset + size * repeat
                continue
            v = values[i]
            i += 1
            if _bytearray is not None and isinstance(v, _bytearray):
                v = bytes(v)
            elif not isinstance(v, bytes):
                raise error("argument for '%s' must be a bytes object" % char)
            if char == 's':
                data = v[:size]
                parts.append(data)
                if len(data) < size:
                    parts.append(bytes(size - len(data)))
            elif size > 0:
                # 'p': a length byte, then at most 255 counted bytes
                data = v[:size - 1]
                parts.append(min(len(data), 255).to_bytes(1, 'little'))
                parts.append(data)
                if len(data) < size - 1:
                    parts.append(bytes(size - 1 - len(data)))
            pos = offset + size
        if self._size > pos:
            parts.append(bytes(self._size - pos))
        return b''.join(parts)

    def _unpack(self, data, start):
        result = []
        for offset, char, size, repeat, pack, unpack in self._codes:
            offset += start
            if unpack is not None:
                for k in range(repeat):
                    result.append(unpack(data[offset:offset + size]))
                    offset += size
            elif char == 's':
                result.append(data[offset:offset + size])
            else:
                n = data[offset] if size > 0 else 0
                if n >= size:
                    n = size - 1
                result.append(data[offset + 1:offset + 1 + n])
        return tuple(result)

    def pack(self, *values, **kwargs):
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        if kwargs:
            raise TypeError('Struct.pack() takes no keyword arguments')
        if len(values) != self._len:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._len, len(values)))
        return self._pack(values)

    def pack_into(self, *args, **kwargs):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        if kwargs:
            raise TypeError('Struct.pack_into() takes no keyword arguments')
        if len(args) != self._len + 2:
            if len(args) == 0:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._len, len(args) - 2))
        buffer = _writable(args[0])
        offset = _ssize_t(args[1], IndexError)
        length = len(buffer)
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, length))
            offset += length
        if length - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes '
                        'for packing %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, length))
        data = self._pack(args[2:])
        buffer[offset:offset + size] = data

    def unpack(self, *args, **kwargs):
        """Return a tuple containing unpacked values.

Unpack according to the format string Struct.format. The buffer's size
in bytes must be Struct.size.

See help(struct) for more on format strings."""
        if kwargs:
            raise TypeError('Struct.unpack() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('Struct.unpack() takes exactly one argument '
                            '(%d given)' % len(args))
        data = _readable(args[0])
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack(data, 0)

    def unpack_from(self, *args, **kwargs):
        """Return a tuple containing unpacked values.

Values are unpacked according to the format string Struct.format.

The buffer's size in bytes, starting at position offset, must be
at least Struct.size.

See help(struct) for more on format strings."""
        buffer, offset = _unpack_from_args('unpack_from', 1, args, kwargs)
        return _unpack_from(self, buffer, offset)

    def iter_unpack(self, *args, **kwargs):
        """Return an iterator yielding tuples.

Tuples are unpacked from the given bytes source, like a repeated
invocation of unpack_from().

Requires that the bytes length be a multiple of the struct size."""
        if kwargs:
            raise TypeError('Struct.iter_unpack() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('Struct.iter_unpack() takes exactly one argument '
                            '(%d given)' % len(args))
        return _iter_unpack(self, args[0])

    def __sizeof__(self):
        return 40 + 24 * (len(self._codes) + 1)


def _unpack_from_args(name, first, args, kwargs):
    # (buffer, offset) of unpack_from(buffer, offset=0) whose first
    # parameter is number `first` (1 for the method, 2 for the function).
    n = len(args) + len(kwargs)
    if n > 2:
        raise TypeError('%s() takes at most %d arguments (%d given)'
                        % (name, first + 1, n + first - 1))
    args = list(args)
    for kw in kwargs:
        if kw not in ('buffer', 'offset'):
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (name, kw))
    if args:
        buffer = args.pop(0)
        if 'buffer' in kwargs:
            raise TypeError("argument for %s() given by name ('buffer') "
                            "and position (%d)" % (name, first))
    elif 'buffer' in kwargs:
        buffer = kwargs['buffer']
    else:
        raise TypeError("%s() missing required argument 'buffer' (pos %d)"
                        % (name, first))
    if args:
        offset = args.pop(0)
        if 'offset' in kwargs:
            raise TypeError("argument for %s() given by name ('offset') "
                            "and position (%d)" % (name, first + 1))
    else:
        offset = kwargs.get('offset', 0)
    return buffer, offset


def _unpack_from(s, buffer, offset):
    data = _readable(buffer)
    offset = _ssize_t(offset, OverflowError)
    length = len(data)
    size = s._size
    if offset < 0:
        if offset + length < 0:
            raise error('offset %d out of range for %d-byte buffer'
                        % (offset, length))
        if offset + size > 0:
            raise error('not enough data to unpack %d bytes at offset %d'
                        % (size, offset))
        offset += length
    if length - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for '
                    'unpacking %d bytes at offset %d (actual buffer size '
                    'is %d)' % (size + offset, size, offset, length))
    return s._unpack(data, offset)


class unpack_iterator:
    __module__ = '_struct'

    def __new__(cls, *args, **kwargs):
        # (sic: _struct's message lacks its closing quote)
        raise TypeError("Cannot create 'unpack_iterator objects")

    def __iter__(self):
        return self

    def __next__(self):
        s = self._struct
        if s is None or self._pos >= len(self._data):
            self._struct = None
            raise StopIteration
        pos = self._pos
        self._pos = pos + s._size
        return s._unpack(self._data, pos)

    def __length_hint__(self):
        s = self._struct
        if s is None:
            return 0
        return (len(self._data) - self._pos) // s._size


def _iter_unpack(s, buffer):
    if s._size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    data = _readable(buffer)
    if len(data) % s._size:
        raise error('iterative unpacking requires a buffer of a multiple '
                    'of %d bytes' % s._size)
    it = object.__new__(unpack_iterator)
    it._struct = s
    it._data = data
    it._pos = 0
    return it


# ---------------------------------------------------------------------------
# The module functions, through a cache of Struct objects

_MAXCACHE = 100
_cache = {}


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _get_struct(format):
    s = _cache.get(format) if isinstance(format, (str, bytes)) else None
    if s is None:
        s = Struct(format)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[format] = s
    return s


def calcsize(*args, **kwargs):
    """Return size in bytes of the struct described by the format string."""
    if kwargs:
        raise TypeError('_struct.calcsize() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument '
                        '(%d given)' % len(args))
    return _get_struct(args[0])._size


def pack(*args, **kwargs):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError('_struct.pack() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _get_struct(args[0]).pack(*args[1:])


def pack_into(*args, **kwargs):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    if kwargs:
        raise TypeError('_struct.pack_into() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _get_struct(args[0]).pack_into(*args[1:])


def unpack(*args, **kwargs):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError('_struct.unpack() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _get_struct(args[0]).unpack(args[1])


def unpack_from(*args, **kwargs):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    if not args:
        raise TypeError('unpack_from() takes at least 1 positional argument '
                        '(0 given)')
    buffer, offset = _unpack_from_args('unpack_from', 2, args[1:], kwargs)
    return _unpack_from(_get_struct(args[0]), buffer, offset)


def iter_unpack(*args, **kwargs):
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    if kwargs:
        raise TypeError('_struct.iter_unpack() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d'
                        % len(args))
    return _iter_unpack(_get_struct(args[0]), args[1])
