# Found by the differential fuzzer: a starred unpacking takes the targets
# before the star by next() (too few is the error before anything else is
# asked), then the rest as list() does; a __getitem__ iterator's length hint
# is its sequence's len(), as CPython's iter_len.
class S:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
    def __len__(self):
        print("len called")
        return self.n
for n in [0, 1, 3]:
    try:
        a, *b = S(n); print(a, b)
    except ValueError as e: print(e)
    try:
        a, *b, c = S(n); print(a, b, c)
    except ValueError as e: print(e)
    try:
        *a, = S(n); print(a)
    except ValueError as e: print(e)
def g():
    yield 1; yield 2; yield 3
x, *y, z = g(); print(x, y, z)
try:
    a, b, *c = iter([1])
except ValueError as e: print(e)
class S2:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
    def __len__(self):
        print("len"); return 3
print(list(iter(S2())), tuple(iter(S2())), list(S2()))
