# The iterator protocol with builtins and user classes (no generators).
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised, args:", e.args, "str:", repr(str(e)))

d = {"one": 1, "two": 2, "three": 3}
print("dict iterates keys:", list(iter(d)), [k for k in d])
print("values/items:", list(d.values()), list(d.items()))
s = "abc"
sit = iter(s)
print("string iterator:", next(sit), list(sit), list(sit))
print("iter of an iterator is itself:", iter(it) is it)
r = iter(range(3))
print("range iterator:", [next(r) for _ in range(3)])


class Fibs:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


fibs = Fibs(100)
print("fibs:", list(fibs))
print("iterable twice:", sum(fibs), max(fibs), len(list(fibs)))
print("zip two fresh iterators:", list(zip(fibs, fibs))[:5])
shared = iter(fibs)
print("one iterator zipped with itself:", list(zip(shared, shared)))
print("membership on an iterable:", 21 in fibs, 22 in fibs)


class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items) * self.times:
            raise StopIteration
        item = self.items[self.pos % len(self.items)]
        self.pos += 1
        return item


print("cycle:", list(Cycle("xyz", 3)))
print("enumerate a cycle:", list(enumerate(Cycle(["a", "b"], 2), 1)))
print("map over a cycle:", list(map(str.upper, Cycle("ab", 2))))
print("filter over a user iterator:", list(filter(lambda n: n % 2 == 0, Fibs(1000))))
print("sorted user iterator:", sorted(Cycle([3, 1, 2], 2)))
print("any/all:", any(Fibs(10)), all(Fibs(10)), all(Cycle([1, 2], 3)))
print("tuple/set/dict from iterators:", tuple(Fibs(10)), sorted(set(Fibs(10))), dict(zip("abc", Fibs(10))))
print("reversed list:", list(reversed([1, 2, 3])), "reversed range:", list(reversed(range(5))))
print("unpacking an iterator:", *Fibs(20))
a, b, *rest = Fibs(50)
print("star unpack:", a, b, rest)
total = 0
for n in Cycle([1, 2, 3], 4):
    if n == 3:
        continue
    total += n
print("loop with continue over a user iterator:", total)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    for x in Broken():
        print("never")
except ValueError as e:
    print("error from __next__ propagates:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
