# Unpacking takes at most one item more than the targets need (CPython's
# unpack_iterable), so an endless iterable is "too many values to unpack"
# instead of a loop that never ends.
class Endless:
    def __getitem__(self, i):
        return i


class Counter:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        return self.calls


for make in (Endless, Counter):
    try:
        a, b = make()
    except ValueError as e:
        print(make.__name__, "ValueError:", e)
c = Counter()
try:
    x, y, z = c
except ValueError as e:
    print("asked for", c.calls, "items:", e)
short = iter([1])
try:
    p, q = short
except ValueError as e:
    print("ValueError:", e)
first, *rest = [1, 2, 3]
print(first, rest)
