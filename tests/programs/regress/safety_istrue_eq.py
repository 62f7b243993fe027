class B:
    def __bool__(self):
        for i in range(3): pass
        return True
class A:
    def __eq__(self, o): return B()
print([A()] == [1])
