# Differential-fuzzer findings: bytes/bytearray repeat by an __index__ object
# (either side), d |= <any update argument>, and an __index__ that returns a
# bool is taken (with CPython's DeprecationWarning on stderr).
class C:
    def __index__(self): return 2
print(b"ab" * C(), C() * b"x", bytearray(b"q") * C(), C() * "ab", C() * [1])
d = {1: 2}
d |= [(3, 4)]
print(d)
try:
    d |= 5
except TypeError as e: print(e)
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return "v"
d |= M(); print(d)
try:
    d |= [(1, 2, 3)]
except ValueError as e: print(e)
class B:
    def __index__(self):
        return True
print([1, 2][B()], b"ab" * B(), range(5)[B()])
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print((1, 2, 3)[B()])
print(len(caught), caught[0].category.__name__ if caught else None)
warnings.simplefilter("error")
try:
    [1, 2][B()]
except DeprecationWarning as e:
    print("raised", str(e)[:40])
