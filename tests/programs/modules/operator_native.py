# operator's functions are C in CPython (`_operator`): a call makes no
# frame, so a dunder they reach sees CPython's reference counts, and their
# argument errors are the C ones.
import operator
import sys


class E:
    def __eq__(self, o):
        print(" eq", sys.getrefcount(self), sys.getrefcount(o))
        return False

    def __add__(self, o):
        print(" add", sys.getrefcount(self), sys.getrefcount(o))
        return 0

    def __lt__(self, o):
        print(" lt", sys.getrefcount(self), sys.getrefcount(o))
        return False

    def __iadd__(self, o):
        print(" iadd", sys.getrefcount(self), sys.getrefcount(o))
        return self

    __hash__ = object.__hash__


a, b = E(), E()
print(operator.eq(a, b), operator.add(a, b), operator.lt(a, b), operator.iadd(a, b) is a)
print(operator.contains([a], b), operator.truth(a), operator.not_(a), operator.is_(a, a), operator.is_not(a, b))
print(operator.pow(2, 10), operator.ipow(2, 3), operator.mod(7, 3), operator.neg(5), operator.inv(5))
d = {}
operator.setitem(d, "k", 1)
print(operator.getitem(d, "k"), operator.delitem(d, "k"), d)
print(operator.add, operator.add.__name__, operator.__add__ is operator.add)
for f, args in [(operator.add, (1,)), (operator.neg, ()), (operator.truth, (1, 2)),
                (operator.setitem, (1,)), (operator.is_, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    operator.add(1, b=2)
except TypeError as e:
    print(e)
