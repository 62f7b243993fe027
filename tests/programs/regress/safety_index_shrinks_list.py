L = [1,2,3]
class I:
    def __index__(self):
        L.clear()
        return 1
for f in [lambda: L.pop(I()), lambda: L.__setitem__(I(), 1), lambda: L.__delitem__(I())]:
    L[:] = [1,2,3]
    try:
        print(f())
    except IndexError as e:
        print("IndexError", e)
L[:] = [1,2,3]
try:
    L[I()] = 1
except IndexError as e:
    print("IndexError", e)
L[:] = [1,2,3]
try:
    del L[I()]
except IndexError as e:
    print("IndexError", e)
