class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        for i in range(3): pass
        return hash(self.v)
    def __eq__(self, o):
        for i in range(3): pass
        return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H(%r)' % self.v
s = {H(1), H(2)}
s.intersection_update([H(1)])
print(len(s))
