# divmod of two ints divides once; big-int arithmetic borrows its
# operands. Both must agree with CPython for every sign, size and type.
import sys

big = 3 ** 80
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 64) - 3,
        big, -big, big + 1, True, False]
for a in vals:
    row = []
    for b in vals:
        try:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b, (a, b)
            assert q * b + r == a
            row.append(f"{q % 1000003}:{r % 1000003}")
        except ZeroDivisionError as e:
            row.append("Z")
    print(" ".join(row))

try:
    divmod(big, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# The smallest int over -1 overflows a machine word.
m = -sys.maxsize - 1
print(divmod(m, -1), m // -1, m % -1)

# Mixed with floats, and ints' subclasses.
print(divmod(big, 7.5), divmod(7, 2.5), divmod(-7.0, 2))


class I(int):
    pass


class J(int):
    def __divmod__(self, other):
        return "J.__divmod__"

    def __rdivmod__(self, other):
        return "J.__rdivmod__"


print(divmod(I(17), 5), type(divmod(I(17), 5)[0]).__name__)
print(divmod(J(17), 5), divmod(17, J(5)), divmod(big, J(3)))
print(divmod(True, 2), divmod(big, True))

# Big operands in every operator, both orders, mixed with small ones.
for a, b in [(big, 12345), (12345, big), (-big, 3), (big, -big), (big, big - 1),
             (2 ** 64, 2 ** 64), (-(2 ** 70), 2 ** 3)]:
    print(a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b,
          a < b, a <= b, a == b, a != b, a > b, a >= b)
print(big * 0, 0 * big, big * -1, -1 * big, big * 1 is big or big * 1 == big)
print(big << 3, big >> 70, -big >> 3, big ** 2 % 1000000007, pow(big, 3, 97))
print(big / 3, (2 ** 1000) / (2 ** 998))
t = big
t *= 10
t += 1
t //= 7
t %= 10 ** 30
print(t)


# A reflected method that declines is asked once.
class K(int):
    def __rdivmod__(self, other):
        print("K.__rdivmod__", other)
        return NotImplemented


try:
    divmod("x", K(2))
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, K(2)))
