# Item 2: every object has a type, an identity and a value.
import sys

things = [7, 7.5, "seven", [7], (7,), {7: "seven"}, {7}, None, True, 2 ** 80, print, len]
for t in things:
    print(type(t))

print("type of type:", type(type(3)))
print("types compared by identity:", type(3) is int, type("") is str, type([]) is list)
print("bool is an int subclass:", isinstance(True, int), type(True) is int)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
q = Point(1, 2)
print(type(p))
print("type(p) is Point:", type(p) is Point)
print("p is q:", p is q, "equal coordinates:", (p.x, p.y) == (q.x, q.y))
print("ids differ for live objects:", id(p) != id(q))

# id() is an integer that stays the same for the life of an object.
ident = id(p)
p.x = 100
p.y = [1, 2, 3]
print("id stable after mutation:", id(p) == ident)
print("id is an int:", type(ident) is int, ident > 0)
print("hex form round-trips:", int(hex(ident), 16) == ident, hex(ident).startswith("0x"))

# `is` compares identity, `==` compares value.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print("a == b:", a == b, " a is b:", a is b, " a is c:", a is c)
print("id(a) == id(c):", id(a) == id(c), " id(a) == id(b):", id(a) == id(b))
print("not-is:", a is not b, c is not a)

# Identity of elements inside containers.
box = [a, b, a]
print("box[0] is box[2]:", box[0] is box[2], " box[0] is box[1]:", box[0] is box[1])
print("index uses ==, so finds first equal:", box.index(b))
print("count uses == too:", box.count([1, 2, 3]))

# Every list in a list of distinct lists has a distinct id.
lists = [[i] for i in range(50)]
ids = [id(x) for x in lists]
print("50 live lists, distinct ids:", len(set(ids)) == 50)

# The refcount is part of the header as well.
print("refcount of a:", sys.getrefcount(a))
print("refcount of b:", sys.getrefcount(b))
print("refcount of p:", sys.getrefcount(p))

# Types of numbers produced by operations.
print(type(1 + 2), type(1 + 2.0), type(7 / 7), type(7 // 7), type(2 ** -1), type(True + True))
print(type(3 == 3), type(not 0), type(divmod(7, 2)), type(range(3)))
