# enumerate and zip make their result tuple when they are made, and zip
# and map keep their iterators in a tuple, as CPython's C objects do: a
# cycle through one collects those tuples too, and gc.get_referents shows
# them.
import gc

gc.disable()
gc.collect()


def collected(make):
    l = []
    l.append(make(l))
    del l
    return gc.collect()


print("enumerate", collected(lambda l: enumerate(l)))
print("zip", collected(lambda l: zip(l, l)))
print("zip one", collected(lambda l: zip(l)))
print("map", collected(lambda l: map(len, l)))
print("map two", collected(lambda l: map(max, l, l)))
print("filter", collected(lambda l: filter(None, l)))


def shapes(o):
    return [type(r).__name__ for r in gc.get_referents(o)]


e = enumerate("ab")
print("enumerate referents", sorted(shapes(e)))
z = zip("ab", [1, 2])
print("zip referents", shapes(z), [len(t) for t in gc.get_referents(z)])
m = map(str, [1])
print("map referents", sorted(shapes(m)))
r = gc.get_referents(z)[1]
print("result tuple before", r)
first = next(z)
print("first is the result tuple", first is r, first)
del first
second = next(z)
print("refilled in place", second is r, second)
keep = next(enumerate("x"))
print(keep, list(zip()), list(map(abs, [-1, -2])))
# The count past the machine word goes on as an int object.
import sys

print(list(enumerate("abc", sys.maxsize - 1)))
print(list(enumerate("ab", 2**70)), list(enumerate("ab", start=True)))
print(list(enumerate("xy", -2)))
