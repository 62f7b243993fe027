# Comparisons of exact strs take the interpreter's fast path (CompareOp and
# the fused compare-and-jump); these must agree with CPython's rich
# comparison in every case, including identity, non-ASCII order, and the
# cases that must leave the fast path (subclasses, other types).
words = ["", "a", "b", "ab", "ba", "abc", "é", "z", "\u00ff", "\u0100",
         "\U0001f600", "A", "aa", "a\x00", "日本", "日本語", "ÿ"]
ops = [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y),
       ("==", lambda x, y: x == y), ("!=", lambda x, y: x != y),
       (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]
for name, op in ops:
    row = []
    for x in words:
        row.append("".join("1" if op(x, y) else "0" for y in words))
    print(name, " ".join(row))

# The same object on both sides.
s = "".join(["sp", "am"])
print(s == s, s != s, s < s, s <= s, s > s, s >= s)

# Equal text, different objects.
t = "".join(["s", "pam"])
print(s is t, s == t, s != t, s <= t, s >= t, s < t)

# Fused with a jump (an `if` and a loop condition).
count = 0
for w in words:
    if w < "b":
        count += 1
    if w == "a":
        count += 100
print(count)
i = ""
while i != "aaaa":
    i += "a"
print(i)

# Sorting and min/max use the same order.
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print(min(words), max(words))


# A subclass may override the comparison: no fast path.
class S(str):
    def __eq__(self, other):
        return "S.__eq__"

    def __lt__(self, other):
        return "S.__lt__"

    __hash__ = str.__hash__


print(S("a") == "a", "a" == S("a"), S("a") < "b", "b" > S("a"))


# A plain subclass compares as str.
class P(str):
    pass


print(P("a") == "a", P("a") < "b", "b" >= P("b"), P("x") != P("x"))

# Other types: equality is False, ordering raises.
print("1" == 1, "1" != 1, "a" == None, "a" == b"a")
for bad in [1, None, b"a", ["a"]]:
    try:
        "a" < bad
    except TypeError as e:
        print("TypeError:", e)
