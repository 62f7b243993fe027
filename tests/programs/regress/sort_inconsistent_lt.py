# Regression (found in review): sort inconsistent lt. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] >> 16
class R:
    def __lt__(self, o): return rnd() % 2 == 0
for n in (20, 50, 200, 1000):
    L = [R() for i in range(n)]
    L.sort()
    print("ok", len(L))
