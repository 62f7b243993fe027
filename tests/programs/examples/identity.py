# Identity, equality and the objects CPython (and ouro) share behind your back.
#
#     ouro run --gc refcount examples/identity.py
#
# `a is b` asks "the same object?"; `a == b` asks "equal values?". id(x) is the
# object's address on the private heap (never printed here: it differs between
# runs and implementations).

print("Lists: equal is not identical")
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print("  a == b:", a == b, "  a is b:", a is b, "  a is c:", a is c)
print("  id(a) == id(c):", id(a) == id(c), "  id(a) == id(b):", id(a) == id(b))

print("Constants in one code object are one object")
x = 300
y = 300
print("  x = 300; y = 300; x is y ->", x is y)

print("Small integers (-5..256) are preallocated and shared")
small = 256
print("  256 is int('256') ->", small is int("256"))
large = 257
print("  257 is int('257') ->", large is int("257"))
n = 1000
print("  999 + 1 computed twice: the same object? ->", (n - 1) + 1 is (n - 1) + 1)

print("None, True and False are singletons")
print("  [].append(0) is None ->", [].append(0) is None)
print("  (3 > 2) is True ->", (3 > 2) is True)

print("Single characters are shared; longer run-time strings are not")
word = "ouro"
print("  word[0] is chr(111) ->", word[0] is chr(111))
joined = "".join(["ou", "ro"])
print("  ''.join(['ou', 'ro']) == word ->", joined == word, "  is ->", joined is word)

print("An id is stable for an object's whole life")


class Tag:
    pass


t = Tag()
before = id(t)
t.note = "changed"
print("  id unchanged after mutation ->", id(t) == before)

print("Freed addresses are recycled")
ids = []
for i in range(1000):
    temp = Tag()
    ids.append(id(temp))
    temp = None
print("  1000 short-lived objects used fewer than 1000 addresses ->", len(set(ids)) < 1000)
