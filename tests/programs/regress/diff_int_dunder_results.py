# Regression (differential fuzzer): int() checks what __int__/__index__ return.
import warnings
warnings.simplefilter("always")
class C:
    def __index__(self):
        return 1.5
class I:
    def __int__(self):
        return "x"
class B:
    def __int__(self):
        return True
class J:
    def __index__(self):
        return False
class K:
    def __int__(self):
        return 7
for o in (C(), I(), B(), J(), K()):
    try:
        r = int(o)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
