# abs, min, max, sum, round, divmod, pow, hash (of numbers), ord, chr, hex.
print(abs(-5), abs(5), abs(-5.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 90)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 10 ** 9), divmod(7.5, 2), divmod(-1, 3))
print(pow(2, 8), pow(2, 8, 100), pow(-2, 3), pow(2, -1), pow(2.5, 2), pow(10, 20), pow(3, 4, 5))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(12345, -3), round(0.125, 2))
print(type(round(2.5)), type(round(2.5, 1)), type(round(7)), round(7, 2))
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-1) == hash(-2), hash(10 ** 20) == hash(10 ** 20))
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("€"), chr(97), chr(48), chr(8364), repr(chr(10)))
print([chr(ord("a") + i) for i in range(5)], "".join([chr(c) for c in range(65, 71)]))
print(hex(0), hex(255), hex(-255), hex(4096), hex(2 ** 70), int(hex(12345), 16))
print(min(3, 1, 2), max(3, 1, 2), min([5, 3, 9]), max((5, 3, 9)), min("bca"), max(["b", "a", "c"]))
print(sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([True, False, True]))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

# A Caesar cipher and a checksum using these builtins.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hello, World! Memory is managed.", 13)
print(secret)
print(caesar(secret, 13))
print(caesar("xyz XYZ", 3), caesar("abc", -1))
checksum = 0
for i, ch in enumerate("ouro bytecode vm"):
    checksum = (checksum * 31 + ord(ch) * (i + 1)) % 1000000007
print("checksum:", checksum, hex(checksum))
digits = [int(d) for d in str(2 ** 100)]
print("digits of 2**100:", digits, "sum", sum(digits), "max", max(digits), "min", min(digits))
print("luhn check:")
for number in ["79927398713", "79927398710", "4539578763621486"]:
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d)
        if i % 2 == 1:
            n = n * 2
            if n > 9:
                n -= 9
        total += n
    print(" ", number, "valid" if total % 10 == 0 else "invalid", divmod(total, 10))
