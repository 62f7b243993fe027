# Dict lookups that miss: a key whose hash no stored key has is answered
# without comparing anything, one whose hash a stored key has still calls
# __eq__; deleted keys, tables rebuilt by growth, clear(), and keys of
# every kind (ints, negative ints, floats, strs, tuples, user objects)
# must give exactly what CPython gives.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, K) and self.name == other.name


d = {K("a", 1): "A", K("b", 2): "B"}
print(d.get(K("a", 1)))  # same hash, equal
print(d.get(K("c", 1)))  # same hash, not equal
print(d.get(K("z", 12345)))  # no stored hash: no __eq__
print(K("q", 99) in d)

# Every kind of key, present and absent.
keys = [0, 1, -1, -2, 2**61 - 1, 2**70, 1.5, -0.0, "x", "", ("t", 1), None, True, frozenset([1])]
m = {}
for i, k in enumerate(keys):
    m[k] = i
print([m.get(k, "miss") for k in keys])
print([m.get(k, "miss") for k in [3, -3, 2.5, "y", ("t", 2), frozenset(), 2**61, b"x"]])
print(-2 in m, -1 in m, 0.0 in m, 1.0 in m, False in m)

# Deleting keeps later lookups right; growth rebuilds the table.
for k in ["x", 1, ("t", 1)]:
    del m[k]
print([m.get(k, "miss") for k in keys])
big = {}
for i in range(2000):
    big["k%d" % i] = i
print(sum(big.get("k%d" % i, 0) for i in range(0, 4000, 3)))
for i in range(0, 2000, 2):
    del big["k%d" % i]
print(len(big), big.get("k10"), big.get("k11"), "k1998" in big, "k1999" in big)
big.clear()
print(big.get("k11"), len(big))
big["k11"] = 11
print(big.get("k11"))


# Instance and class dicts: attribute misses fall through to the class.
class Base:
    def m(self):
        return "Base.m"


class Sub(Base):
    pass


o = Sub()
for name in ["a%d" % i for i in range(40)]:
    setattr(o, name, name)
print(o.m(), o.a39, getattr(o, "zz", "no zz"))
o.m = lambda: "instance m"
print(o.m())
del o.m
print(o.m())
