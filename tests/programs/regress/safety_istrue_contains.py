class B:
    def __bool__(self):
        for i in range(3): pass
        return True
class C:
    def __contains__(self, x): return B()
print(1 in C())
