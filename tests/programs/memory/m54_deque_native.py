# collections.deque is one native object, as CPython's: its items released
# left to right when it dies or is cleared, items trimmed past maxlen
# released after the push, one object in a self-cycle, weakly referable.
import gc, sys
from collections import deque

class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

# release order when a deque dies: left to right, as deque_clear
d = deque(D(i) for i in range(4))
del d
print('--')
d = deque([D(10), D(11)])
d.appendleft(D(9))
d = None
print('-- maxlen trims')
d = deque(maxlen=2)
for i in range(20, 24):
    d.append(D(i))
    print('appended', i)
d.appendleft(D(30))
print('after appendleft', [x.n for x in d])
del d
print('-- self cycle')
gc.collect()
d = deque()
d.append(d)
print(gc.is_tracked(d), len(gc.get_referents(d)))
del d
print('collected', gc.collect())
d = deque([1, 2])
e = deque([d])
d.append(e)
del d, e
print('collected pair', gc.collect())
print('-- refcounts')
x = object()
d = deque([x, x])
print(sys.getrefcount(x))
d.pop()
print(sys.getrefcount(x))
it = iter(d)
print(sys.getrefcount(d))
print(type(it).__name__, type(reversed(d)).__name__)
del it
print(sys.getrefcount(d))
import weakref
r = weakref.ref(d)
print(r() is d)
del d
print(r() is None)
class Q(deque):
    pass
q = Q([D(40), D(41)])
q.x = 1
del q
print('-- clear')
d = deque([D(50), D(51), D(52)])
d.clear()
print('cleared')
d.extend([D(60), D(61)])
d.rotate(1)
print([x.n for x in d])
del d[0]
print('deleted')
d.remove(d[0])
print('removed')
print(deque([1,2,3]) == deque([1,2,3]), deque([1]) < deque([2]))
try:
    hash(deque())
except TypeError as e:
    print(e)
print(repr(deque(range(3), maxlen=5)), type(deque.__dict__['__len__']).__name__)
