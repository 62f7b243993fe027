class N:
    def __index__(self):
        for i in range(3): pass
        return 2
class A:
    def __len__(self):
        return N()
print(len(A()))
print(bool(A()))
