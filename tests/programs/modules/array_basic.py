# array: construction for every typecode, repr, the methods, the sequence
# protocol, comparisons, machine values (tobytes/frombytes/byteswap) and
# single-precision rounding of 'f' items.
import array
import copy
import struct
from array import array as A


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes)
print(array.ArrayType is A, A.__name__)

# --- construction and repr
for tc in array.typecodes:
    init = 'hi\u20ac' if tc == 'u' else [1, 2, 3]
    a = A(tc, init)
    print(tc, a.typecode, a.itemsize, len(a), repr(a), repr(A(tc)))
print(A('i', (4, 5)), A('i', range(3)), A('i', (x * x for x in range(4))))
print(A('i', {7: 'a', 8: 'b'}), A('d', [1, 2.5, True]), A('b', b'\x01\xff'))
print(A('B', b'\x01\xff'), A('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(A('u', ['a', 'b']), A('u', 'x\U0001f600y'), len(A('u', 'x\U0001f600y')))
print(A('u', b'a\x00\x00\x00\x00\xf6\x01\x00'))
print(A('d', A('i', [1, 2])), A('i', A('i', [3])), A('q', A('b', [-1])))
print(A('u', A('u', 'zz')), A('f', A('d', [0.1])))
print(str(A('h', [-5])), A('l', [-(1 << 63), (1 << 63) - 1]))
print(A('L', [0, (1 << 64) - 1]), A('Q', [(1 << 64) - 1]), A('I', [(1 << 32) - 1]))
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]))
print(A('H', [0, 65535]), A('i', [-(1 << 31), (1 << 31) - 1]))
print(A('q', [-(1 << 63), (1 << 63) - 1]), A('i', [True, False]))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Flt:
    def __float__(self):
        return 0.25


print(A('i', [Idx(7)]), A('d', [Idx(3), Flt()]), A('f', [Flt(), 2]))
print([type(x).__name__ for x in A('i', [True, Idx(1)])])
print([type(x).__name__ for x in A('d', [1, True])])

# --- indexing and slicing
a = A('i', range(10))
print(a[0], a[9], a[-1], a[-10], a[Idx(2)], a[True])
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[100:], a[Idx(1):Idx(3)])
print(type(a[1:2]).__name__, a[:] == a, a[:] is a)
print(list(a), [x for x in a if x % 2], 3 in a, 10 in a, 3.0 in a, 'x' in a)
print(len(a), bool(a), bool(A('i')), sum(a), min(a), max(a))
print(list(reversed(A('i', [1, 2, 3]))), sorted(A('i', [3, 1, 2])))

a[0] = 100
a[-1] = -9
a[Idx(1)] = 11
print(a)
a[2:4] = A('i', [7, 7, 7])
print(a)
a[1:1] = A('i', [0])
print(a)
a[5:2] = A('i', [55])
print(a)
a[::2] = A('i', range(7))
print(a)
a[::-3] = A('i', [-1, -2, -3, -4, -5])
print(a)
a[:3] = a
print(a)
a[::2] = A('i')
print(a)
b = A('i', range(8))
del b[0]
del b[-1]
del b[Idx(2)]
print(b)
del b[::2]
print(b)
del b[1:]
print(b)
del b[:]
print(b, len(b))

# --- methods
a = A('h')
for i in range(5):
    a.append(i * 10)
a.append(True)
print(a)
a.extend([1, 2])
a.extend((3,))
a.extend(A('h', [4]))
a.extend(x for x in range(5, 7))
a.extend(a)
print(a, len(a))
a.insert(0, -1)
a.insert(-1, -2)
a.insert(100, -3)
a.insert(-100, -4)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(Idx(1)), a)
a.remove(1)
a.remove(True)
print(a)
print(a.count(3), a.count(99), a.count(30.0), a.count('3'))
print(a.index(3), a.index(3, 10), a.index(3, -5), a.index(20, 0, 4))
show(lambda: a.index(3, 0, 3))
print(a.index(20, -100, 1 << 70), a.index(a[2], Idx(0), Idx(5)))
a.reverse()
print(a)
addr, n = a.buffer_info()
print(type(addr).__name__, n == len(a))
print(a.tolist(), type(a.tolist()).__name__, a.tolist() is a.tolist())
a.fromlist([7, 8])
print(a)
c = A('u', 'ab')
c.fromunicode('cd')
c.fromunicode('')
c.append('e')
c.extend('fg')
c.extend(A('u', 'h'))
print(c, c.tounicode(), c.tolist(), c.count('a'), c.index('c'))

