# One attribute site remembers, per class, that `obj.name` is a plain
# instance-dict access; any change to a class dict, a new __class__, or
# another class at the same site must still give what the full protocol
# gives.
class A:
    def __init__(self, v):
        self.v = v


class B(A):
    pass


class C(A):
    pass


class D(A):
    pass


class E(A):
    pass


def read(o):
    return o.v


def write(o, x):
    o.v = x


objs = [A(1), B(2), C(3), D(4), E(5)]
print([read(o) for o in objs] * 2)
for o, x in zip(objs, range(10, 15)):
    write(o, x)
print([read(o) for o in objs])

# A class attribute that is a data descriptor now wins over the dict.
B.v = property(lambda self: "prop", lambda self, x: print("set via property", x))
print([read(o) for o in objs])
write(objs[1], 99)
print(objs[1].__dict__)
del B.v
print(read(objs[1]))

# __getattribute__ and __setattr__ added to a class afterwards.
C.__getattribute__ = lambda self, name: ("ga", name)
C.__setattr__ = lambda self, name, x: print("setattr", name, x)
print(read(objs[2]))
write(objs[2], 7)
del C.__getattribute__, C.__setattr__
print(read(objs[2]))

# The instance changes class, or loses its dict entry.
o = objs[3]
o.__class__ = E
print(read(o))
del o.v
try:
    read(o)
except AttributeError as e:
    print("AttributeError", e)
E.v = "class attr"
print(read(o), read(objs[4]))


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


s = S(8)
print(read(s))
write(s, 9)
print(read(s), [read(x) for x in (A(1), s, B(2))])
