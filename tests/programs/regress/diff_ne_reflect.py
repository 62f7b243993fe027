# Regression (differential testing against python3): ne_reflect.
class Cmp:
    def __init__(self, x): self.x = x
    def __eq__(self, o): print("eq", self.x, o.x); return NotImplemented
print(Cmp(1) != Cmp(2))
