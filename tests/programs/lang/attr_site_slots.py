# One attribute site remembers, per class, where a __slots__ value sits:
# subclasses with more slots, a slot shadowed by a property later,
# __class__ moved between compatible layouts, unset and deleted slots,
# and a class whose slot the site never saw must all give what the full
# protocol gives.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class R(P):
    __slots__ = ("w", "v")


class S(P):
    pass


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def get_y(o):
    return o.y


objs = [P(1, 2), Q(3, 4, 5), R(6, 7), S(8, 9)]
for _ in range(3):
    print([get_x(o) for o in objs], [get_y(o) for o in objs])
for o, v in zip(objs, "abcd"):
    set_x(o, v)
print([get_x(o) for o in objs])
print(objs[3].__dict__)

# An unset slot, then a deleted one.
r = R.__new__(R)
try:
    get_x(r)
except AttributeError as e:
    print("AttributeError:", e)
set_x(r, "set")
print(get_x(r))
del r.x
try:
    get_x(r)
except AttributeError as e:
    print("AttributeError:", e)

# A property on a subclass now shadows the slot for that class only.
Q.x = property(lambda self: "prop-x", lambda self, v: print("set via property", v))
print([get_x(o) for o in objs])
set_x(objs[1], 42)
del Q.x
print([get_x(o) for o in objs])

# __class__ moved between layouts that agree.
class P2:
    __slots__ = ("x", "y")


p = P(10, 20)
print(get_x(p), get_y(p))
p.__class__ = P2
print(get_x(p), get_y(p))
set_x(p, 11)
print(get_x(p), type(p).__name__)


# The same name as a slot in one class and a dict entry in another.
class Plain:
    def __init__(self):
        self.x = "dict-x"
        self.y = "dict-y"


mixed = [P(1, 2), Plain(), Q(3, 4, 5), Plain()]
for _ in range(2):
    print([get_x(o) for o in mixed], [get_y(o) for o in mixed])
