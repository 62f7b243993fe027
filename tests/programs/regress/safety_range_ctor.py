class I:
    def __index__(self):
        for i in range(3): pass
        return 10
s = int('5')
print(list(range(s * 1000, I())))
print(list(range(2, I())))
