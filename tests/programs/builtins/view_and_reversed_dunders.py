# The dunders of dict views, list, dict and range as attributes (the
# differential fuzzer's getattr(view, '__len__') found none).
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
for view in (k, v, i):
    name = type(view).__name__
    print(name, view.__len__(), list(view.__iter__()), list(view.__reversed__()))
    print(name, sorted(n for n in ("__len__", "__iter__", "__reversed__", "__contains__",
                                   "__and__", "__or__", "__sub__", "__xor__", "__rand__")
                       if hasattr(view, n)))
print(k.__contains__("a"), k.__contains__("z"), i.__contains__(("b", 2)))
print(sorted(k.__and__({"a", "z"})), sorted(k.__or__(["z"])), sorted(k.__sub__("ab")),
      sorted(k.__xor__({"a", "q"})), sorted(k.__rand__({"c"})), sorted(k.__rsub__({"c", "x"})))
print(sorted(i.__and__({("a", 1), ("b", 5)})), k.__or__(5) if False else "")
try:
    k.__and__(5)
except TypeError as e:
    print("TypeError", e)
print(list([1, 2, 3].__reversed__()), list(d.__reversed__()), list(range(5).__reversed__()))
print(range(0).__bool__(), range(3).__bool__(), list(range(10, 0, -3).__reversed__()))


class L(list):
    pass


print(list(L([4, 5, 6]).__reversed__()), list(reversed(L([7, 8]))))
print(type([].__reversed__()).__name__, type(d.__reversed__()).__name__ == type(reversed(d)).__name__)
for bad in ((), "ab", 5):
    try:
        list.__reversed__(bad)
    except TypeError as e:
        print("TypeError", e)
