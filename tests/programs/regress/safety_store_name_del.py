class D:
    def __del__(self):
        for i in range(3): pass
x = D()
x = [1]          # StoreName: the popped new value is unrooted while D.__del__ runs
print(x)
