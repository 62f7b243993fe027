# Regression (found in review): dict eq mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n)
        a.clear()
        junk = [[] for i in range(50)]
        return True
    def __del__(self): print("del", self.n)
a = {1: V(1), 2: V(2), 3: V(3)}
b = {1: V(4), 2: V(5), 3: V(6)}
print(a == b)
print("done")
