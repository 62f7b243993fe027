class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        for i in range(3): pass
        return hash(self.v)
    def __eq__(self, o):
        for i in range(3): pass
        return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H(%r)' % self.v
d = {H(1): 1, H(2): 2}
print(len(d.copy()))
