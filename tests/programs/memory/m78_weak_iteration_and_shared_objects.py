# Weak dictionaries iterate their live entries: growing or shrinking one
# while iterating it is the dict's RuntimeError, and entries whose
# referent dies during an iteration go once it ends. json.loads shares one
# str per repeated key; partition hands back the separator object itself.
import json
import sys
import weakref


class O:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "O(%s)" % self.name


a, b = O("a"), O("b")
for kind in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary):
    if kind is weakref.WeakValueDictionary:
        d = kind({"a": a})
    else:
        d = kind({a: "a"})
    try:
        for k in d:
            if kind is weakref.WeakValueDictionary:
                d["b"] = b
            else:
                d[b] = "b"
        print(kind.__name__, "no error")
    except RuntimeError as e:
        print(kind.__name__, "RuntimeError:", e)
    try:
        for k in list(d):
            pass
        for k in d:
            del d[k]
        print(kind.__name__, "no error on delete")
    except RuntimeError as e:
        print(kind.__name__, "RuntimeError:", e)

# A referent dying while its mapping is iterated: removed at the end.
objs = [O(str(i)) for i in range(4)]
wv = weakref.WeakValueDictionary((o.name, o) for o in objs)
seen = []
for k, v in wv.items():
    seen.append(k)
    if k == "0":
        del v
        objs[2] = None
print(seen, len(wv), sorted(wv))

rows = json.loads('[{"name": 1, "id": 1}, {"name": 2, "id": 2}]')
k1, k2 = list(rows[0])[0], list(rows[1])[0]
print(k1 is k2, list(rows[0])[1] is list(rows[1])[1])
again = json.loads('{"name": 3}')
print(list(again)[0] == k1)

sep = "".join(["-", "-"])
s = "a--b--c"
print(s.partition(sep)[1] is sep, s.rpartition(sep)[1] is sep)
print(s.partition("x")[0] is s, s.rpartition("x")[2] is s)
print(type(sys.stdout).__module__, type(sys.stdout).__name__)
print("traceback" in dir(__builtins__), "coroutine_wrapper" in dir(__builtins__))
print(repr(sys.stdout), repr(sys.stderr))
