class It:
    def __iter__(self):
        for i in range(3): pass
        return iter([1, 2])
print(list(enumerate(It(), int('9' * 25))))
print(list(zip([1, 2], It())))
print(list(map(lambda a, b: a + b, [1, 2], It())))
