# Regression (found in review): slice assign iter mutates. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        return self.v == o.v
d = {K(1): 1}
n = 0
for i in range(3000):
    n += d[K(1)]
print(n)
