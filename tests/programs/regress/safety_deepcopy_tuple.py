import copy
class D:
    def __deepcopy__(self, memo):
        for i in range(3): pass
        return D()
t = ([1, 2], D())
c = copy.deepcopy(t)
print(c[0], type(c[1]).__name__)
