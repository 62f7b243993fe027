class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2
print(dict(M()), {**M()})
d = {}
d.update(M())
print(d)
def g(**k):
    return sorted(k.items())
print(g(**M()))
for f in [lambda: {**{1, 2}}, lambda: {**[1]}]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
