class D:
    def __del__(self):
        for i in range(3): pass
a, b = D(), D()
s = {a, b}
t = {a}
del a, b
s &= t
print(len(s))
