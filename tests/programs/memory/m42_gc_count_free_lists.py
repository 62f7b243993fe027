# gc.get_count()'s generation-0 count, as CPython 3.11 keeps it: an
# instance's attributes are no object of their own (no count) until its
# __dict__ is asked for; tuples, lists and dicts taken from a free list, or
# put back on one when they die, do not move the count.
import gc

gc.disable()


class C:
    pass


class I:
    def __init__(self, x):
        self.x = x
        self.y = x


def f(x):
    return x


hold = []


def measure(label, make):
    keep = [None] * 100
    hold.append(keep)
    gc.collect()  # (a full collection empties the free lists)
    c0 = gc.get_count()[0]
    for i in range(100):
        keep[i] = make(i)
    c1 = gc.get_count()[0]
    print(label, c1 - c0)


measure("C()", lambda i: C())
measure("I(i)", lambda i: I(i))
measure("list", lambda i: [i])
measure("dict", lambda i: {"a": i})
measure("tuple", lambda i: (i, [i]))
measure("f(i)", lambda i: f(i))
measure("none", lambda i: None)


def dict_of(i):
    o = I(i)
    o.__dict__  # materialized: a dict object from now on
    return o


measure("I(i).__dict__", dict_of)

# Dying onto a free list does not lower the count; a full collection
# empties the lists, and the next ones count again.
gc.collect()
c0 = gc.get_count()[0]
tmp = [[] for _ in range(10)]
c1 = gc.get_count()[0]
del tmp
c2 = gc.get_count()[0]
again = [[] for _ in range(10)]
c3 = gc.get_count()[0]
print("lists made, dropped, made again:", c1 - c0, c2 - c0, c3 - c0)
gc.collect()
c0 = gc.get_count()[0]
x = [C() for _ in range(5)]
del x
print("instances die off any list:", gc.get_count()[0] - c0)

# A class's shared keys hold 30 names; the instance that adds one more
# gets a dict object of its own, which a collection then counts.
class Wide:
    pass


w = Wide()
w.me = w
for i in range(40):
    setattr(w, "a%d" % i, i)
del w
print("collected, instance and its dict:", gc.collect())
v = Wide()
v.me = v
del v
print("collected, an instance that fits:", gc.collect())

# `x[1:3]` makes a slice, which comes from CPython's one-slice cache and
# dies back into it: once a slice was made, only the lists count. A full
# collection leaves the cache alone, so the slice made after one is the
# same object again.
src = [1, 2, 3, 4]
src[0:1]
measure("x[1:3]", lambda i: src[1:3])
first = id(slice(1, 2))
gc.collect()
print("slice cache kept through a collection:", id(slice(3, 4)) == first)
