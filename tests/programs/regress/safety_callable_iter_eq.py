class S:
    def __eq__(self, o):
        for i in range(3): pass
        return False
n = [0]
def f():
    n[0] += 1
    if n[0] > 3: return S.stop
    return [n[0]]
S.stop = S()
class Stop:
    pass
def g():
    n[0] += 1
    return [n[0]] if n[0] < 4 else 'end'
class T:
    def __eq__(self, o):
        for i in range(3): pass
        return o == 'end'
print(list(iter(g, T())))
