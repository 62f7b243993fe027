# reversed() of a sequence without __reversed__ is lazy (CPython's reversed
# object): one __getitem__ per step, IndexError ends it, its length hint
# asks len() again; str, bytes, bytearray and big ranges alike.
class S:
    def __getitem__(self, i):
        print("get", i)
        if i == 1: raise IndexError
        return i
    def __len__(self):
        return 3
r = reversed(S())
print(next(r))
print(list(r))
print(list(r))
b = bytearray(b"abc"); r = reversed(b); print(next(r)); b.clear(); print(list(r))
print(list(reversed("héllo")), list(reversed(b"xy")), list(reversed(range(10**20, 10**20 + 3))))
class NoGet:
    def __len__(self): return 1
try: reversed(NoGet())
except TypeError as e: print(e)
r = reversed("abc"); print(type(r).__name__, r.__length_hint__())

# Exhausted, both kinds of sequence iterator let their sequence go.
class S:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
    def __len__(self): return 2
    def __del__(self): print("S freed")
it = iter(S())
print(list(it))
print("after exhaust")
r = reversed(S())
print(list(r))
print("after reversed")
del it, r
print("end")
