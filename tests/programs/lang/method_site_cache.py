# A method-call site remembers, per class, which function the class gives
# for `obj.name(...)`: replacing or deleting the method, shadowing it in
# the instance dict, a new __class__, __getattribute__ added later, other
# classes at the same site and a class made anew must all call
# what the full lookup finds.
class A:
    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


def call(o):
    return o.m()


objs = [A(), B(), C()]
for _ in range(3):
    print([call(o) for o in objs])

A.m = lambda self: "new A.m"
print([call(o) for o in objs])
del B.m
print([call(o) for o in objs])

c = objs[2]
c.m = lambda: "instance m"
print([call(o) for o in objs])
del c.m
print(call(c))

c.__class__ = B
print(call(c))


def ga(self, name):
    if name == "m":
        return lambda: "from __getattribute__"
    return object.__getattribute__(self, name)


B.__getattribute__ = ga
print([call(o) for o in objs])
del B.__getattribute__
print([call(o) for o in objs])


class E:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


e = E()
print([e.add(i) for i in range(5)], e.items)
E.add = lambda self, x: -x
print([e.add(i) for i in range(3)])


# A class freed and another made in its place at the same site.
def make():
    class T:
        def m(self):
            return id(type(self)) and "T.m"
    return T()


for _ in range(3):
    print(call(make()))
