# A dict display whose key is unhashable releases the keys and values it
# had evaluated top first, as CPython's BUILD_MAP unwinding pops them
# (differential-fuzzer finding: a __del__ that counts saw another order).
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


try:
    {[]: A(0), A(1): A(2)}
except TypeError as e:
    print("TypeError", e)
d = {1: A(3), 1: A(4)}
print(d[1].n)
del d
print("end")
