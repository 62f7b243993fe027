# Differential-fuzzer findings. list.remove whose comparison empties the
# list removes nothing and raises nothing (CPython's slice deletion
# clamps); an in-place operator looks only at the left operand's sequence
# slots, which a class's instance has empty.
G = []
class C1:
    def __init__(self): G.append(self)
    def __bool__(self):
        del G[:]
        return True
    def __eq__(self, o):
        return self
v5 = C1()
print(G.remove(object()), G)
class C2:
    def __index__(self): return 1
class C3:
    def __index__(self): return 2
for cls in (C2, C3):
    v = cls()
    for rhs in ("abc", [1], (2,), b"x"):
        try:
            v *= rhs
            print(repr(v))
        except TypeError as e:
            print(e)
    print(repr(cls() * "ab"), repr("ab" * cls()), repr([1] * cls()))
n = 2
n *= "ab"
print(n)
