# array: the errors, with CPython 3.11's exception types and messages:
# range checks of every integer typecode, bad items, bad typecodes and
# initializers, indexes, slice assignment, operators and method arguments.
import array
from array import array as A


def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 5


class Flt:
    def __float__(self):
        return 2.5


class BadFlt:
    def __float__(self):
        return 1


class BadIdx:
    def __index__(self):
        return 'x'


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v


def show_type(thunk):
    # For errors whose message names the array type: CPython's C type is
    # 'array.array', ouro's Python class 'array'.
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__)


big = 1 << 70
# --- range checks, in the order C makes them
values = [-1, 0, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536,
          -32768, -32769, (1 << 31) - 1, 1 << 31, (1 << 32) - 1, 1 << 32,
          -(1 << 31), -(1 << 31) - 1, (1 << 63) - 1, 1 << 63,
          (1 << 64) - 1, 1 << 64, -(1 << 63), -(1 << 63) - 1, big, -big]
for tc in 'bBhHiIlLqQ':
    for v in values:
        try:
            r = A(tc, [v])[0]
        except OverflowError as e:
            r = 'OverflowError: %s' % e
        print(tc, v, r)
    for v in [2.5, '1', None, b'x', [1], Idx(), True, BadIdx(), 1.0]:
        show(lambda: A(tc, [v]))
for tc in 'fd':
    for v in [1, 2.5, '1', None, Idx(), Flt(), big, 1e300, 1 << 2000, True,
              b'1', [1.0], BadFlt()]:
        show(lambda: A(tc, [v]))
for v in ['a', 'ab', '', 1, None, b'a', '\U0001f600', ['a']]:
    show(lambda: A('u', [v]))

# --- the same checks from every way in
a = A('b', [1])
show(lambda: a.append(128))
show(lambda: a.append(-200))
show(lambda: a.insert(0, 1.5))
show(lambda: a.extend([1, 2, 300]))
print(a)
show(lambda: a.extend((x for x in [5, 'x'])))
print(a)
show(lambda: a.fromlist([7, 8, 'x']))
print(a)
show(lambda: a.__setitem__(0, 999))
show(lambda: a.__setitem__(0, None))
print(a)
show(lambda: A('H', [1]).__setitem__(0, -1))
show(lambda: A('I').append(-1))
show(lambda: A('L').append(big))
show(lambda: A('Q').append(-1))
show(lambda: A('d').append('1.0'))
show(lambda: A('f').insert(0, None))
show(lambda: A('u').append(65))
show(lambda: A('u').extend(['ab']))
show(lambda: A('u', 'abc').__setitem__(0, 'xy'))

# --- typecode and initializer
show(lambda: A('x'))
show(lambda: A('ii'))
show(lambda: A(''))
show(lambda: A(1))
show(lambda: A(b'i'))
show(lambda: A())
show(lambda: A('i', [1], 2))
show(lambda: A('i', [1], x=1))
show(lambda: A(typecode='i'))
show(lambda: A('i', 'abc'))
show(lambda: A('d', ''))
show(lambda: A('x', 'abc'))
show(lambda: A('i', A('u', 'ab')))
show(lambda: A('u', A('i', [1])))
show(lambda: A('i', A('d', [1.5])))
show(lambda: A('i', 5))
show(lambda: A('x', 5))
show(lambda: A('x', [1]))
show(lambda: A('i', b'abc'))
show(lambda: A('d', b'1234567'))
show(lambda: A('u', b'ab'))
show(lambda: A('i', None))
show(lambda: A('i', [1, 'a']))
show(lambda: A('i', (1, 2.0)))

# --- indexes
a = A('i', [1, 2, 3])
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a[big])
show(lambda: a[-big])
show(lambda: a[1.0])
show(lambda: a['a'])
show(lambda: a[None])
show(lambda: a[::0])
show(lambda: a[1.5:])
show(lambda: a.__setitem__(3, 1))
show(lambda: a.__setitem__(-4, 1))
show(lambda: a.__setitem__(3, 'x'))
show(lambda: a.__setitem__(big, 1))
show(lambda: a.__setitem__(1.0, 1))
show_type(lambda: a.__setitem__(1, A('i', [1])))
show(lambda: a.__delitem__(3))
show(lambda: a.__delitem__(-4))
show(lambda: a.__delitem__(big))
show(lambda: a.__delitem__('x'))
show(lambda: a.__delitem__(slice(None, None, 0)))
print(a)

# --- slice assignment
show(lambda: a.__setitem__(slice(0, 1), [7]))
show(lambda: a.__setitem__(slice(0, 1), (7,)))
show(lambda: a.__setitem__(slice(0, 1), A('d', [7])))
show(lambda: a.__setitem__(slice(0, 1), A('u', 'x')))
show(lambda: a.__setitem__(slice(None, None, 2), A('i', [7])))
show(lambda: a.__setitem__(slice(None, None, -1), A('i', [7, 8])))
show(lambda: a.__setitem__(slice(None, None, 0), A('i', [7])))
show(lambda: a.__setitem__(slice(None, None, 0), [7]))
show(lambda: a.__setitem__(slice('x', None), A('i')))
show(lambda: a.__setitem__(slice(0, 3, 2), A('i', [7, 8, 9])))
print(a)

