class D:
    def __del__(self):
        for i in range(300): pass
L = [[1], D()]
del L[:]
print('ok')
