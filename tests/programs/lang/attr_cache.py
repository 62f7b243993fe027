# LoadAttr/StoreAttr remember where an instance attribute was; every way
# the answer can change must be seen at once.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, y):
        self.y = y          # `y` first here: another entry index
        self.x = -y


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


ps = [P(1, 2), Q(3), P(4, 5), Q(6)]
print([get_x(o) for o in ps])
for n, o in enumerate(ps):
    set_x(o, n * 10)
print([get_x(o) for o in ps], [o.y for o in ps])

p = P(7, 8)
del p.x
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError:", e)
set_x(p, "again")
print(get_x(p), p.__dict__)

# A class attribute made later: a data descriptor wins over the instance.
P.x = property(lambda self: "property", lambda self, v: print("set via property", v))
print(get_x(ps[0]))
set_x(ps[0], 99)
del P.x
print(get_x(ps[0]))


# __getattribute__ and __setattr__ added to the class later.
def ga(self, name):
    return "ga:" + name


P.__getattribute__ = ga
print(get_x(ps[0]))
del P.__getattribute__
print(get_x(ps[0]))


def sa(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)


P.__setattr__ = sa
set_x(ps[0], 5)
del P.__setattr__
set_x(ps[0], 6)
print(get_x(ps[0]))

# __class__ assignment moves an instance to another layout.
o = P(1, 2)
print(get_x(o))
o.__class__ = Q
print(get_x(o))
