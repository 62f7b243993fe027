# Regression (found in review): slice assign extended. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
L = [1, 2, 3, 4]
class It:
    def __iter__(self): return self
    def __init__(self): self.done = False
    def __next__(self):
        if self.done: raise StopIteration
        self.done = True
        L.clear()
        return 9
L[1:3] = It()
print(L)
