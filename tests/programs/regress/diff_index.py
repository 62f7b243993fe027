# Regression (differential testing against python3): index.
class N:
    def __index__(self): return 1
print([10, 20][N()], hex(N()), list(range(N())), "ab" * N())
