class It:
    def __iter__(self):
        for i in range(3): pass
        return iter([1, 2])
print(list(zip([1, 2], It())))
