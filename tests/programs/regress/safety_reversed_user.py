class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        for j in range(3): pass
        return [i]
print(list(reversed(S())))
