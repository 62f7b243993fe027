import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1,
    -2**31, 2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 12345, -(2**200) + 7,
    10**80, 0.0, -0.0, 1.5, -2.25, 1e300, 1.0 / 3, float('inf'),
    "", "a", "hello world", "caf\xe9", "\u20ac uro", "\U0001f600",
    "back\\slash\nnew\rline\x00nul\x1a", "x" * 300,
    b"", b"abc", b"\x00\xff\x80", b"y" * 300,
    bytearray(), bytearray(b"ba\x00"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ("a", ("b", ("c",))),
    [], [1], [1, 2, 3], list(range(20)), [[], [[]]],
    {}, {"a": 1}, {"a": 1, "b": [2, 3], 4: (5,)}, {1: {2: {3: None}}},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({7}), frozenset({1, 2, 3}),
    [1.5, "s", b"b", None, True, (2, 3)],
]

for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        if isinstance(v, float) and v != v:
            ok = back != back
        print(proto, repr(v)[:40], data if len(data) < 120 else (len(data), data[:60], data[-20:]), ok)
    print(pickle.dumps(v) == pickle.dumps(v, 4))

# shared and recursive structures
s = "shared"
lst = [s, s, (s, s)]
for proto in range(6):
    print(proto, pickle.dumps(lst, proto))
    b = pickle.loads(pickle.dumps(lst, proto))
    print(b, b[0] is b[1], b[2][0] is b[0])

r = [1, 2]
r.append(r)
d = {"k": r}
d["self"] = d
for proto in range(6):
    data = pickle.dumps(d, proto)
    print(proto, data)
    b = pickle.loads(data)
    print(b["self"] is b, b["k"][2] is b["k"], b["k"][:2])

t = ([],)
t[0].append(t)
for proto in range(6):
    data = pickle.dumps(t, proto)
    print(proto, data)
    b = pickle.loads(data)
    print(type(b).__name__, b[0][0] is b)

big4 = ([1, 2, 3, 4],) * 3
for proto in range(6):
    print(proto, pickle.dumps(big4, proto))

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(sorted(pickle.loads(pickle.dumps({"x", "y", "z"}, 4))))
print(sorted(pickle.loads(pickle.dumps(frozenset({"x", "y", "z"}), 2))))

# batch boundaries (the C pickler's exact-type batching)



class SubList(list):
    pass


class SubDict(dict):
    pass


for v in [list(range(1001)), {i: i for i in range(1000)}, set(range(1000)),
          SubList(range(5)), SubDict((i, -i) for i in range(3))]:
    for proto in ((1, 4) if len(v) == 1001 else (4,)):
        d = pickle.dumps(v, proto)
        print(type(v).__name__, len(v), proto, len(d), sum(d), d[::211][:16], d[-12:], pickle.loads(d) == v)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
