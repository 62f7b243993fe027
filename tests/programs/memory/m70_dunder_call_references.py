# The references CPython holds while it calls into a dunder: object.__ne__
# reaches __eq__ through an argument tuple and a slice of it; tuple.index
# and tuple.count lend their items (a list holds each for the call);
# format() and f-strings bind object.__format__, which holds the object
# while __str__ runs; %x asks only __index__.
import sys


class E:
    def __init__(self, name):
        self.name = name

    def __eq__(self, o):
        print(" eq", self.name, sys.getrefcount(self), sys.getrefcount(o))
        return False

    __hash__ = object.__hash__


a, b, c = E("a"), E("b"), E("c")
print("a != b:", a != b)
print("a.__ne__(b):", a.__ne__(b))
print("E.__ne__(a, b):", E.__ne__(a, b))
t = (a, b, c)
print("tuple.index")
try:
    t.index(c)
except ValueError:
    print(" not found")
print("tuple.count:", t.count(c))
L = [a, b, c]
print("list.index")
try:
    L.index(E("d"))
except ValueError:
    print(" not found")
print("list.count:", L.count(c))


class F:
    def __str__(self):
        print(" str", sys.getrefcount(self))
        return "F"


f = F()
print("format:", format(f))
print("f-string:", f"{f}")
print("str:", str(f))
print("format spec:", format(f, ""))


class X:
    def __index__(self):
        print(" index")
        return 255

    def __int__(self):
        print(" int")
        return 254


print("%x %X %o" % (X(), X(), X()))
print("%d %i" % (X(), X()))
