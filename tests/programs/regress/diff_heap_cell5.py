# Regression (differential testing against python3): heap_cell5.
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2):
        def f(self):
            return super().f()
except TypeError as e:
    print("TE")
print("ok")
