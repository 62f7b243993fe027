class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        for i in range(3): pass
        return hash(self.v)
    def __eq__(self, o):
        for i in range(3): pass
        return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H(%r)' % self.v
print(len(dict.fromkeys([H(1), H(2), H(3)])))
