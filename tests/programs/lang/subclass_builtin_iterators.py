# map, filter, zip, enumerate and reversed can be subclassed; the other
# builtin iterators cannot.
import gc


class MyMap(map):
    pass


m = MyMap(lambda x: x + 10, range(4))
print(type(m).__name__, list(m), isinstance(m, map), list(m))


class Scaled(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


print(list(Scaled("abc")), list(Scaled("xy", 5)))


class Z(zip):
    extra = 1


z = Z([1, 2], [3, 4], strict=True)
z.attr = 5
print(list(z), z.extra, z.attr, vars(z))
try:
    list(Z([1], [], strict=True))
except ValueError as e:
    print(e)


class R(reversed):
    pass


print(list(R([1, 2, 3])), list(R(range(3))))


class F(filter):
    def __init__(self, *args):
        self.seen = args[0]


f = F(None, [0, 1, 2, 0, 3])
print(list(f), f.seen)
for x in MyMap(str, [1, 2]):
    print(repr(x))
print(next(MyMap(len, ["abc"])), next(iter(MyMap(len, ["ab"]))))

for t in (type(iter([])), type(iter(range(1))), type(iter({}))):
    try:
        class Bad(t):
            pass
    except TypeError as e:
        print(e)


# A subclass instance with a __dict__ can sit in a cycle.
class C(map):
    def __del__(self):
        print("C freed")


c = C(len, ["ab"])
c.me = c
del c
print(gc.collect() >= 1)
