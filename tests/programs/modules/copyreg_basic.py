# copyreg: dispatch_table, reconstruction helpers, slot names, extensions.
import copyreg

print(copyreg.__all__)
print(complex in copyreg.dispatch_table, type(int | str) in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](3 + 4j))
f, args = copyreg.dispatch_table[type(int | str)](int | str | None)
print(f.__name__, args[1], f(*args))
print(copyreg.pickle_complex(-1.5j))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def reduce_point(p):
    return Point, (p.x, p.y)

copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
copyreg.pickle(Point, reduce_point, Point)
for bad in ((Point, 42), (Point, reduce_point, "not callable")):
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    copyreg.constructor(None)
except TypeError as e:
    print("TypeError:", e)
copyreg.constructor(len)

p = Point(1, 2)
func, fargs = copyreg.dispatch_table[Point](p)
q = func(*fargs)
print(type(q).__name__, q.x, q.y)

obj = copyreg.__newobj__(Point)
print(type(obj).__name__, hasattr(obj, "x"))
class KW:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self
k = copyreg.__newobj_ex__(KW, (1,), {"b": 2})
print(k.a, k.b)

class MyList(list):
    pass
r = copyreg._reconstructor(MyList, list, [1, 2, 3])
print(type(r).__name__, r)
r = copyreg._reconstructor(Point, object, None)
print(type(r).__name__, vars(r))

p = Point(5, 6)
rv = copyreg._reduce_ex(p, 1)
print(rv[0] is copyreg._reconstructor, rv[1], rv[2])
obj = rv[0](*rv[1])
obj.__dict__.update(rv[2])
print(obj.x, obj.y)
ml = MyList([7, 8])
ml.tag = "t"
rv = copyreg._reduce_ex(ml, 0)
print(rv[1][1:], rv[2])
rv = copyreg._reduce_ex(MyList([1]), 0)
print(len(rv), rv[1][1:])
class Slotted:
    __slots__ = ("a",)
try:
    copyreg._reduce_ex(Slotted(), 1)
except TypeError as e:
    print("TypeError:", e)

class Base:
    __slots__ = ("a", "__private", "__dict__")
class _Under(Base):
    __slots__ = "__hidden"
class Child(_Under):
    __slots__ = ["c", "__weakref__", "__dunder__"]
class NoSlots:
    pass
for cls in (Base, _Under, Child, NoSlots, int):
    print(cls.__name__, copyreg._slotnames(cls))
print(Child.__dict__.get("__slotnames__"))
class ___:
    __slots__ = ("__x",)
print(copyreg._slotnames(___))

copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in (("mod", "name", 241), ("other", "x", 240), ("m", "n", 0),
             ("m", "n", 2 ** 31)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError:", e)
copyreg._extension_cache[240] = "cached"
copyreg.remove_extension("mod", "name", 240)
print(copyreg._extension_registry, copyreg._extension_cache)
try:
    copyreg.remove_extension("mod", "name", 240)
except ValueError as e:
    print("ValueError:", e)
copyreg._extension_cache[1] = 1
copyreg.clear_extension_cache()
print(copyreg._extension_cache)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
