# One attribute site that sees many classes: plain instances (their
# attributes inline or in a dict), __slots__ instances, a class attribute
# under the instance's, a property; more classes than the site remembers,
# and a class changed while the site runs.


class P0:
    def __init__(self, v):
        self.v = v


class P1(P0):
    pass


class P2(P0):
    def __init__(self, v):
        self.w = -v
        self.v = v


class S0:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class S1(S0):
    __slots__ = ("u",)


class C0:
    v = "class"


class C1:
    v = "class"

    def __init__(self, v):
        self.v = v


class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, x):
        self._v = x


def objs(i):
    return [P0(i), P1(i), P2(i), S0(i), S1(i), C0(), C1(i), Prop(i)]


def read(o):
    return o.v


def bump(o):
    if not isinstance(o, C0):
        o.v = o.v + 1


total = []
for i in range(6):
    row = objs(i)
    for o in row:
        bump(o)
    total.append([read(o) for o in row])
    if i == 3:
        # A class dict change: every remembered class is asked again.
        P0.extra = 1
        C0.v = "changed"
for row in total:
    print(row)
p = P2(5)
del p.v
print(hasattr(p, "v"), vars(p))
p.v = 7
print(read(p), vars(p))
