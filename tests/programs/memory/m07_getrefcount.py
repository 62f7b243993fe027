# Item 7: sys.getrefcount(x) includes the temporary reference of its own argument.
import sys

l1 = ["apple", "banana", "cherry"]
l2 = l1
print("l1 = [..]; l2 = l1       ->", sys.getrefcount(l1))
l3 = l2
print("l3 = l2                  ->", sys.getrefcount(l1))
l3 = "apple"
print("l3 = 'apple'             ->", sys.getrefcount(l1))
l1 = None
print("l1 = None; count of l2   ->", sys.getrefcount(l2))
print("l2 still holds the list:", l2)

# A brand-new object passed straight in has only the argument reference.
print("getrefcount([])          ->", sys.getrefcount([]))
print("getrefcount({})          ->", sys.getrefcount({}))
print("getrefcount(object())    ->", sys.getrefcount(object()))


class Thing:
    pass


print("getrefcount(Thing())     ->", sys.getrefcount(Thing()))
one = Thing()
print("one name                 ->", sys.getrefcount(one))

# Temporaries on the value stack count while they are there.
pair = (l2, sys.getrefcount(l2))
print("while building a tuple   ->", pair[1])
print("after building it        ->", sys.getrefcount(l2))
del pair
print("tuple deleted            ->", sys.getrefcount(l2))

# Iterating holds the iterable.
for item in l2:
    print("  during a for loop over l2:", sys.getrefcount(l2))
    break
print("after the loop           ->", sys.getrefcount(l2))
it = iter(l2)
print("an iterator holds it     ->", sys.getrefcount(l2))
print("next(it):", next(it))
del it
print("iterator dropped         ->", sys.getrefcount(l2))

# A comprehension iterates too.
counts = [sys.getrefcount(l2) for _ in range(2)]
print("inside a comprehension   ->", counts)

# Counting grows one by one.
crowd = []
for i in range(6):
    crowd.append(l2)
    print("  after", i + 1, "appends:", sys.getrefcount(l2))
while crowd:
    crowd.pop()
    print("  after a pop:", sys.getrefcount(l2))

# Exceptions keep their arguments.
try:
    raise ValueError(l2)
except ValueError as err:
    print("held by the exception's args ->", sys.getrefcount(l2))
    print("err.args[0] is l2:", err.args[0] is l2)
print("exception released       ->", sys.getrefcount(l2))

# Nested containers: the inner list is held once by the outer one.
outer = [[1], [2], [3]]
print("inner list refcount      ->", sys.getrefcount(outer[0]))
first = outer[0]
print("plus a name              ->", sys.getrefcount(first))
outer = None
print("outer dropped            ->", sys.getrefcount(first))

# Dicts of dicts.
registry = {"a": {"id": 1}, "b": {"id": 2}}
entry = registry["a"]
print("dict value + name        ->", sys.getrefcount(entry))
registry["c"] = entry
print("stored under another key ->", sys.getrefcount(entry))
registry.popitem()
print("popitem removed it       ->", sys.getrefcount(entry))
print("registry keys:", list(registry.keys()))
