# Character indexing of non-ASCII strs: iteration and s[i] walk forward
# from the last position found (a cursor), indexing elsewhere uses marks.
# Every access pattern must give the same characters.
import random

def text(n, seed):
    rng = random.Random(seed)
    alphabet = "ab\u00e9\u00fc\u65e5\u672c\U0001f600\U0001f680 z"
    return "".join(rng.choice(alphabet) for _ in range(n))

for n in (0, 1, 5, 63, 64, 65, 130, 1000):
    s = text(n, n)
    fwd = [c for c in s]
    by_index = [s[i] for i in range(len(s))]
    backward = [s[i] for i in range(len(s) - 1, -1, -1)][::-1]
    neg = [s[-i] for i in range(1, len(s) + 1)][::-1]
    print(n, len(s), fwd == by_index == backward == neg, "".join(fwd) == s)

# Two strs indexed in turn (the cursor moves between them).
a = text(300, 1)
b = text(300, 2)
mixed = [(a[i], b[i]) for i in range(300)]
print(all(x == a[i] and y == b[i] for i, (x, y) in enumerate(mixed)))

# Steps of several characters, and jumps back.
s = text(500, 3)
ref = list(s)
ok = True
i = 0
rng = random.Random(7)
for _ in range(2000):
    i = max(0, min(len(s) - 1, i + rng.choice([1, 2, 3, 8, 9, 20, -1, -5, -70])))
    ok = ok and s[i] == ref[i]
print(ok)

# A str dropped mid-walk, and new ones made (perhaps at the same address).
for k in range(50):
    t = text(100 + k, 100 + k)
    expect = list(t)
    it = iter(t)
    first = [next(it) for _ in range(10)]
    del t
    u = text(100 + k, 100 + k)
    ok = ok and [u[j] for j in range(len(u))] == expect and first == expect[:10]
    ok = ok and list(it) == expect[10:]
print(ok)

# Slices and find agree with indexing.
s = text(200, 9)
print(s[10:20] == "".join(s[i] for i in range(10, 20)), s[150:] == "".join(list(s)[150:]))
print(s.find(s[123:127]) <= 123, len(s[::3]) == len(list(s)[::3]))
print(sum(ord(c) for c in s) == sum(ord(s[i]) for i in range(len(s))))
# corpus: skip-stress marksweep (a stress run marks the whole heap at every safepoint: about a minute here; the refcount and generational stress runs cover the walk)
