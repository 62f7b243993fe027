# Multiple inheritance: the method resolution order, cooperative
# super().__init__ chains, and mixins.

class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"

    def greet(self):
        return "greet from " + self.who()


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left"


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right"

    def only_right(self):
        return "only in Right"


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


class Other(Right, Left):
    pass


b = Both()
print("init order through super():", b.log)
print("who:", b.who(), "greet:", b.greet(), "only_right:", b.only_right())
o = Other()
print("other order:", o.log, o.who())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base), issubclass(Both, Right))


class Mixin:
    def to_text(self):
        parts = []
        for key in self.fields():
            parts.append(key + "=" + repr(getattr(self, key)))
        return "<" + ", ".join(parts) + ">"


class Point(Mixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def fields(self):
        return ["x", "y"]


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def fields(self):
        return Point.fields(self) + ["z"]


print(Point(1, 2).to_text(), Point3(1, 2, "three").to_text())


# Cooperative initialisation with keyword arguments passed along the chain.
class Named:
    def __init__(self, name="?", **rest):
        self.name = name
        self.trail = ["Named"]


class Sized(Named):
    def __init__(self, size=0, **rest):
        super().__init__(**rest)
        self.size = size
        self.trail.append("Sized")


class Coloured(Named):
    def __init__(self, colour="none", **rest):
        super().__init__(**rest)
        self.colour = colour
        self.trail.append("Coloured")


class Widget(Sized, Coloured):
    def __init__(self, **options):
        super().__init__(**options)
        self.trail.append("Widget")


w = Widget(name="knob", size=3, colour="red")
print("widget:", w.name, w.size, w.colour, w.trail)
w2 = Widget(size=9)
print("defaults:", w2.name, w2.size, w2.colour)
for cls in [Named, Sized, Coloured, Widget]:
    print(cls, [issubclass(cls, other) for other in [Named, Sized, Coloured, Widget]])
for obj in [Named(), Sized(), Coloured(), w]:
    print(type(obj), isinstance(obj, Sized), isinstance(obj, Coloured), obj.trail)
