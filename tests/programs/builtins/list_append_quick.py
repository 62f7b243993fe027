# l.append(x) on an exact list runs without the builtin call's argument
# handling (CPython's CALL_NO_KW_LIST_APPEND): the same results,
# references, errors, and a subclass's own append still called.
import sys


class Tracked(list):
    def append(self, x):
        print("Tracked.append", x)
        super().append(x * 10)


l = []
for i in range(5):
    l.append(i)
print(l)
obj = object()
before = sys.getrefcount(obj)
l.append(obj)
print(sys.getrefcount(obj) - before)
l.pop()
print(sys.getrefcount(obj) - before)
t = Tracked()
t.append(3)
list.append(t, 4)
print(t)
list.append(l, "x")
print(l[-1])
app = l.append
app("bound")
print(l[-2:])
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    l.append()
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
nested = [[]]
nested[0].append(nested)
print(len(nested[0]), nested[0][0] is nested)
big = []
for i in range(10000):
    big.append([i])
print(len(big), sum(x[0] for x in big))
