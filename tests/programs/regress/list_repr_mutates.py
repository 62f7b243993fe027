# Regression (found in review): list repr mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class A:
    def __init__(self, n): self.n = n
    def __repr__(self):
        L.clear(); junk = [[] for i in range(50)]
        return "A%d" % self.n
    def __del__(self): print("del", self.n)
L = [A(1), A(2), A(3)]
print(repr(L))
print("done")
