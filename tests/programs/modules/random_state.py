# random: getstate()/setstate() round trips (with CPython's own layout:
# VERSION 3, 624 words and the index, gauss_next), independent Random
# instances, subclasses choosing _randbelow as CPython does, and the
# generator seeded from entropy when no seed is given.
import random

P = (1 << 61) - 1


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % P
    return h


r = random.Random(99)
st = r.getstate()
print(st[0], len(st[1]), checksum(st[1]), st[1][:3], st[1][-1], st[2])
a = [r.random() for i in range(700)]
st2 = r.getstate()
print(checksum(st2[1]), st2[1][-1])
b = [r.random() for i in range(10)]
r.setstate(st2)
print(b == [r.random() for i in range(10)])
r.setstate(st)
print(a == [r.random() for i in range(700)])
del a, b, st2

# A state from words and an index of our own, as CPython would take it.
words = tuple([(i * 2654435761) & 0xFFFFFFFF for i in range(624)])
for index in (0, 1, 311, 622, 623, 624):
    r.setstate((3, words + (index,), None))
    print(index, r.random(), r.getrandbits(40), r.getstate()[1][-1])
r.setstate((2, tuple([w - 2**32 if w > 2**31 else w for w in words]) + (5,), 0.25))
print(r.getstate()[1] == words + (5,), r.getstate()[2], r.random())
del words

r.seed(4)
g = r.gauss_next
st = r.getstate()
print(g, st[2])
r.gauss_next = 0.5
print(r.getstate()[2])
r.setstate(st)
print(r.gauss_next)
r.seed(4)
print(r.gauss_next)

r1 = random.Random(10)
r2 = random.Random(10)
x = [r1.random() for i in range(5)]
print(x == [r2.random() for i in range(5)])
random.seed(10)
print(x == [random.random() for i in range(5)])
s = random.getstate()
v = random.random()
random.setstate(s)
print(v == random.random())
r3 = random.Random(0)
r3.setstate(r1.getstate())
print(r3.random() == r1.random(), r3.getstate() == r1.getstate())
print(random.Random(3).getstate() == random.Random(3).getstate())
print(random.Random(3).getstate() == random.Random(-3).getstate())


class OnlyRandom(random.Random):
    def random(self):
        return 0.3


m = OnlyRandom(5)
print(m._randbelow.__name__)
print(m.randrange(10), m.choice("abcdef"), m.randint(1, 100))
x = list(range(10))
m.shuffle(x)
print(x)
print(m.uniform(0, 10), m.choices("abc", k=4))


class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3


b = Bits(1)
print(b._randbelow.__name__, b.randrange(100), b.choice("abcdef"), b.randbytes(3))


class Plain(random.Random):
    pass


p = Plain(8)
print(p._randbelow.__name__, p.random(), p.randrange(100))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seeding", a)
        super().seed(a if a is None else a + 1, version)


s = Seeded(41)
print(s.random() == random.Random(42).random())


class Counting(random.Random):
    n = 0

    def random(self):
        self.n += 1
        return super().random()


c = Counting(3)
print(c._randbelow.__name__, c.randrange(1000), c.randrange(10**15), c.n)
print(random.Random(3).randbytes(10))
red = random.Random(3).__reduce__()
print(red[0].__name__, red[1], red[2] == random.Random(3).getstate())
print(random.SystemRandom._randbelow.__name__)

# Without a seed: some entropy, different generators, values in range.
u = random.Random()
w = random.Random()
print(u.getstate() != w.getstate())
print(all(0.0 <= u.random() < 1.0 for i in range(100)))
print(all(0 <= w.randrange(7) < 7 for i in range(100)))
random.seed()
st = random.getstate()
random.seed()
print(st != random.getstate())
print(0.0 <= random.random() < 1.0, random.getstate()[0], len(random.getstate()[1]))
random.seed(None)
print(type(random.getrandbits(80)).__name__)
print(sorted(random.__all__) == sorted(set(random.__all__)), len(random.__all__))
