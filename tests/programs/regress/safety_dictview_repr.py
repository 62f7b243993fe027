class A:
    def __repr__(self):
        for i in range(3): pass
        return 'A'
d = {1: A(), 2: A()}
print(repr(d.values()))
print(repr(d.items()))
