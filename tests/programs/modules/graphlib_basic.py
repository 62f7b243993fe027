# graphlib: TopologicalSorter orders, the ready/done protocol, cycles.
from graphlib import TopologicalSorter, CycleError
import graphlib

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "tests": ["app", "lib"],
    "docs": [],
    "config": [],
}
print(list(TopologicalSorter(deps).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3],
                              11: [7, 5], 8: [7, 3]}).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4)
ts.add(3, 5)
ts.add(1, 0)
print(list(ts.static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({1: []}).static_order()))
print(list(TopologicalSorter({i: [i + 1] for i in range(50)}).static_order())[:5])
print(list(TopologicalSorter({(1, 2): [(0, 1)], (0, 1): []}).static_order()))

# the ready/done protocol
ts = TopologicalSorter(deps)
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    for node in ready:
        ts.done(node)
    step += 1
print(bool(ts), ts.get_ready())

# errors
ts = TopologicalSorter({"a": ["b"]})
for call in (ts.get_ready, ts.is_active, lambda: ts.done("a")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add("x"), lambda: ts.done("a"),
             lambda: ts.done("zzz")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready())
ts.done("b")
try:
    ts.done("b")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
try:
    TopologicalSorter({"a": ["b"]}).add(["unhashable"])
except TypeError as e:
    print("TypeError")

# cycles
cases = [
    {1: [2], 2: [1]},
    {1: [1]},
    {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]},
    {"x": ["y"], "y": ["z"], "z": ["x"], "w": ["x"]},
    {0: [1, 2], 1: [3], 2: [3], 3: [4], 4: [2]},
    {"a": ["b", "c"], "b": [], "c": ["d"], "d": ["e"], "e": ["c", "f"], "f": []},
]
for g in cases:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))
    order = []
    while ts.is_active():
        ready = ts.get_ready()
        if not ready:
            break
        order.extend(ready)
        ts.done(*ready)
    print("  before cycle:", order)
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("  static_order:", e.args[1])

print(TopologicalSorter[str], graphlib.__all__)
print(CycleError.__mro__[1].__name__)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
