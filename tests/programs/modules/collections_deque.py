# collections.deque: the ring buffer's results, maxlen, iteration and its
# mutation checks, operators, reprs and CPython's error messages.
import copy
from collections import deque


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- construction and repr
print(deque(), deque([1, 2, 3]), deque('abc'), deque(range(5), 3))
print(deque([], maxlen=0), deque(iterable=(1, 2), maxlen=5), deque(maxlen=2))
print(deque([1, 2], None), deque([1, 2], maxlen=True).maxlen)
show('too many', lambda: deque(1, 2, 3))
show('too many kw', lambda: deque(iterable=1, maxlen=2, x=3))
show('bad kw', lambda: deque(x=1))
show('name and position', lambda: deque([1], iterable=[2]))
show('maxlen str', lambda: deque([], 'a'))
show('maxlen float', lambda: deque([], 2.0))
show('maxlen negative', lambda: deque([], -1))
show('maxlen huge', lambda: deque([], 2 ** 70))
show('not iterable', lambda: deque(5))
d = deque([1, 2, 3], 5)
d.__init__('xy')
print('re-init', d, d.maxlen)

# --- both ends
d = deque()
for i in range(6):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[5], d[-6])
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
d.extend([10, 11])
d.extendleft((20, 21))
d.extend(x * x for x in range(3))
d.extendleft(iter('ab'))
print(d)
d.extend(d)
print('extend self', d)
d.extendleft(d)
print('extendleft self', len(d), list(d)[:6], list(d)[-6:])
show('extend int', lambda: deque().extend(5))

# --- maxlen trims the other end
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft(9)
print(d)
d.extend(range(10, 20))
print(d)
d.extendleft([1, 2])
print(d)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2, 3])
z.extendleft(iter([1, 2]))
print(z, len(z))
show('insert full', lambda: deque([1, 2], 2).insert(0, 5))

# --- indexing
d = deque(range(10))
d[0] = 'first'
d[-1] = 'last'
del d[3]
del d[-2]
print(d)
for bad in (10, -11, 'a', 1.5, 2 ** 70, None):
    show('get %r' % (bad,), lambda: d[bad])


def setbad():
    d[20] = 1


def delbad():
    del d['x']


show('set out of range', setbad)
show('del str', delbad)
print(d[True], d[False])

# --- rotate
d = deque(range(7))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.rotate(-1000003)
print(d)
show('rotate str', lambda: d.rotate('a'))
show('rotate huge', lambda: d.rotate(2 ** 64))
e = deque([1])
e.rotate(5)
print(e)

# --- insert, remove, index, count, reverse, clear
d = deque('abcdef')
d.insert(0, 'A')
d.insert(-1, 'E')
d.insert(100, 'Z')
d.insert(-100, '0')
d.insert(3, 'm')
print(d)
d.remove('m')
print(d, d.count('a'), d.count('q'))
show('remove missing', lambda: d.remove('m'))
print(d.index('a'), d.index('Z'), d.index('E', -3), d.index('c', 1, 6))
show('index missing', lambda: d.index('q'))
show('index outside', lambda: d.index('Z', 0, 3))
show('index bad start', lambda: d.index('a', 'x'))
show('index None stop', lambda: d.index('a', 0, None))
print(d.index('a', -100, 2 ** 80))
show('insert str', lambda: d.insert('1', 0))
d.reverse()
print(d)
d.clear()
print(d, len(d), bool(d))

# --- iteration and its mutation checks
d = deque([1, 2, 3])
it = iter(d)
print(next(it), it.__length_hint__(), list(reversed(d)))
d.append(4)
show('next after append', lambda: next(it))
show('next again', lambda: next(it))
for name, act in [('clear', lambda d: d.clear()),
                  ('reverse', lambda d: d.reverse()),
                  ('setitem', lambda d: d.__setitem__(0, 'x')),
                  ('rotate', lambda d: d.rotate(1)),
                  ('rotate0', lambda d: d.rotate(0)),
                  ('extend []', lambda d: d.extend([])),
                  ('remove', lambda d: d.remove(2)),
                  ('copy', lambda d: d.copy()),
                  ('imul 1', lambda d: d.__imul__(1))]:
    d = deque([1, 2, 3])
    it = iter(d)
    act(d)
    show('after ' + name, lambda: next(it))
d = deque([1])
it = iter(d)
d.rotate(1)
print('rotate one element', list(it))
r = reversed(deque('abc'))
print(next(r), r.__length_hint__(), list(r))


class Noisy:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for name in ('count', 'index', 'remove', '__contains__'):
    d = deque()
    d.extend([Noisy(d), Noisy(d)])
    show('mutating ' + name, lambda: getattr(d, name)(5))

# --- comparisons and equality use identity first
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([1, 2]) == deque([1, 2]),
      deque([1, 2]) != deque([1, 3]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]),
      deque([2]) > deque([1, 9]), deque() >= deque(), deque([1]) < deque([1, 0]))
print(deque([1], 5) == deque([1]))

# --- operators
a = deque([1, 2], 3)
b = a + deque([3, 4])
print(b, a * 2, 2 * a, a * 0, a * -1, deque([1, 2, 3]) * 2)
a += 'xy'
print(a)
a *= 2
print(a)
c = deque([1, 2])
c *= 3
print(c)
c += c
print(c)
show('add list', lambda: deque() + [1])
show('add int', lambda: deque() + 5)
show('mul str', lambda: deque([1]) * 'a')
show('mul float', lambda: deque([1]) * 2.0)
show('iadd int', lambda: deque().__iadd__(5))
show('big repeat', lambda: deque([1, 2]) * (2 ** 62))
print(1 in deque([1]), 'x' in deque('abc'), 5 not in deque())

