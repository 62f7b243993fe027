# Integers: arbitrary precision, division semantics, bit operations.
print(2 ** 10, 2 ** 64, 2 ** 100, -(2 ** 127))
print(10 ** 30 + 1, 10 ** 30 - 1, (10 ** 20) * (10 ** 20))


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


for n in [0, 1, 5, 20, 21, 30, 52]:
    print(f"{n}! = {factorial(n)}")
f100 = factorial(100)
print("100! has", len(str(f100)), "digits; digit sum", sum([int(d) for d in str(f100)]))
print("trailing zeros of 100!:", len(str(f100)) - len(str(f100).rstrip("0")))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib(100) =", fib(100))
print("fib(300) =", fib(300))
print("big // and %:", fib(300) // fib(150), fib(300) % fib(150))
print("big divmod:", divmod(10 ** 40, 7 ** 20))
print("big negative:", -(10 ** 25) // 3, -(10 ** 25) % 3, (10 ** 25) // -3)
print("big comparisons:", 2 ** 100 > 2 ** 99, 2 ** 100 == 4 ** 50, -(2 ** 70) < 2 ** 3)
print("pow with modulus:", pow(3, 200, 1000007), pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 0, 5))
print("pow negative exponent:", pow(2, -2), 2 ** -3, 10 ** -1)
print("int of big float:", int(1e20), int(-1.5e18))
print("big to float:", float(2 ** 60), 2 ** 70 / 2 ** 10)

# Division semantics.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (0, 5), (1, 7)]:
    print(f"{a:>3} / {b:>2} = {a / b!r:<20} // = {a // b:>3}  % = {a % b:>3}  divmod = {divmod(a, b)}")

# Bit operations.
x = 0b1011_0110
print("x =", x)
print("and/or/xor:", x & 0x0F, x | 0x0F, x ^ 0xFF)
print("shifts:", x << 3, x >> 2, 1 << 100, (1 << 100) >> 98, -16 >> 2)
print("invert:", ~x, ~0, ~-1, -x & 0xFF)
print("hex:", hex(x), hex(-x), hex(2 ** 64), hex(0))

# Conversions and literals.
print(int("42"), int("-17"), int("  8  "), int("1_000"), int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(0x1F, 0o17, 0b11, 1_000_000)
print(int(True), int(False), int(3.99), int(-3.99), int("0"))
print(abs(-12), abs(12), abs(-(10 ** 30)))
print(max(3, 10 ** 20, -5), min(3, -(10 ** 20), 5))
print("bools are ints:", True + True, True * 10, False - 1, sum([True, True, False]))
print("comparisons chain:", 1 < 2 < 3, 1 < 3 < 2, 5 > 4 >= 4 > 3, 1 == 1.0, 3 != 3.0)
print("round ints:", round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print("collatz max under 1000:")
best, best_n = 0, 0
for n in range(1, 1000):
    steps, m = 0, n
    while m != 1:
        m = m // 2 if m % 2 == 0 else 3 * m + 1
        steps += 1
    if steps > best:
        best, best_n = steps, n
print(" ", best_n, "takes", best, "steps")
print("2**1000 digits:", len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
