# d["key"] for an exact dict and an exact str takes a fast path that runs
# no code; every case where code could run, or the key is missing, must
# behave exactly as the general lookup.
import sys

d = {"id": 1, "kind": "alpha", "score": 5, "tags": []}
print(d["score"], d["kind"], d["tags"])

# A key built at run time: equal text, another object.
k = "".join(["sc", "ore"])
print(k == "score", d[k])

# Deleted entries leave dummies on the probe sequence.
for name in ["a%d" % i for i in range(40)]:
    d[name] = len(name)
for i in range(0, 40, 2):
    del d["a%d" % i]
print(d["a1"], d["a39"], len(d))

# A miss raises KeyError with the key.
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)

# A subclass's __missing__ answers for absent keys.
class D(dict):
    def __missing__(self, key):
        return "missing " + key
dd = D(x=1)
print(dd["x"], dd["y"])

# A str subclass as the key, and as a stored key of the same hash.
class S(str):
    def __eq__(self, other):
        print("S.__eq__ called")
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)
m = {S("name"): "by subclass"}
print(m["name"])
m2 = {"name": "plain"}
print(m2[S("name")])

# A stored key of another type whose hash equals the str's.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        calls.append(other)
        return False
calls = []
mixed = {H(hash("spam")): 1, "spam": 2}
print(mixed["spam"], "spam" in calls)

# Mixed keys (not a str-keys table).
mk = {1: "one", "two": 2, (3,): "three"}
print(mk["two"], mk[1], mk[(3,)])

# Reference counts: the fast path takes one reference to the value.
v = object()
rc = {"v": v}
before = sys.getrefcount(v)
got = rc["v"]
print(sys.getrefcount(v) - before)
del got
print(sys.getrefcount(v) - before)

# Non-ASCII keys.
u = {"héllo": 1, "日本": 2}
print(u["héllo"], u["日本"])
