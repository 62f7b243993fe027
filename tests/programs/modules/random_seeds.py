# random: seed() with other things than ints must build CPython's key:
# floats (by their hash), str and bytes (version 2, hashed with
# SHA-512), and version 1's str/bytes hash.
import random

for s in [1.5, -1.0, 0.0, -0.0, 1e300, 2.0**70, float("inf"), 3.0]:
    random.seed(s)
    print(s, random.random(), random.random())
print(random.Random(3.0).random() == random.Random(3).random())

for s in ["", "hello", "héllo wörld", "€𝄞", "x" * 111, "x" * 112,
          b"\x00\xff", bytes(range(200))]:
    random.seed(s)
    a = random.random()
    b = random.getrandbits(64)
    random.seed(s, version=1)
    print(repr(s)[:24], a, b, random.random())

random.seed("abc")
x = random.random()
random.seed(b"abc")
print(x == random.random())
random.seed(5, version=1)
print(random.random() == random.Random(5).random())
