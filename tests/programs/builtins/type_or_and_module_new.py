# type.__or__ and type.__ror__ are attributes (types.UnionType), and a
# module made by types.ModuleType has module_init's dict.
import types

print(hasattr(type, "__or__"), hasattr(type, "__ror__"))
print(type.__or__(int, str), type.__ror__(int, str))


class A:
    pass


print(A.__or__(None), A | None, None | A, A.__ror__(int))
print(type.__or__(int, 5), type.__ror__(int, "x"))
print((int | str) == (str | int), int | int)
try:
    int | 5
except TypeError as e:
    print(e)
m = types.ModuleType("x")
print(m.__dict__)
print(types.ModuleType("y", "the doc").__doc__, repr(m))
m.attr = 5
print(sorted(k for k in vars(m) if not k.startswith("__")), m.attr)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
