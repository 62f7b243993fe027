class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        for i in range(3): pass
        self.n += 1
        if self.n > 2: raise StopIteration
        return [self.n]
def f(a, b): return (a, b)
print(list(map(f, It(), It())))