# --- operators
x = A('i', [1, 2])
y = A('i', [3])
print(x + y, y + x, x * 3, 3 * x, x * 0, x * -1, x * Idx(2), x + A('i'))
z = x
z += y
print(z, x, z is x)
z *= 2
print(z, x)
z *= 1
print(z)
z *= 0
print(z, x, len(x))
w = A('d', [0.5])
w *= -4
print(w)

# --- comparisons
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) == A('i', [1, 2]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]))
print(A('i', [1, 2]) <= A('i', [1, 2]), A('i', [2]) > A('i', [1, 9]))
print(A('i', [2]) >= A('i', [2]), A('i') < A('i', [0]), A('i') == A('d'))
print(A('u', 'abc') < A('u', 'abd'), A('u', 'b') > A('u', 'abc'))
print(A('B', [255]) > A('b', [-1]), A('d', [0.5]) < A('i', [1]))
print(A('i', [1]) == [1], A('i', [1]) != [1], A('i') == (), A('u', 'a') == 'a')
print(A('u', 'a') == A('i', [1]), A('f', [0.5]) == A('d', [0.5]))
nan = float('nan')
n1 = A('d', [nan])
print(n1 == n1, n1 != n1, n1 < n1, n1 <= n1, n1 == A('d', [nan]))
print(nan in n1, n1.count(nan), A('d', [nan, 1.0]) <= A('d', [nan, 2.0]))
print(A('d', [1.0, nan]) < A('d', [2.0, nan]), A('f', [nan]) >= A('f', [nan]))

# --- machine values
for tc in array.typecodes:
    if tc == 'u':
        a = A(tc, 'aZ\xe9\u20ac\U0001f600')
    elif tc in 'fd':
        a = A(tc, [0.0, -0.0, 1.5, -2.25, 1e10, float('inf')])
    elif tc in 'BHILQ':
        a = A(tc, [0, 1, 200, (1 << (8 * A(tc).itemsize)) - 1])
    else:
        top = (1 << (8 * A(tc).itemsize - 1)) - 1
        a = A(tc, [0, -1, 100, top, -top - 1])
    data = a.tobytes()
    back = A(tc)
    back.frombytes(data)
    print(tc, data.hex(), back == a, back.tobytes() == data)
    if a.itemsize > 1 and tc != 'u':
        s = A(tc, a)
        s.byteswap()
        print(' ', s.tobytes().hex())
        s.byteswap()
        print(' ', s == a or tc in 'fd' and s.tobytes() == data)
b = A('B', [1, 2])
b.byteswap()
print(b)
e = A('b')
e.frombytes(b'')
e.frombytes(A('B', [0x80, 0x7f]))
e.frombytes(A('b', [3]))
print(e, A('H', [0x0102]).tobytes(), A('i').tobytes())
h = A('h', [1, -2])
h.byteswap()
print(h)
d = A('d', [1.0])
d.byteswap()
print(d, d.tobytes().hex())
f = A('f', [1.0, -0.5])
f.byteswap()
print(f, f.tobytes().hex())

# --- 'f' rounds to single precision on the way in
f = A('f', [0.1, 1 / 3, 1e-45, 1.5e-45, 1e-50, -1e-50, 3.4028234e38,
            3.4028235677973362e38, 1e39, -1e39, 16777217.0, 16777219.0,
            1.0 + 2 ** -24, 1.0 + 3 * 2 ** -24, 2 ** -149 * 2.5, 2 ** -126,
            2 ** -126 * (1 - 2 ** -25)])
