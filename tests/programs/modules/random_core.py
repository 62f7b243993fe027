# random: the Mersenne Twister core must give CPython's exact sequences:
# random() and getrandbits() after seed() with ints (negative, big) and
# bools.
import random

P = (1 << 61) - 1


def checksum(values):
    # Exact for ints and for random()'s floats (multiples of 2**-53).
    h = 0
    for v in values:
        if isinstance(v, float):
            v = int(v * 9007199254740992.0)
        h = (h * 1000003 + v) % P
    return h


random.seed(0)
first = [random.random() for i in range(1000)]
print(first[:5])
print(first[-1], checksum(first))
del first

for s in [1, -1, -5, 5, 42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**64 - 1,
          2**64, 2**100, -2**100, 10**50, 3**200, True, False]:
    random.seed(s)
    v = [random.random() for i in range(120)]
    print(s if s < 10**60 else "3**200", v[0], v[-1], checksum(v))

big = 2**19937 - 12345
random.seed(big)
print("2**19937-12345", random.random(), random.getrandbits(64))
del big


random.seed(12345)
bits = [random.getrandbits(k) for k in range(0, 140)]
print(bits[:8])
print(bits[32], bits[33], bits[64], bits[65], bits[-1])
print(checksum(bits))
del bits
print(random.getrandbits(1000))
print(random.getrandbits(True), random.getrandbits(False))
print(random.getrandbits(32), random.getrandbits(31), random.getrandbits(96))
