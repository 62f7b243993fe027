# dict methods.
stock = {"apple": 3, "pear": 0}
stock["fig"] = 12
print(stock, len(stock), "apple" in stock, "kiwi" in stock, "kiwi" not in stock)
print("get:", stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", -1))
print("keys:", list(stock.keys()), "values:", list(stock.values()), "items:", list(stock.items()))
print("setdefault:", stock.setdefault("apple", 100), stock.setdefault("kiwi", 7), stock)
stock.update({"pear": 5, "plum": 2})
stock.update([("date", 9)])
stock.update(lime=4)
print("update:", stock)
print("pop:", stock.pop("plum"), stock.pop("nothing", "default"), stock)
print("popitem:", stock.popitem(), stock.popitem(), stock)
copy = stock.copy()
copy["apple"] = 0
print("copy:", stock["apple"], copy["apple"], copy is stock)
del stock["pear"]
print("del:", stock)
stock["apple"] = 30
print("overwrite keeps position:", list(stock))
del stock["apple"]
stock["apple"] = 1
print("delete and re-add moves to the end:", list(stock))
copy.clear()
print("clear:", copy, len(copy))
try:
    stock["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    stock.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print("equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print("mixed keys:", {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"})
print("views are live:")
d = {"x": 1}
keys = d.keys()
values = d.values()
d["y"] = 2
print(" ", list(keys), list(values), len(keys), "y" in keys)
# Iterating and building.
text = "one two three two one two four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print("counts:", counts)
by_count = {}
for w, n in counts.items():
    by_count.setdefault(n, []).append(w)
print("by count:", by_count)
for n in sorted(by_count, reverse=True):
    print(" ", n, by_count[n])
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
nested["a"]["e"] = [3]
print("nested:", nested, nested["a"]["b"].get("c"))
inverse = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverse.setdefault(v, []).append(k)
print("inverse:", inverse)
merged = dict({"a": 1, "b": 2})
merged.update({"b": 20, "c": 30})
print("merged:", merged, sorted(merged.items(), key=lambda kv: -kv[1]))
for k in list(merged):
    if merged[k] > 10:
        del merged[k]
print("filtered while iterating over a copy of the keys:", merged)
try:
    for k in merged:
        merged["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
