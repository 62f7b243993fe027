# Subscripting classes: list[int] and friends are types.GenericAlias;
# a class's own __class_getitem__; other classes are not subscriptable.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
class P:
    def __class_getitem__(cls, i):
        return (cls.__name__, i)
print(P[int])
class Q: pass
try:
    Q[int]
except TypeError as e:
    print(e)
print(list[int]("ab"), list[int] == list[int])
