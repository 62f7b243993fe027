# fractions: arithmetic with ints, floats and complex numbers, //, %,
# divmod, **, comparisons, hashing, rounding and conversions.
import math
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a)
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / a, a + 1j, 1j * a)
print(7 // a, 7 % a, divmod(7, a), divmod(-7, a), 2.5 // a, 2.5 % a)
print(a ** 2, a ** -2, b ** 3, b ** -3, a ** 0, F(4, 9) ** F(1, 2))
print(2 ** F(3), 2 ** F(-2), 4 ** F(1, 2), 2.0 ** F(1, 2), F(9) ** 0.5)
print(abs(b), -a, +b, sum(F(1, n) for n in range(1, 8)))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: a / 0)
attempt(lambda: -a / F(0))
attempt(lambda: F(0) / 0)
attempt(lambda: a // 0)
attempt(lambda: a % 0)
attempt(lambda: divmod(a, 0))
attempt(lambda: F(0) ** -1)
attempt(lambda: a + "x")
attempt(lambda: a < 1j)
attempt(lambda: a // 1j)

print(a == F(6, 8), a == 0.75, a == 0.75 + 0j, F(2) == 2, F(1, 3) == 1 / 3)
print(a < 1, a > 0.7, a <= F(3, 4), b >= -1, 1 > a, 0.8 > a)
print(a < float('inf'), a > float('-inf'), a == float('nan'),
      a < float('nan'), a != float('nan'))
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, True]))
print(max(F(2, 7), 0.28), min(F(1, 4), 0.25, key=float))

print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2),
      hash(F(-1)), hash(F(1, 3)), hash(F(-7, 5)), hash(F(10 ** 30, 7)))
print(hash(F(1, 2 ** 61 - 1)), hash(F(-5, (2 ** 61 - 1) * 3)))
print({F(1, 2): 'half', 3: 'three'}[0.5], {1.5, F(3, 2), F(6, 4)})

for x in (F(7, 2), F(5, 2), F(-7, 2), F(-5, 3), F(22, 7)):
    print(x, float(x), int(x), round(x), round(x, 2), round(x, -1),
          math.floor(x), math.ceil(x), math.trunc(x), complex(x), bool(x))
print(bool(F(0)), x.real, x.imag, x.conjugate(), F(10 ** 400, 3 ** 200) > 1)
print(float(F(10 ** 400, 10 ** 399 + 1)), F(1, 3) * 3 == 1)