# --- reprs, recursion, maxlen attribute
d = deque()
d.append(d)
d.append([d])
print(d)
print(deque([1], maxlen=3), deque(maxlen=3).maxlen, deque().maxlen)
show('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
print(deque.__name__, deque, deque[int], type(iter(deque())), type(reversed(deque())))
print(deque.__doc__.splitlines()[0])

# --- copies
d = deque([[1], [2]], 4)
for c in (d.copy(), copy.copy(d), copy.deepcopy(d)):
    print(c, c.maxlen, c == d, c[0] is d[0])


class Sub(deque):
    pass


s = Sub('abc', 5)
s.extra = 1
print(s, s.copy(), type(s.copy()).__name__, s.copy().maxlen, s + deque('d'),
      type(s * 2).__name__, s.extra)
print(type(s.__reduce__()[0]).__name__, s.__reduce__()[1:3])
print(deque([1, 2], 3).__reduce__()[:3], deque([1]).__reduce__()[:3])

# --- a deterministic workout against a list model
x = 12345
d = deque()
model = []
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    op = (x >> 8) % 9
    v = x % 1000
    if op == 0:
        d.append(v)
        model.append(v)
    elif op == 1:
        d.appendleft(v)
        model.insert(0, v)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4 and model:
        k = v % len(model)
        d.rotate(k)
        model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5 and model:
        i = v % len(model)
        d.insert(i, -v)
        model.insert(i, -v)
    elif op == 6 and model:
        i = v % len(model)
        del d[i]
        del model[i]
    elif op == 7:
        d.extend(range(v % 7))
        model.extend(range(v % 7))
    elif op == 8 and model:
        i = v % len(model)
        assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
    assert len(d) == len(model)
    if step % 100 == 0:
        assert list(d) == model
assert list(d) == model and list(reversed(d)) == model[::-1]
print('workout', len(d), sum(d), list(d)[:5])

# --- which operations count as mutations for a live iterator
for name, act in [('extend maxlen 0', lambda d: d.extend([1])),
                  ('extendleft maxlen 0', lambda d: d.extendleft((1,))),
                  ('append maxlen 0', lambda d: d.append(1)),
                  ('clear empty', lambda d: d.clear()),
                  ('init empty', lambda d: d.__init__()),
                  ('imul empty', lambda d: d.__imul__(0))]:
    d = deque(maxlen=0)
    it = iter(d)
    act(d)
    show(name, lambda: next(it))
for make in (iter, reversed):
    d = deque([1, 2])
    it = make(d)
    d.append(3)
    show(make.__name__ + ' mutated', lambda: next(it))
    show(make.__name__ + ' again', lambda: next(it))


# --- a seeded random workout with live iterators; prints a checksum per seed
def workout(seed, steps):
    x = seed
    out = []

    def rnd(n):
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return (x >> 8) % n

    d = deque([], [None, 0, 1, 3, 8, 17][rnd(6)])
    it = iter(d)
    nxt = 0
    for step in range(steps):
        op = rnd(20)
        n = len(d)
        try:
            if op == 0:
                d.append(nxt)
            elif op == 1:
                d.appendleft(nxt)
            elif op == 2:
                out.append(d.pop())
            elif op == 3:
                out.append(d.popleft())
            elif op == 4:
                d.extend(list(range(nxt, nxt + rnd(40))))
            elif op == 5:
                d.extendleft(x for x in range(nxt, nxt + rnd(9)))
            elif op == 6:
                d.rotate(rnd(100) - 50)
            elif op == 7:
                out.append(d[rnd(2 * n + 3) - n - 1])
            elif op == 8:
                del d[rnd(2 * n + 3) - n - 1]
            elif op == 9:
                d.insert(rnd(2 * n + 5) - n - 2, nxt)
            elif op == 10:
                d.remove(rnd(nxt + 1))
            elif op == 11:
                out.append(d.index(rnd(nxt + 1), rnd(8) - 4, rnd(n + 5)))
            elif op == 12:
                out.append(d.count(rnd(nxt + 1)))
            elif op == 13:
                d.reverse()
            elif op == 14:
                d = d.copy() if rnd(2) else d + deque(range(rnd(4)))
            elif op == 15:
                d *= rnd(3)
            elif op == 16:
                it = iter(d) if rnd(2) else reversed(d)
            elif op == 17:
                out.append(next(it))
            elif op == 18:
                d.__init__(range(rnd(6)), [None, 0, 2, 9][rnd(4)])
            else:
                d.clear()
        except Exception as e:
            out.append(type(e).__name__ + str(e))
        nxt += 1
        out.append(repr(d))
    total = 0
    for item in out:
        for ch in str(item):
            total = (total * 31 + ord(ch)) % 1000000007
    return len(out), total


for seed in range(12):
    print('seed', seed, workout(seed, 150))

# A method's argument-count error names the type as CPython does (its
# __qualname__, not its module): deque.append(), not collections.deque.append().
for call in (lambda: deque().append(), lambda: deque().clear(1), lambda: deque().pop(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
