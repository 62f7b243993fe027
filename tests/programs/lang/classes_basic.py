# Classes: attributes, methods, class attributes, static and class methods.


class Temperature:
    unit = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1

    def to_fahrenheit(self):
        return self.degrees * 9 / 5 + 32

    def warmer(self, delta):
        return Temperature(self.degrees + delta)

    def describe(self):
        return str(self.degrees) + self.unit

    @staticmethod
    def freezing_point():
        return 0

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.instances


t = Temperature(20)
print(t.describe(), t.to_fahrenheit())
hot = t.warmer(15)
print(hot.describe(), hot.to_fahrenheit(), t.describe())
print("static:", Temperature.freezing_point(), t.freezing_point())
body = Temperature.from_fahrenheit(98.6)
print("classmethod:", round(body.degrees, 2), type(body))
print("instances:", Temperature.count(), t.count())

# Methods looked up on the class take self explicitly.
print("unbound call:", Temperature.describe(t))
method = t.describe
print("bound method call:", method())
t.degrees = -5
print("bound method sees the change:", method())

# Instance attributes shadow class attributes.
t.unit = "K"
print(t.describe(), hot.describe(), Temperature.unit)
print("hasattr:", hasattr(t, "unit"), hasattr(t, "nope"), hasattr(Temperature, "describe"))
print("getattr:", getattr(t, "degrees"), getattr(t, "missing", "default"))
setattr(t, "degrees", 100)
print("setattr:", t.describe())
delattr(t, "unit")
print("delattr falls back to the class attribute:", t.describe())


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self):
        return self.items[-1] if self.items else None

    def size(self):
        return len(self.items)


s = Stack()
s.push(1).push(2).push(3)
print("stack:", s.items, "peek", s.peek(), "size", s.size())
while s.size():
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def transpose(self):
        return Matrix([[row[i] for row in self.rows] for i in range(len(self.rows[0]))])

    def multiply(self, other):
        cols = other.transpose().rows
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    def show(self):
        for row in self.rows:
            print("  " + " ".join([str(v).rjust(4) for v in row]))


m = Matrix([[1, 2, 3], [4, 5, 6]])
m.show()
print("transposed:")
m.transpose().show()
print("product with its transpose:")
m.multiply(m.transpose()).show()
identity = Matrix([[1, 0], [0, 1]])
m2 = Matrix([[2, 3], [5, 7]])
for _ in range(3):
    identity = identity.multiply(m2)
print("cube:")
identity.show()
print(isinstance(m, Matrix), isinstance(m, Stack), isinstance(m, object))
