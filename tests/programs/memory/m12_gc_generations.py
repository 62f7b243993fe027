# Item 12: three generations, thresholds (700, 10, 10), counts, tracking.
# corpus: skip-stress
import gc

print(gc.get_threshold())
gc.collect()
c0 = gc.get_count()
a = []; b = []; c = []
c1 = gc.get_count()
d = {}
c2 = gc.get_count()
e = (a, b)
c3 = gc.get_count()
print("counts:", c0, c1, c2, c3)
gc.collect(0); print("after collect(0):", gc.get_count())
gc.collect(0); print("after collect(0):", gc.get_count())
gc.collect(1); print("after collect(1):", gc.get_count())
gc.collect(2); print("after collect(2):", gc.get_count())


class A:
    pass


def f():
    pass


cases = [("1", 1), ("'text'", "text"), ("3.5", 3.5), ("None", None), ("[]", []),
         ("A()", A()), ("{}", {}), ("{'a': 1}", {"a": 1}), ("{'a': []}", {"a": []}),
         ("()", ()), ("(1, [])", (1, [])), ("f", f), ("A", A), ("set()", set()),
         ("frozenset()", frozenset()), ("range(3)", range(3)), ("object()", object())]
for text, value in cases:
    print("is_tracked(%s) = %s" % (text, gc.is_tracked(value)))

t = (1, 2)
print("tuple of atoms:", gc.is_tracked(t), end=" ")
gc.collect()
print("-> after a collection:", gc.is_tracked(t))
d = {"a": 1}
print("dict of atoms:", gc.is_tracked(d), end=" ")
d["b"] = []
print("-> holding a list:", gc.is_tracked(d), end=" ")
d["b"] = 1
print("-> list replaced:", gc.is_tracked(d), end=" ")
gc.collect(1)
print("-> collect(1):", gc.is_tracked(d), end=" ")
gc.collect()
print("-> full collection:", gc.is_tracked(d))

objs = gc.get_objects()
print("the list a is among get_objects():", any([o is a for o in objs]))
print("an untracked dict is not:", any([o is {} for o in objs]))
print("a is in the oldest generation:", any([o is a for o in gc.get_objects(2)]))
stats = gc.get_stats()
print(len(stats), list(stats[0]))
print(gc.isenabled(), end=" ")
gc.disable()
print(gc.isenabled(), end=" ")
gc.enable()
print(gc.isenabled())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.get_debug())
