# tuple(x) of an exact list copies its items once (counted); a subclass
# with its own __iter__ is iterated; the empty tuple is shared.
import sys

a = [1, "x", None, (2,)]
t = tuple(a)
empty = ()
print(t, tuple([]) is empty, tuple(a) == t, tuple(a) is t, sys.getrefcount(a[3]))


class L(list):
    def __iter__(self):
        return iter([9, 9])


class M(list):
    pass


print(tuple(L([1, 2])), tuple(M([3, 4])), tuple(range(3)), tuple("ab"), tuple({1: 2}))
big = list(range(100))
print(sum(tuple(big)), len(tuple(big * 3)), tuple(big)[-1])
del t
print(sys.getrefcount(a[3]))
nested = [[i] for i in range(3)]
tn = tuple(nested)
nested[0].append("more")
print(tn, tn[0] is nested[0])
