import copy
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ("a", "b")
class E: pass
a = A()
r = a.__reduce_ex__(2)
print(r[0].__name__, r[0].__module__, r[1][0].__name__, r[1][1:], r[2], r[3], r[4])
print(E().__reduce_ex__(4)[2], E().__getstate__(), a.__getstate__())
s = S(); s.a = 5
print(s.__getstate__(), s.__reduce_ex__(2)[2])
r0 = a.__reduce__()
print(r0[0].__name__, r0[1][0].__name__, r0[1][1].__name__, r0[1][2], r0[2])
class L(list): pass
l = L([1, 2]); l.tag = "t"
r = l.__reduce_ex__(2)
print(r[1][0].__name__, r[2], list(r[3]), r[4])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
print(copy.copy(a).x, copy.deepcopy(s).a, copy.copy(l), copy.copy(l).tag)
