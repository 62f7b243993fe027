# Regression (found in review): iterator rooting. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        for _ in range(3000): pass
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))
def key(x):
    for _ in range(3000): pass
    return -x
print(min([1, 2, 3], key=key))
