class It:
    def __iter__(self):
        for i in range(3): pass
        return iter([1, 2])
print(list(map(lambda a, b: a + b, [1, 2], It())))
