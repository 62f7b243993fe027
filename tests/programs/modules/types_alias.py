# list[int] and friends: builtin generic types subscripted (PEP 585).
import types


class Node:
    pass


class Box:
    # A user class that is generic the way the standard library's are.
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, item=None):
        self.item = item


print(list[int], dict[str, list[int]], tuple[int, ...])
print(type[int], set[str], frozenset[bytes], tuple[()], tuple[int, str])
print(list[Node], dict[str, Node], list[list[Node]], type[Node])
print(dict[str, tuple[int, ...]], list[None], list['Node'])
a = list[int]
print(type(a), type(a) is types.GenericAlias, isinstance(a, types.GenericAlias))
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, int].__args__, tuple[()].__args__, tuple[int, ...].__args__)

print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(dict[str, int] == dict[str, int], dict[str, int] != dict[int, str])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], set[int]}))
print(list[int] == types.GenericAlias(list, (int,)))

print(list[int]("ab"), dict[str, int](x=1), tuple[int, ...]([3, 4]))
print(set[int]([1, 1, 2]), frozenset[int]([5]), type[int](7))

print(list[int] | None, int | dict[str, int], list[int] | tuple[int, ...])
print(type(list[int] | None).__name__, (list[int] | None).__args__)

print(Box[int], Box[int, str], Box[list[int]])
b = Box[int](5)
print(b.item, b.__orig_class__, type(b).__name__)
print(Box[int] == Box[int], Box[int].__origin__ is Box)


def first(xs: list[int]) -> int | None:
    return xs[0] if xs else None


print(first([4, 5]), first([]))

# Pre-declared aliases, as programs write them.
Matrix = list[list[float]]
Registry = dict[str, list[Node]]
print(Matrix, Registry)
m = Matrix([[1.0, 2.0]])
print(m, type(m))
