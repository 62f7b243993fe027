class A:
    def __str__(self):
        s = 0
        for i in range(10):
            s += i
        return "A" + str(s)
print('%s' % A())
class F:
    def __format__(self, spec):
        s = 0
        for i in range(10):
            s += i
        return "F" + str(s) + spec
print('{:xy}'.format(F()))
class H:
    def __hash__(self):
        s = 0
        for i in range(10):
            s += i
        return s
    def __eq__(self, o): return self is o
print(len({H(), H(), 1, 2}))
