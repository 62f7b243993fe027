# Regression (found in review): list compare eq mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n)
        L.clear(); M.clear()
        junk = [B() for i in range(50)]
        return True
    def __del__(self): print("del", self.n)
class B:
    def __eq__(self, o):
        print("B.eq!"); return False
L = [A(1), A(2), A(3)]
M = [A(4), A(5), A(6)]
print(L == M)
print("done")
