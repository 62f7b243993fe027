# sorted() and list.sort() with key= and reverse=, stability, and __lt__.
people = [("ann", 31, "nyc"), ("bob", 27, "sf"), ("cy", 45, "nyc"), ("dee", 27, "la"), ("eve", 31, "sf")]
print("by name:", sorted(people))
print("by age:", sorted(people, key=lambda p: p[1]))
print("by age desc (stable ties):", sorted(people, key=lambda p: p[1], reverse=True))
print("by city then age:", sorted(people, key=lambda p: (p[2], p[1])))
print("by age desc then name:", sorted(people, key=lambda p: (-p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print("two-pass stable sort:", sorted(by_city, key=lambda p: p[1]))
words = ["delta", "Alpha", "charlie", "bravo", "Echo", "ab", "b"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted([3.5, -1, 2, 0.0, -7.25, 10]), sorted([True, False, 2, -1]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("sorting"), "".join(sorted("sorting", reverse=True)))
nums = [5, 2, 9, 1, 5, 6]
result = nums.sort()
print("list.sort returns None:", result, nums)
nums.sort(key=lambda n: -n)
print("key=-n:", nums)
nums.sort(key=lambda n: n % 3)
print("key=n%3 (stable):", nums)


class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "v" + self.text


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0", "1.2.3"]]
print("versions:", sorted(versions))
print("newest:", max(versions), "oldest:", min(versions))
print("reverse:", sorted(versions, reverse=True))
print("by text:", sorted(versions, key=lambda v: v.text))
versions.sort()
print("in place:", versions, versions.count(Version("1.2.3")), versions.index(Version("1.2.10")))

# Sorting a larger list the program generates itself.
seq = [(i * 7919 + 13) % 1009 for i in range(300)]
s1 = sorted(seq)
print("sorted 300 numbers, first", s1[:8], "last", s1[-5:], "ok", all([s1[i] <= s1[i + 1] for i in range(len(s1) - 1)]))
print("median", s1[150], "distinct", len(set(seq)))
pairs = sorted([(n % 10, n) for n in seq[:30]])
print("pairs by last digit:", pairs[:10])
ranked = sorted(enumerate(seq[:12]), key=lambda p: p[1], reverse=True)
print("ranked:", ranked)
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1.0"), 3])
except (TypeError, AttributeError) as e:
    print(type(e), e)
