# Regression (found in review): list index eq mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n)
        L.clear()
        junk = [B() for i in range(50)]
        return False
    def __del__(self): print("del", self.n)
class B:
    def __eq__(self, o):
        print("B.eq!"); return False
L = [A(1), A(2), A(3)]
print(L.count(5))
print("done")
