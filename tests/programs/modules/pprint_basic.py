# pprint: containers, widths, indent, depth, compact, sort_dicts.
import pprint

data = {
    "name": "ouro",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": (3, 4, 5)}], "b": {"x": None, "y": True}},
    "tuple1": (1,),
    "empty": [[], {}, (), set(), frozenset()],
    "floats": [1.5, -0.0, 1e100, float("inf")],
    3: "int key",
}
try:
    pprint.pprint(data)
except TypeError as e:
    print("TypeError", e)
data.pop(3)
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=3, width=30)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
pprint.pp({"z": 1, "a": 2, "m": [3] * 40})

print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(40)), indent=3, compact=True, width=50))
print(pprint.pformat([[1, 2, 3] * 5, [4, 5] * 10, "x" * 50], compact=True,
                     width=40))
print(pprint.pformat([list(range(12))] * 4, width=30, indent=2))
print(pprint.pformat(("a" * 30, ("b" * 30, ("c" * 30,))), width=40))
print(pprint.pformat(((1, 2, 3) * 10,), width=30))
print(pprint.pformat([1, 2, 3], width=1))

# sets and frozensets (sorted items)
print(pprint.pformat(set(range(30))))
print(pprint.pformat(frozenset(range(30))))
print(pprint.pformat({frozenset({1, 2}), frozenset({3})}))
print(pprint.pformat([set(range(25)), frozenset(range(5, 30))], width=40))
class MySet(set):
    pass
print(pprint.pformat(MySet(range(30)), width=40))
print(pprint.pformat(set(), width=1), pprint.pformat(frozenset(), width=1))

# mixed unorderable keys: sorted by type name (int before str)
print(pprint.pformat({1: "one", 2: "two", None: 0}, width=10).count("\n"))
mixed = {"b": 1, "a": 2, 3: 4, 1: 5}
print(pprint.pformat(mixed, width=10))
print(pprint.pformat({(1, 2): "x", (0, 5): "y", (1, 0): "z"}))

# numbers
print(pprint.pformat([10**12, 1234567, -98765, 3.5, True],
                     underscore_numbers=True))
print(pprint.pformat({"big": 2**70}, underscore_numbers=True, width=10))
print(pprint.pformat(12345678901234567890))

# PrettyPrinter object and errors
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint({"k%d" % i: list(range(i)) for i in range(8)})
print(pp.pformat([[[[[1]]]]]))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)

import io
buf = io.StringIO()
pprint.pprint({"to": "stream"}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=5).pprint([1, 2])
print(repr(buf.getvalue()))

class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
Sub(width=20).pprint(["abc", {"key": "value", "other": ["x", "y", "z"]}])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
