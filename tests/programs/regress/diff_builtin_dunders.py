# Regression (differential testing against python3): builtin_dunders.
class P:
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = object.__hash__
p = P()
print(p == p, p == 1, hash(p) == hash(p))
print([1, 2].__len__(), (5).__add__(3), "ab".__contains__("a"), {1: 2}.__getitem__(1))
