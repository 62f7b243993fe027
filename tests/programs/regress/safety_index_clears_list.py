L = [object() for i in range(5)]
L[0] = "hello" * 3
class I:
    def __index__(self):
        L.clear()
        return 0
try:
    print(L[I()])
except IndexError as e:
    print("IndexError", e)
