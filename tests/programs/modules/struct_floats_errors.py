# struct: IEEE 754 packing of 'e', 'f' and 'd' (exact bits, rounding to
# nearest even, subnormals, infinities, NaNs, -0.0, overflow), and the
# errors of the integer codes, format strings and argument checks.
import math
import struct
from struct import pack, unpack, calcsize


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


inf = float('inf')
nan = float('nan')

# --- exact bit patterns
values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.75, 3.141592653589793, 1e-300,
          1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          65504.0, 65519.99, -65504.0, 6.103515625e-05, 6.097555160522461e-05,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.980232238769532e-08,
          1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46,
          1.1754942106924411e-38, 3.4028234663852886e38, 3.4028235677973362e38,
          0.1, 1 / 3, 100.0, 1e10, -123456.789, inf, -inf]
for x in values:
    row = [repr(x)]
    for fmt in ('>e', '>f', '>d', '<e', '<f', '<d', 'f'):
        try:
            row.append(pack(fmt, x).hex())
        except OverflowError as e:
            row.append('OverflowError')
    print(' '.join(row))

# NaNs keep their sign; the rest is the standard quiet NaN
for fmt in ('>e', '>f', '>d', '<e', '<f', '<d'):
    print(fmt, pack(fmt, nan).hex(), pack(fmt, -nan).hex(),
          pack(fmt, math.copysign(nan, -1.0)).hex())

# --- rounding: ties go to even, carries reach the exponent
for x in [1.0 + 2 ** -11, 1.0 + 3 * 2 ** -11, 1.0 + 2 ** -11 + 2 ** -30,
          2048.0 + 1, 2048.0 + 3, 2 ** -24 * 1.5, 2 ** -24 * 2.5, 2 ** -25,
          2 ** -25 + 2 ** -40, 2 ** -26, 65519.0, 65520.0 - 2 ** -20,
          2047.9999, 0.099975586]:
    show(lambda: (x, pack('>e', x).hex(), unpack('>e', pack('>e', x))[0]))
for x in [1.0 + 2 ** -24, 1.0 + 3 * 2 ** -24, 1.0 + 2 ** -24 + 2 ** -50,
          16777217.0, 16777219.0, 2 ** -149 * 1.5, 2 ** -149 * 2.5, 2 ** -150,
          2 ** -150 + 2 ** -200, 2 ** -151, 0.1, 2.0 / 3.0,
          3.4028235e38, 3.402823567797336e38]:
    show(lambda: (x, pack('>f', x).hex(), unpack('>f', pack('>f', x))[0]))

# --- unpacking bit patterns
for bits in ['0000', '0001', '03ff', '0400', '3c00', '3c01', '7bff', '7c00',
             'fc00', '7e00', 'fe00', '7c01', '8000', 'c000', '3555']:
    print('e', bits, unpack('>e', bytes.fromhex(bits))[0])
for bits in ['00000000', '00000001', '007fffff', '00800000', '3f800000',
             '7f7fffff', '7f800000', 'ff800000', '7fc00000', '80000000',
             '3eaaaaab', '40490fdb', 'ffc00000']:
    print('f', bits, unpack('>f', bytes.fromhex(bits))[0])
for bits in ['0000000000000000', '0000000000000001', '000fffffffffffff',
             '0010000000000000', '3ff0000000000000', '7fefffffffffffff',
             '7ff0000000000000', 'fff0000000000000', '7ff8000000000000',
             '8000000000000000', '3fd5555555555555', '400921fb54442d18']:
    print('d', bits, unpack('>d', bytes.fromhex(bits))[0])
x, = unpack('<d', pack('<d', -0.0))
print(x, math.copysign(1.0, x), math.copysign(1.0, unpack('>e', b'\x80\x00')[0]))
print(math.copysign(1.0, unpack('>f', bytes.fromhex('ffc00000'))[0]),
      math.copysign(1.0, unpack('>e', bytes.fromhex('7e00'))[0]))

