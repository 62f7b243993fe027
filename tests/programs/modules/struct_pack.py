# struct: integer, char, bool, string and pad codes in every byte order,
# native sizes and alignment, repeat counts, calcsize, Struct objects,
# unpack_from, iter_unpack.  (pack_into's writes need bytearray; only its
# argument errors are here.)
import struct
from struct import pack, unpack, calcsize, Struct


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


# --- sizes: native (with alignment) and standard
for code in 'xcbB?hHiIlLqQnNPefd':
    print(code, calcsize(code), calcsize('@' + code), calcsize('c' + code),
          calcsize('=' + code) if code not in 'nNP' else '-')
for fmt in ['', 'ci', 'ic', 'cci', 'c0i', '<c0i', 'hl', 'lh', 'bq', 'b?h',
            '3s i', '5p', '0s', '10x', 'c3sxh', '<c3sxh', 'hhl', '2h3ic',
            '!qbi', '>3e', '0c', '  i  h ', '\ti\n', 'iq?', 'd?e', 'cP']:
    print(repr(fmt), calcsize(fmt), calcsize(fmt.encode()))

# --- integers in each byte order
for order in ['', '@', '=', '<', '>', '!']:
    print(repr(order),
          pack(order + 'bBhHiI', -1, 255, -2, 65534, -3, 4294967293),
          pack(order + 'lLqQ', -4, 4, -5, 18446744073709551611))
print(pack('nNP', -6, 6, 7), pack('<hH', 0x1234, 0x5678), pack('>hH', 0x1234, 0x5678))
print(pack('>q', -2**63), pack('<Q', 2**64 - 1), pack('>i', 2**31 - 1), pack('<l', -2**31))
print(pack('i', True), pack('b', False), pack('3b', 1, 2, 3))

for order in '<>@':
    data = pack(order + 'bBhHiIlLqQ', -100, 200, -30000, 60000, -2000000000,
                4000000000, -7, 7, -2**62, 2**63 + 5)
    print(order, len(data), unpack(order + 'bBhHiIlLqQ', data))
print(unpack('nNP', b'\xff' * 24), unpack('<q', b'\xff' * 8), unpack('>Q', b'\xff' * 8))


# __index__ is used for integer codes
class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(pack('<hq', Index(-2), Index(2**40)), pack('>B', Index(255)))

# --- c, ?, s, p, x
print(pack('c', b'a'), pack('3c', b'x', b'\x00', b'\xff'), unpack('3c', b'xyz'))
print(pack('????', 0, 1, 'text', []), pack('?', None), pack('?', [0]))
print(unpack('4?', b'\x00\x01\x02\xff'))
print(pack('s', b'abc'), pack('3s', b'a'), pack('3s', b'abcdef'), pack('0s', b'abc'))
print(pack('5s2s', b'hello world', b'!'), unpack('5s2s', b'hello!!'))
print(pack('p', b'abc'), pack('1p', b'abc'), pack('5p', b'abc'), pack('4p', b'abcdef'))
print(len(pack('300p', b'y' * 300)), pack('300p', b'y' * 300)[:3])
print(unpack('5p', b'\x09abcd'), unpack('5p', b'\x02abcd'), unpack('1p', b'\x05'),
      unpack('3p', b'\x00zz'))
print(pack('3x'), pack('x2xb', 7), unpack('x2xb', b'\x00\x00\x00\x07'), pack('c3x', b'z'))
print(pack('ci', b'*', 1), pack('ic', 1, b'*'), pack('<ci', b'*', 1), unpack('ci', pack('ci', b'-', -1)))
print(pack('bi0q', 1, 2), calcsize('bi0q'), pack('>s', b''), unpack('0s', b''))
print(pack(''), unpack('', b''), calcsize(b'<'))

