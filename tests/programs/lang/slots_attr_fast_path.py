# Reading and writing __slots__ members from a loop (the inline fast path)
# must keep every rule of the attribute protocol: an empty slot falls back
# to __getattr__, __getattribute__ and a Python __setattr__ still run, a
# slot deleted or reassigned is seen at once, and a class change or a
# shadowing class attribute is noticed.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)


class WithGetattr:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "fallback " + name


class Logged:
    __slots__ = ("v",)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Seen:
    __slots__ = ("w",)

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)


def total(ps):
    s = 0
    for p in ps:
        s += p.x * p.y
        p.x = p.x + 1
    return s


ps = [P(i, i + 1) for i in range(5)]
print(total(ps), total(ps), [p.x for p in ps])

q = Q(1, 2)
q.z = 3
for _ in range(3):
    q.x += q.z
print(q.x, q.y, q.z)

g = WithGetattr()
for i in range(2):
    print(g.a)
    g.a = i
print(g.a)
del g.a
print(g.a)

lg = Logged()
for i in range(2):
    lg.v = i
print(lg.v)

sn = Seen()
sn.w = 5
for _ in range(2):
    print(sn.w)

p = P(1, 2)
del p.y
for _ in range(2):
    try:
        print(p.y)
    except AttributeError as e:
        print("AttributeError:", e)
    p.y = 7
print(p.y)


class R:
    __slots__ = ("x", "y")


r = P(3, 4)
for cls in (P, R):
    print(type(r).__name__, r.x if cls is P else "-")
r2 = R()
try:
    P.x.__get__(r2)
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__set__(r2, 1)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def who(self):
        return "Base.who"

    @property
    def prop(self):
        return "Base.prop"


class Mid(Base):
    __slots__ = ()

    def who(self):
        return "Mid.who > " + super().who()


class Leaf(Mid):
    def who(self):
        return "Leaf.who > " + super().who()

    @property
    def prop(self):
        return "Leaf.prop > " + super().prop


leaf = Leaf()
for _ in range(2):
    print(leaf.who(), "|", leaf.prop)
print(super(Mid, leaf).who(), super(Leaf, Leaf).who(leaf))
try:
    super(Leaf, leaf).missing
except AttributeError as e:
    print("AttributeError:", e)
