# Release orders CPython's list operations choose, and bound-method
# equality and hashing.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


L = [D(0), D(1), D(2)]
L *= 0
print("-- L *= 0 is clear(): last first")
L = [D(0), D(1), D(2), D(3)]
L[::2] = [None, None]
print("-- extended slice assignment: in slice order")
L = [D(0), D(1), D(2), D(3)]
L[::-2] = [None, None]
print("-- reversed extended slice assignment")
L = [D(0), D(1), D(2), D(3)]
del L[::2]
print("-- extended slice deletion: in index order")
L = [D(0), D(1), D(2), D(3)]
del L[::-2]
print("-- reversed extended slice deletion")
L = [D(0), D(1), D(2), D(3)]
L[1:3] = []
print("-- slice assignment: last first")
L = [D(0), D(1), D(2)]
L[:] = [1]
print("-- whole-slice assignment")
del L


class P:
    def m(self):
        pass


p = P()
q = P()
print(p.m == p.m, p.m is p.m, p.m != p.m, p.m == q.m, p.m == P.m)
print(hash(p.m) == hash(p.m), {p.m: 1}[p.m])
a = []
print(a.append == a.append, a.append == [].append, a.append != a.append)
print(hash(a.append) == hash(a.append), len({a.append, a.append}))
print([1].__eq__(5), (1,).__eq__(5), {}.__eq__(5), "a".__eq__(5), (1).__eq__("a"))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