# --- round trips through every float code
for x in [0.1, -2.5, 1e-5, 12345.678, 3e38, 1e-40]:
    print(x, unpack('<d', pack('<d', x))[0], unpack('<f', pack('<f', x))[0],
          unpack('>e', pack('>e', x))[0] if abs(x) < 65504 else '-')

# --- what floats accept
class Floaty:
    def __float__(self):
        return 2.5

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class BadFloat:
    def __float__(self):
        return 'no'

print(pack('<d', 3), pack('<f', True), pack('<e', Floaty()), pack('<d', Index(7)))
for v in ['1.0', None, b'x', [1.0], BadFloat(), 10 ** 400]:
    show(lambda: pack('<d', v))

# --- float overflow
for fmt in ('<e', '>e', 'e', '<f', '>f', '=f'):
    for v in (1e300, -1e300, 65520.0, 3.5e38, 10 ** 39, 10 ** 6, Floaty()):
        show(lambda: pack(fmt, v).hex())
# native 'f' is a C cast: too large becomes infinite
print(pack('f', 1e300).hex(), pack('f', -1e300).hex(), pack('f', 10 ** 39).hex())

# --- integer range errors: native and '<' share routines, '>' differs
cases = [('b', [-129, 128]), ('B', [-1, 256]), ('h', [-32769, 32768]),
         ('H', [-1, 65536]), ('i', [-2 ** 31 - 1, 2 ** 31]),
         ('I', [-1, 2 ** 32]), ('l', [-2 ** 31 - 1, 2 ** 31, -2 ** 63 - 1]),
         ('L', [-1, 2 ** 32, 2 ** 64]), ('q', [-2 ** 63 - 1, 2 ** 63]),
         ('Q', [-1, 2 ** 64])]
for order in ('@', '<', '=', '>', '!'):
    for code, bad in cases:
        for v in bad:
            show(lambda: pack(order + code, v))
for code in 'nNP':
    for v in (-2 ** 63 - 1, 2 ** 64, -1):
        show(lambda: pack(code, v))
show(lambda: pack('P', Index(2 ** 64)))
show(lambda: pack('P', Index(-2 ** 63 - 1)))
show(lambda: pack('>q', Index(2 ** 70)))
show(lambda: pack('>Q', Index(-1)))
show(lambda: pack('>Q', Index(2 ** 64)))
show(lambda: pack('<Q', Index(-1)))
for v in [1.0, '1', None, b'1', [1], Index('x')]:
    show(lambda: pack('i', v))
show(lambda: pack('?', Index(0)))
class Raises:
    def __bool__(self):
        raise ValueError('no truth')
show(lambda: pack('?', Raises()))

# --- bytes codes
for fmt, v in [('c', 'a'), ('c', b''), ('c', b'ab'), ('c', 97), ('s', 'abc'),
               ('p', 'abc'), ('3s', 3), ('5p', None)]:
    show(lambda: pack(fmt, v))

# --- argument counts
show(lambda: pack('ii', 1))
show(lambda: pack('i', 1, 2))
show(lambda: pack('x', 1))
show(lambda: pack('3s', b'a', b'b'))
show(lambda: pack())
show(lambda: pack('i', x=1))
show(lambda: unpack('i'))
show(lambda: unpack('i', b'abcd', 1))
show(lambda: unpack('i', buffer=b'abcd'))
show(lambda: calcsize())
show(lambda: calcsize('i', 'i'))
show(lambda: calcsize(format='i'))

# --- buffers
show(lambda: unpack('i', b'abc'))
show(lambda: unpack('i', b'abcde'))
show(lambda: unpack('i', 'abcd'))
show(lambda: unpack('i', 1234))
show(lambda: unpack('i', None))

# --- format strings
for fmt in ['z', 'iz', '3', 'i3', '3 i', ' <i', '<i<', 'i@', '<n', '>N', '=P',
            '!n', 'i\0', 'é', 99, None, b'\xe9', '99999999999999999999i',
            '9223372036854775807x', '9223372036854775808x',
            '9223372036854775807xc', '4611686018427387904h',
            '1152921504606846976q', '2305843009213693951i']:
    show(lambda: calcsize(fmt))