# --- operators
show(lambda: a + [1])
show(lambda: a + (1,))
show(lambda: a + A('d'))
show(lambda: a + A('I', [1]))
show_type(lambda: [1] + a)
show(lambda: a * 2.0)
show(lambda: a * 'x')
show(lambda: a * None)
show(lambda: 2.5 * a)
show_type(lambda: a * a)
show(lambda: a * big)
show_type(lambda: a - a)
show_type(lambda: -a)
show_type(lambda: a < [1])
show_type(lambda: a >= (1,))
show(lambda: A('u', 'a') < A('i', [1]))
show(lambda: A('i', [1]) > A('u', 'a'))
show_type(lambda: hash(a))
show_type(lambda: {a: 1})


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


show(lambda: iadd(A('i'), [1]))
show(lambda: iadd(A('i'), A('l')))
show(lambda: imul(A('i', [1]), 1.5))
show(lambda: imul(A('i', [1]), 'a'))
print(a)

# --- method arguments
show(lambda: A('i', []).pop())
show(lambda: A('i', [1]).pop(1))
show(lambda: A('i', [1]).pop(-2))
show(lambda: A('i', [1]).pop(2.0))
show(lambda: A('i', [1]).pop(big))
show(lambda: A('i', []).pop(big))
show(lambda: A('i', [1]).pop(None))
show(lambda: A('i', [1]).insert(1.0, 1))
show(lambda: A('i', [1]).insert(big, 1))
show(lambda: A('i', [1]).insert('0', 1))
show(lambda: A('i', [1]).remove(3))
show(lambda: A('i', [1]).remove('1'))
show(lambda: A('i', [1]).remove(None))
show(lambda: A('i', [1]).index(3))
show(lambda: A('i', [1]).index(1, 1))
show(lambda: A('i', [1]).index(1, 1.0))
show(lambda: A('i', [1]).index(1, None))
show(lambda: A('i', [1]).index(1, 0, 'x'))
show(lambda: A('i', [1]).index(1, big))
show(lambda: A('i', [1]).index(1, -big))
show(lambda: A('i', [1]).index(1, 0, -big))
show(lambda: A('i', [1]).index(1, 0, big))
show(lambda: A('i', [1, 2]).index(2, 0, -1))
show(lambda: A('i', [1]).index(Eq(1)))
show(lambda: A('i', [1]).count(Eq(1)))
show(lambda: Eq(1) in A('i', [1]))
show(lambda: A('i', [1]).remove(Eq(2)))
show(lambda: A('i', [1]).extend(5))
show(lambda: A('i', [1]).extend(None))
show(lambda: A('i', [1]).extend(A('d')))
show(lambda: A('u').extend(A('i')))
show(lambda: A('i', [1]).extend('ab'))
show(lambda: A('i', [1]).fromlist((1,)))
show(lambda: A('i', [1]).fromlist(A('i')))
show(lambda: A('i', [1]).fromlist('ab'))
show(lambda: A('i', [1]).frombytes('abcd'))
show(lambda: A('i', [1]).frombytes(b'abc'))
show(lambda: A('i', [1]).frombytes(A('i', [7])))
show(lambda: A('i', [1]).frombytes(A('u', 'a')))
show(lambda: A('i', [1]).frombytes(5))
show(lambda: A('i', [1]).frombytes(None))
show(lambda: A('i', [1, 2]).tounicode())
show(lambda: A('d').tounicode())
show(lambda: A('i', [1, 2]).fromunicode('a'))
show(lambda: A('u', 'a').fromunicode(1))
show(lambda: A('u', 'a').fromunicode(b'a'))
show(lambda: A('u', 'a').fromunicode(['a']))
show(lambda: A('i').fromunicode(1))
show(lambda: A('i').fromfile(None, -1))
show(lambda: A('i').fromfile(None, 1.0))
show(lambda: A('i').fromfile(None, 1))
show(lambda: A('i', [1]).tofile(None))
show(lambda: A('i').__reduce_ex__('3'))
show(lambda: A('i').__reduce_ex__(None))

# --- _array_reconstructor
show(lambda: array._array_reconstructor(1, 'i', 8, b''))
show(lambda: array._array_reconstructor(int, 'i', 8, b''))
show(lambda: array._array_reconstructor(A, 'x', 8, b''))
show(lambda: array._array_reconstructor(A, 'i', 22, b''))
show(lambda: array._array_reconstructor(A, 'i', -1, b''))
show(lambda: array._array_reconstructor(A, 'i', 8, 'abc'))
show(lambda: array._array_reconstructor(A, 'i', 8, b'abc'))
show(lambda: array._array_reconstructor(A, 'i', 9, b'abc'))
show(lambda: array._array_reconstructor(A, 'd', 17, b'abc'))

# --- nothing was changed by the failures
a = A('H', [1, 2])
for bad in ([3, -1], [3, 70000], [3, 'x']):
    show(lambda: a.fromlist(bad))
    show(lambda: a.extend(bad))
    print(a)
