# Found by the differential fuzzer: a class with neither __new__ nor __init__
# refuses arguments before an instance is made (object.__new__'s check), so
# no instance is made and none is finalized.
G = []
class C0:
    def __del__(self):
        G.append("del")
try:
    C0(1)
except TypeError as e:
    print(e, G)
class C1(C0):
    pass
try:
    C1(x=1)
except TypeError as e:
    print(e, G)
class E(Exception):
    def __del__(self): G.append("E del")
print(E(1).args, G)
class S:
    __slots__ = ("a",)
try: S(1)
except TypeError as e: print(e)
class P(tuple):
    def __del__(self): G.append("P del")
print(P([1]), G)
