# Operator special methods on user classes: arithmetic, comparison, hashing, bool.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vector(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self):
        return "<" + str(self.x) + ", " + str(self.y) + ">"

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __lt__(self, other):
        return abs(self) < abs(other)


a = Vector(3, 4)
b = Vector(1, -2)
print(a, b, repr(a), [a, b], str([a]))
print("a + b =", a + b, " a - b =", a - b, " a * 2 =", a * 2, " 3 * b =", 3 * b, " -a =", -a)
print("abs(a) =", abs(a))
print("equality:", a == Vector(3, 4), a != Vector(3, 4), a == b, a == "a vector")
print("truthiness:", bool(a), bool(Vector(0, 0)), "yes" if Vector(0, 1) else "no")
print("sorted by length:", sorted([a, b, Vector(0, 1), Vector(10, 0)]))
print("max/min:", max([a, b, Vector(0, 1)]), min([a, b, Vector(0, 1)]))
print("greater than via reflected __lt__:", a > b, b > a)
unique = {a, Vector(3, 4), b, Vector(1, -2)}
print("set of equal vectors has", len(unique), "members")
lookup = {a: "a", b: "b"}
print("dict lookup with an equal key:", lookup[Vector(3, 4)], Vector(1, -2) in lookup)
total = Vector(0, 0)
for v in [a, b, a]:
    total += v
print("total via +=:", total)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self + other

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)


wallet = [Money(150), Money(275), Money(5)]
print("sum of money:", sum(wallet), "sorted:", sorted(wallet), "largest:", max(wallet))
print("int + money:", 100 + Money(1), "money + int:", Money(1) + 100)
