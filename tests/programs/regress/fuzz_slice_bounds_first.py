# Found by the differential fuzzer (a hang): slice assignment converts the
# slice's bounds before iterating the value, as CPython's
# list_ass_subscript, so a bad bound is a TypeError even when the value
# never ends; the slice is resolved against the list's length after.
G = []
class Endless:
    def __getitem__(self, i):
        G.append(i)
        return i
class Idx:
    def __index__(self):
        print("index"); return 1
class Shrink:
    def __init__(self, l): self.l = l
    def __iter__(self):
        self.l.clear()
        return iter([7, 8])
for stmt in ["x = [1, 2, 3]; x[1:[]] = Endless()", "x = [1, 2, 3]; x[::[]] = Endless()", "x = [1, 2, 3]; x[Idx():] = [9]; print(x)",
             "x = [1, 2, 3, 4]; x[1:3] = Shrink(x); print(x)", "x = [1, 2, 3]; x[::0] = []", "x = [1,2,3]; del x[1:'a']"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(len(G))

for stmt in ["x = bytearray(b'abc'); x[1:[]] = Endless()", "x = bytearray(b'abc'); x[::[]] = Endless()"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
