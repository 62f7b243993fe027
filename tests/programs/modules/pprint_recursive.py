# pprint: recursive structures, saferepr, isreadable, isrecursive.
import pprint
import re
import dataclasses

def hide_ids(s):
    return re.sub(r"id=\d+", "id=N", s)

a = [1, 2]
a.append(a)
d = {"self": None, "list": a}
d["self"] = d
t = (a, d)

for obj in (a, d, t):
    print(hide_ids(pprint.saferepr(obj)))
    print(pprint.isreadable(obj), pprint.isrecursive(obj))
    print(hide_ids(pprint.pformat(obj, width=20)))

shared = [1, 2, 3]
notrec = [shared, shared, {"s": shared}]
print(pprint.saferepr(notrec), pprint.isrecursive(notrec),
      pprint.isreadable(notrec))
print(pprint.pformat(notrec, width=15))

for obj in (1, "s", b"b", 1.5, None, True, 3j, [1, (2,)], {1: {2: ()}},
            object, len, pprint, Ellipsis, {1, 2}, frozenset()):
    print(type(obj).__name__, pprint.isreadable(obj), pprint.isrecursive(obj))

class Empty:
    def __repr__(self):
        return ""
print(repr(pprint.isreadable(Empty())), repr(pprint.saferepr(Empty())))

p = pprint.PrettyPrinter(depth=2)
print(p.isreadable([[[1]]]), p.isreadable([[1]]), p.isrecursive(a))
print(hide_ids(p.pformat(a)), p.pformat([[[1]]]), p.pformat({1: {2: {3: 4}}}))
print(p.pformat(((((1,),),),)), p.pformat([[], [[]], [[[]]]]))

print(pprint.saferepr({"b": [3, 2], "a": (1,)}))
print(pprint.saferepr([{}, (), [], set()]))

@dataclasses.dataclass
class Node:
    name: str
    children: list
root = Node("root" * 5, [])
root.children.append(root)
root.children.append(Node("leaf", []))
print(hide_ids(pprint.pformat(root, width=30)))

x = []
x.append([x, [x]])
print(hide_ids(pprint.pformat(x, width=8)))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
