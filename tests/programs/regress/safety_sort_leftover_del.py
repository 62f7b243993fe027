L = [3, 1, 2]
class Y:
    pass
class X:
    def __del__(self):
        L.append(Y())     # runs while the sort is restoring the list
def key(v):
    if v == 1:
        L.append(X())
    return v
try:
    L.sort(key=key)
except ValueError as e:
    print('ValueError', e)
print([type(x).__name__ if not isinstance(x, int) else x for x in L])
for i in range(3): pass
