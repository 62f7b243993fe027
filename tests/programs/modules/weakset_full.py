# weakref.WeakSet as CPython's _weakrefset: one element held at a time
# while iterating, removals deferred until the iteration ends, and the
# set operations.
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O(%d)" % self.n

    def __lt__(self, other):
        return self.n < other.n


class Dying(O):
    def __del__(self):
        print("a member died")


objs = [Dying(i) for i in range(5)]
ws = weakref.WeakSet(objs)
print(len(ws), sorted(ws), objs[0] in ws, O(9) in ws, 5 in ws)
it = iter(ws)
first = next(it)
print("iterating")
victim = [o for o in objs if o is not first][0]
objs.remove(victim)
del victim
gc.collect()
print("len while iterating:", len(ws))
del first
rest = list(it)
print("rest", len(rest))
del rest, it
gc.collect()
print("len after:", len(ws), len(ws.data))

objs = [O(i) for i in range(5)]
gc.collect()
a = weakref.WeakSet(objs[:2])
b = weakref.WeakSet(objs[1:])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, a < weakref.WeakSet(objs), weakref.WeakSet(objs) >= a, a == weakref.WeakSet(objs[:2]), a != b)
print(a.isdisjoint(b), a.issubset(objs), b.issuperset(objs[2:]))
c = a.copy()
c |= b
print(sorted(c), len(c))
c -= a
print(sorted(c))
c &= objs[3:]
print(sorted(c))
c ^= objs[2:4]
print(sorted(c))
p = c.pop()
print(p in c, len(c))
c.discard(p)
c.add(p)
c.remove(p)
try:
    c.remove(p)
except KeyError:
    print("KeyError")
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
try:
    hash(c)
except TypeError as e:
    print(e)
try:
    weakref.WeakSet([1])
except TypeError as e:
    print(e)
print(weakref.WeakSet[int])
objs.clear()
gc.collect()
print(len(a), len(b), list(a))
