# Item 13: a collection returns the number of unreachable objects found.
# An instance's attributes are no object of their own (3.11 keeps them
# inline) until the program asks for __dict__.
# corpus: skip-stress
import gc

gc.collect()
for i in range(8):
    l = []
    l.append(l)
del l
print("eight self-referencing lists:", gc.collect())


class A:
    pass


a = A(); b = A(); a.b = b; b.a = a
del a, b
print("two instances:", gc.collect())
a = A(); b = A(); a.b = b; b.a = a
a.__dict__
vars(b)
del a, b
print("two instances whose __dict__ was asked for:", gc.collect())


def f():
    pass


f.self = f
del f
print("a function holding itself in an attribute:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("a tuple and a list:", gc.collect())
print("nothing left:", gc.collect())
print(gc.get_referents([1, "a", []], {"a": 1}, 5, (3, 4)))
print(gc.get_referents({1: "a", 2: "b"}))
x = A()
x.one = 1
x.two = "two"
print(gc.get_referents(x)[:2], gc.get_referents(x)[2] is A)
p = A()
q = [p]
r = {"k": p}
s = (p, p)
holder = A()
holder.p = p
print(sorted([type(o).__name__ for o in gc.get_referrers(p)]))
