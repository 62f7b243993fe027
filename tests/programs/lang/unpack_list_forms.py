# Unpacking an exact list reads its items in place; every other form
# (subclasses with their own __iter__, wrong lengths) goes through the
# iterator with CPython's messages and reference counts.
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


x = [1.5, "two", (3,)]
a, b, c = x
print(a, b, c)
for p, q in [[1, 2], [3, 4], [5, 6]]:
    print(p + q, end=" ")
print()


def too_many():
    a, b = [1, 2, 3]


def too_few():
    a, b, c = [1, 2]


def empty():
    (a,) = []


show("too many:", too_many)
show("too few:", too_few)
show("empty:", empty)


class Backwards(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))


class Plain(list):
    pass


a, b, c = Backwards([1, 2, 3])
print("subclass with __iter__:", a, b, c)
a, b = Plain(["p", "q"])
print("plain subclass:", a, b)

# The items keep the references they had; the list is untouched.
obj = object()
lst = [obj, obj]
before = sys.getrefcount(obj)
u, v = lst
print("refs taken:", sys.getrefcount(obj) - before, lst == [obj, obj], u is v is obj)
del u, v
print("refs back:", sys.getrefcount(obj) - before)

# Nested targets, and starred ones (not the exact-length path).
[(m, n), [o, p]] = [[1, 2], [3, 4]]
print(m, n, o, p)
first, *rest = [10, 20, 30]
print(first, rest)