# --- round trips with repeat counts
fmt = '<2h3s?d2I'
vals = (-1, 2, b'xyz', True, 0.5, 7, 8)
print(fmt, unpack(fmt, pack(fmt, *vals)) == vals, calcsize(fmt))
print(unpack('12B', bytes(range(12))), unpack('>3H', bytes(range(6))))

# --- format given as bytes
print(pack(b'>h', 1), unpack(b'<h', b'\x01\x02'), calcsize(b'@ci'))

# --- Struct objects
s = Struct('<ihs')
print(s.format, s.size, type(s.format).__name__, s.pack(1, 2, b'z'),
      s.unpack(b'\x01\x00\x00\x00\x02\x00z'))
print(Struct(b'>d').format, Struct(format='h').size, Struct('3s').unpack(b'abc'))
print(s.unpack_from(b'#\x01\x00\x00\x00\x02\x00z', 1),
      s.unpack_from(buffer=b'\x01\x00\x00\x00\x02\x00z'))
print(type(s).__name__, Struct.__name__, isinstance(s, Struct))
for attr in ('format', 'size'):
    try:
        setattr(s, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
show(lambda: s.pack(1, 2))
show(lambda: s.unpack(b'123'))
show(lambda: s.unpack_from(b'123', 0))
show(lambda: Struct('4q').iter_unpack(b'x' * 31))
show(lambda: Struct())
show(lambda: Struct('h', 'i'))
show(lambda: Struct(5))
show(lambda: Struct('hz'))
show(lambda: s.unpack())
show(lambda: s.unpack(b'', b''))
show(lambda: s.pack(x=1))

# --- unpack_from and its offsets
data = b'abcdefgh'
for off in range(-10, 9, 3):
    show(lambda: struct.unpack_from('<h', data, off))
show(lambda: struct.unpack_from('<h', data, offset=6))
show(lambda: struct.unpack_from('<h', buffer=data))
show(lambda: struct.unpack_from('<h', data, -1))
show(lambda: struct.unpack_from('<h', data, -8))
show(lambda: struct.unpack_from('<h', data, -9))
show(lambda: struct.unpack_from('<h', data, 7))
show(lambda: struct.unpack_from('', data, 8))
show(lambda: struct.unpack_from('', data, 9))
show(lambda: struct.unpack_from('<h', data, 1.0))
show(lambda: struct.unpack_from('<h', data, None))
show(lambda: struct.unpack_from('<h', data, Index(2)))
show(lambda: struct.unpack_from('<h', data, 2**70))
show(lambda: struct.unpack_from('<h'))
show(lambda: struct.unpack_from())
show(lambda: struct.unpack_from('<h', data, 0, 1))

# --- iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), list(it), iter(it) is it)
print(list(struct.iter_unpack('>bc', b'\x01a\x02b')), list(Struct('2s').iter_unpack(b'abcd')))
print(list(struct.iter_unpack('i', b'')))
show(lambda: struct.iter_unpack('i', b'abcde'))
show(lambda: struct.iter_unpack('', b''))
show(lambda: struct.iter_unpack('0i', b'abc'))
show(lambda: struct.iter_unpack('i', 'abcd'))
show(lambda: struct.iter_unpack('i'))
show(lambda: type(it)())

# --- pack_into argument errors (no writable buffer needed)
show(lambda: struct.pack_into('i', b'abcd', 0, 1))
show(lambda: struct.pack_into('i', 'abcd', 0, 1))
show(lambda: struct.pack_into('i'))
show(lambda: struct.pack_into('i', b'abcd'))
show(lambda: struct.pack_into('i', b'abcd', 0))
show(lambda: struct.pack_into('i', b'abcd', 0, 1, 2))
show(lambda: struct.pack_into())
show(lambda: Struct('h').pack_into(b'ab'))

# --- the module's cache and names
struct._clearcache()
print(calcsize('i'), calcsize('i'), struct.error.__name__, struct.error.__module__,
      issubclass(struct.error, Exception), struct.error.__mro__[1].__name__)
print(sorted(struct.__all__))
