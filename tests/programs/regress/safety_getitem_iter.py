class S:
    def __getitem__(self, i):
        for j in range(3): pass
        if i >= 3: raise IndexError
        return i * 10
for x in S():
    print(x)
