# A class's __dict__ is a read-only mappingproxy over the class's dict,
# made afresh at each read; vars(cls) and types.MappingProxyType alike.
import types


class C:
    x = 1

    def m(self):
        pass


p = C.__dict__
print(type(p).__name__, type(p) is types.MappingProxyType, type(p))
print(p["x"], "x" in p, "y" in p, p.get("y", "dflt"), sorted(k for k in p if not k.startswith("__")))
print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__, vars(C) == p)
for stmt in ["p['y'] = 2", "del p['x']", "p.x = 1", "p |= {}", "hash(p)"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
C.y = 2
print(p["y"], len(p) == len(C.__dict__))
print(sorted((p | {"z": 3}).keys())[-3:], type(p.copy()).__name__)
m = types.MappingProxyType({"a": 1})
print(m, repr(m), str(m), list(m.items()), list(reversed(m)))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, int.__dict__["bit_length"])
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)

# A dict view's mapping is a read-only view of its dict.
d = {"a": 1, "b": 2}
k = d.keys()
print(k.mapping, d.values().mapping, d.items().mapping == d, type(k.mapping).__name__)
d["c"] = 3
print(k.mapping["c"], len(k.mapping), list(k.mapping))
try:
    k.mapping["z"] = 1
except TypeError as e:
    print(e)
