# Found by the differential fuzzer. A class defining only one of
# __setitem__/__delitem__ has CPython's assignment slot, whose lookup of the
# other fails with AttributeError (not the TypeError of a class with
# neither); a user __len__'s result is checked once, for len() and truth
# alike (OverflowError, ValueError, TypeError naming the returned type).
class C0:
    def __setitem__(self, i, x):
        pass


class C1:
    def __delitem__(self, i):
        pass


class C2:
    pass


for stmt in ["del C0()[0]", "C1()[0] = 1", "C0()[0]", "del C0()[0:1]", "C1()[0:1] = 1",
             "del C2()[0]", "C2()[0] = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [2**70, -1, 1.5, "3", True, 0, 3]:
    for f in [bool, len]:
        try:
            print(repr(n), f.__name__, f(L(n)))
        except Exception as e:
            print(repr(n), f.__name__, type(e).__name__, e)
