class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __del__(self):
        for i in range(3): pass
d = {K(1): [10], K(2): [20]}
print(d.pop(K(1)))        # key's __del__ runs while the popped value is held unrooted
del d[K(2)]
print(d)
