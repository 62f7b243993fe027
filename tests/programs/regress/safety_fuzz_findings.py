# Minimised programs from fuzz/differential (each once failed under
# --stress-gc --verify-heap or hung).
import gc
G = []
class C0:
    def __init__(self, v=0):
        self.v = v
    def __del__(self):
        gc.collect()
def out(*a):
    print(*a)
try:
    out(max(None, slice(-2, C0(-1)), default=0))
except TypeError as e:
    print("TypeError", e)
class C1:
    def __init__(self, v=0):
        self.v = v
    def __del__(self):
        for i in range(3):
            G.append(i)
try:
    v5 = {[]: {}, C1(2): []}
except TypeError as e:
    print("TypeError", e)
D = {}
class C2:
    def __getitem__(self, i):
        D[len(D)] = G
    def __len__(self):
        return -1
try:
    v5, *v2 = C2()
except ValueError as e:
    print("ValueError", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
print(len(G))
class C3:
    def __init__(self, v=0):
        self.v = v
    def __del__(self):
        for i in range(2):
            G.append(i)
    def __eq__(self, o):
        return False
try:
    v7 = set([C3(0)])
except TypeError as e:
    print("TypeError", e)
class C4:
    def __getitem__(self, i):
        G.append(None)
try:
    v7 = {**set([C4()]), 2: 0}
except TypeError as e:
    print("TypeError", e)
print(len(G))
