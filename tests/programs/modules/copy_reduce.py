# copy and deepcopy through the pickling protocol: __reduce__,
# __reduce_ex__, __getstate__/__setstate__, __getnewargs__, slots.
import copy


class C:
    def __init__(self, v):
        print("init", v)
        self.v = v

    def __reduce__(self):
        return (C, (self.v + 1,))


print(copy.deepcopy(C(1)).v, copy.copy(C(10)).v)


class S:
    def __init__(self):
        self.a = [1]
        self.cache = "derived"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)


s = S()
for f in (copy.copy, copy.deepcopy):
    t = f(s)
    print(sorted(vars(t)), t.a is s.a)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __getnewargs__(self):
        print("getnewargs")
        return (self.x, self.y)

    def __new__(cls, x=0, y=0):
        print("new", x, y)
        return super().__new__(cls)


p = copy.deepcopy(Point([1], 2))
print(p.x, p.y)


class Ex:
    def __init__(self):
        self.items = []

    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (Ex, (), None, iter([1, 2]), None)

    def append(self, v):
        self.items.append(v * 10)


print(copy.copy(Ex()).items)


class Name:
    def __reduce__(self):
        return "Name"


n = Name()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
shared = C(5)
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0].v)
