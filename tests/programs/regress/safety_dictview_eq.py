class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        for i in range(300): pass
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
a = {}; a[H(1)] = 1
b = {}; b[H(1)] = 2
print(a.keys() == b.keys())
