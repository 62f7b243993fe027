# A list modified while it sorts is a ValueError even when the change was
# undone (an append, then a pop): CPython's list is empty with no buffer
# during the sort, and any buffer it gets means a modification. Clearing
# it gives it none, so that goes unnoticed, as in CPython.
# (Differential fuzzer: a key function whose str() appended and popped.)
G = [3, 1, 2]


def key(x):
    G.append(0)
    G.pop()
    return x


try:
    G.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(G)

H = [3, 1, 2]


def grow(x):
    H.append(9)
    return x


try:
    H.sort(key=grow)
except ValueError as e:
    print("ValueError", e)
print(H)


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        L.clear()
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


L = [K(3), K(1), K(2)]
L.sort()
print(L)
