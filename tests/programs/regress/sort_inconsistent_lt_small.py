# Regression (found in review): sort inconsistent lt small. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        for _ in range(5000): pass
        return self.v == o.v
d = {K(1): 1}
print(d[K(1)])