print(f)
f[0] = 0.2
f.append(0.3)
f.insert(0, 1e-40)
f.extend([0.7])
f.fromlist([0.9])
print(f[0], f[1], f[-3:], f.tolist()[-1])
print(A('d', [0.1]), A('f', [1 << 100]), A('f', [-(1 << 200)]), A('f', [nan]))
# against struct, over values of every magnitude (a simple LCG)
seed = 12345
bad = 0
vals = []
for i in range(600):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    mant = 1.0 + (seed >> 11) / float(1 << 53)
    ex = (seed % 300) - 160
    v = mant * 2.0 ** ex
    if seed & 1:
        v = -v
    vals.append(v)
fa = A('f', vals)
for v, got in zip(vals, fa):
    want = struct.unpack('f', struct.pack('f', v))[0]
    if got != want and not (got != got and want != want):
        bad += 1
print('f mismatches', bad, fa.tobytes() == struct.pack('%df' % len(vals), *vals))
print(sum(fa.tolist()[:5]))

# --- subclasses
class Sub(A):
    def __init__(self, tc, init=(), tag='t'):
        self.tag = tag


s = Sub('i', [1, 2], tag='x')
print(s, s.tag, type(s).__name__, isinstance(s, A), s == A('i', [1, 2]))
print(type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__)
print(type(copy.copy(s)).__name__, s.__reduce_ex__(2), Sub('d'))


class Sub2(A):
    pass


print(Sub2('u', 'q'), repr(Sub2('b')), Sub2('B', b'ab'))
s2 = Sub2('i', [5])
s2 += A('i', [6])
print(s2, type(s2).__name__)

# --- copying and pickling support
a = A('i', [1, 2, 3])
c1 = copy.copy(a)
c2 = copy.deepcopy(a)
c1[0] = 9
print(a, c1, c2, c2 is a, a.__copy__(), a.__deepcopy__({}))
print(a.__reduce_ex__(2), A('u', 'ab').__reduce_ex__(1))
r = a.__reduce_ex__(3)
print(r[0] is array._array_reconstructor, r[1], r[2])
print(r[0](*r[1]))
print(array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(array._array_reconstructor(A, 'l', 9, b'\x00\x00\x00\x01'))
print(array._array_reconstructor(A, 'L', 11, bytes(range(8))))
print(array._array_reconstructor(A, 'h', 4, b'\xff\xff'))
print(array._array_reconstructor(A, 'd', 15, b'\x3f\x80\x00\x00'))
print(array._array_reconstructor(A, 'f', 16, bytes(8)))
print(array._array_reconstructor(Sub2, 'B', 0, b'xy'))
for tc in array.typecodes:
    a = A(tc, 'ab' if tc == 'u' else [1, 2])
    f, args, st = a.__reduce_ex__(4)
    print(tc, args[2], f(*args) == a)

# --- iteration sees changes made meanwhile
a = A('i', [1, 2, 3])
out = []
for v in a:
    out.append(v)
    if v == 1:
        a.append(4)
    if v == 3:
        a[3] = 40
print(out)
it = iter(A('b', [1, 2]))
print(next(it), next(it), next(it, 'end'))
print(A('i', [3, 1, 2]).index(2), list(map(abs, A('i', [-1, -2]))))

# tofile / fromfile with a small file-like object
class F:
    def __init__(self, data=b''):
        self.data = data
        self.writes = []

    def write(self, b):
        self.writes.append(b)

    def read(self, n):
        r = self.data[:n]
        self.data = self.data[n:]
        return r


fo = F()
A('H', [1, 2, 3]).tofile(fo)
A('H').tofile(fo)
print(fo.writes)
fi = F(b''.join(fo.writes) + b'\x09')
g = A('H')
g.fromfile(fi, 2)
print(g, fi.data)
show(lambda: g.fromfile(fi, 1))
print(g)
g.fromfile(F(b'\x05\x00'), 1)
show(lambda: g.fromfile(F(b'\x06\x00'), 5))
print(g)
