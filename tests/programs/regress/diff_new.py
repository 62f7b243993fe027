# Regression (differential testing against python3): new.
class Single:
    _inst = None
    def __new__(cls, *a):
        print("new called", a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.v)
