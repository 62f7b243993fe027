# print() writes each piece as soon as it is converted; dict copies,
# merges and comparisons reuse the stored hashes; setdefault and Counter
# hash each key once.
import collections


class Loud:
    def __str__(self):
        print("[str ran]", end="")
        return "L"


print("a", Loud(), "b")


class Bad:
    def __str__(self):
        raise ValueError("no str")


try:
    print("first", Bad(), "third")
except ValueError as e:
    print("<caught:", e, ">")

print("x", "y", sep=Loud().__str__(), end="!\n")


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return self.v

    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v


a, b = K(1), K(2)
print("build")
d = {a: 1, b: 2}
print("copy")
d2 = d.copy()
print("dict(d)")
d3 = dict(d)
print("{**d}")
d4 = {**d}
print("update")
d5 = {}
d5.update(d)
print("merge |")
d6 = d | d2
print("==")
print(d == d2, d3 == d4, d5 == d6)
print("kwargs merge")


def f(**kw):
    return sorted(kw)


print(f(**{"p": 1}, **{"q": 2}))
print("setdefault new")
e = {}
print(e.setdefault(a, []))
print("setdefault present")
print(e.setdefault(a, None))
print("Counter")
c = collections.Counter([a, b, a])
print(sorted(c.values()))
print("Counter.update")
c.update([b])
print(c[b])
