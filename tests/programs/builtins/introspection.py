# type, isinstance, issubclass, callable, getattr/setattr/hasattr/delattr, id, object.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(type(s), s.name, s.area(), s.sides, isinstance(s, Shape), isinstance(s, Rect), isinstance(s, Square))
print(isinstance(3, int), isinstance(3, (str, float)), isinstance(3, (str, int)), isinstance(True, int))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(None, object))
print(issubclass(Square, Rect), issubclass(Square, (int, Shape)), issubclass(bool, int), issubclass(int, bool))
print(issubclass(Shape, object), issubclass(ValueError, Exception), issubclass(list, object))
print(type(3) == int, type(3) is int, type(True) is bool, type(type) is type, type(None))
print(type(Square(1)) is Square, type(Square(1)) is Rect)
print("callable:", callable(len), callable(Shape), callable(shapes[0].area), callable(shapes[0]), callable(None), callable("x"))

r = Rect(5, 6)
print("getattr:", getattr(r, "w"), getattr(r, "area")(), getattr(r, "color", "none"), getattr(Rect, "sides"))
setattr(r, "color", "red")
setattr(r, "w", 10)
print("setattr:", r.color, r.w, r.area())
print("hasattr:", hasattr(r, "color"), hasattr(r, "area"), hasattr(r, "depth"), hasattr(5, "nope"))
delattr(r, "color")
print("after delattr:", hasattr(r, "color"))
try:
    getattr(r, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Rect.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
for attr in ["w", "h", "sides", "name"]:
    print(" ", attr, "=", getattr(r, attr))

# Dynamic dispatch by name.
class Calculator:
    def add(self, a, b):
        return a + b

    def sub(self, a, b):
        return a - b

    def mul(self, a, b):
        return a * b


calc = Calculator()
for op, a, b in [("add", 2, 3), ("mul", 4, 5), ("sub", 10, 4), ("div", 1, 2)]:
    if hasattr(calc, op):
        print(" ", op, a, b, "->", getattr(calc, op)(a, b))
    else:
        print(" ", op, "not supported")

# id and object().
o1 = object()
o2 = object()
print("objects:", type(o1), o1 is o2, o1 == o2, o1 == o1, id(o1) == id(o1), id(o1) != id(o2))
print("object() is truthy:", bool(o1))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print("str of int type:", str(int), repr(str), str(Shape) == repr(Shape))
