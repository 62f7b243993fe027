"""random.Random on the native _random.Random (CPython's C core): the
type, its methods and their errors, subclasses of either class, state
round trips between them, and copies."""
import random, sys
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randrange(100) for _ in range(5)], random.getrandbits(100), random.getrandbits(0), random.getrandbits(32))
r = random.Random("hello")
print(r.random(), r.choice("abcdef"), r.sample(range(100), 5))
s = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(s)
b = [r.random() for _ in range(700)]
print(a == b, s[0], len(s[1]), s[1][-1])
print(random.Random(2.5).random(), random.Random(-7).random(), random.Random(2**100).random(), random.Random(b"xy").random())
import _random
x = _random.Random(5)
print(type(x), x.random(), isinstance(random.Random(), _random.Random), random.Random.__mro__)
try:
    x.getrandbits(-1)
except ValueError as e: print("VE", e)
try:
    x.getrandbits(1.5)
except TypeError as e: print("TE", e)
try:
    x.setstate((1,2))
except ValueError as e: print("VE", e)
try:
    x.setstate([1])
except TypeError as e: print("TE", e)
try:
    _random.Random(1, 2)
except TypeError as e: print("TE", e)
try:
    x.random(1)
except TypeError as e: print("TE", e)
try:
    x.foo = 1
except AttributeError as e: print("AE", e)
class R(random.Random):
    def random(self):
        return 0.5
print(R(3).randrange(10), R(3).choice([1,2,3]))
class G(_random.Random):
    pass
g = G(42)
print(g.random(), G.__mro__)
st = x.getstate()
y = _random.Random()
y.setstate(st)
print(y.random() == x.random())
import copy
c = copy.deepcopy(r)
print(c.random() == r.random(), type(c).__name__)
d = copy.copy(r)
print(d.random() == r.random(), d.gauss_next)
l = list(range(10))
random.shuffle(l)
print(l)
print(random.choices(range(10), k=4), random.uniform(1, 2), random.gauss(0, 1), random.randint(1, 6))
print(random.randbytes(4))
try:
    x.setstate((1,) * 624 + (625,))
except ValueError as e: print("VE", e)
try:
    x.setstate((-1,) * 625)
except OverflowError as e: print("OE", e)
try:
    x.setstate(("a",) * 625)
except TypeError as e: print("TE", e)
try:
    x.getrandbits(2**40)
except OverflowError as e: print("OE", e)
try:
    x.seed(1, 2)
except TypeError as e: print("TE", e)
try:
    _random.Random(x=1)
except TypeError as e: print("TE", e)
print(x.seed([1][0]), x.getrandbits(64) < 2**64, x.getrandbits(33).bit_length() <= 33)
x.seed(3.5)
print(x.random())
x.seed(None)
print(0 <= x.random() < 1)
print([random.Random(s).randrange(1000) for s in (0, 1, 2**32, 2**32 - 1, -2**70)])
