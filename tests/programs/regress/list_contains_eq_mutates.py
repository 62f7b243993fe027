# Regression (found in review): list contains eq mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        L.clear(); junk = [[] for i in range(50)]
        return False
    def __del__(self): print("del", self.n)
L = [A(1), A(2), A(3)]
print(5 in L)
print("done")
