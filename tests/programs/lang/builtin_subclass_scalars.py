# Subclasses of int, float, str and bytes: values, operators, formatting,
# the reflected-operand rule, and the errors CPython gives.

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, type(m * 2).__name__, -m, +m, abs(Money(-3)), ~m)
print(m == 5, 5 == m, m < 6, hash(m) == hash(5), int(m), type(int(m)).__name__, float(m))
print(f"{m:>6}|{m:x}|{m:08.2f}", format(m), str(m), "%d %s %r" % (m, m, m))
print([10, 20, 30, 40, 50, 60][m], list(range(m)), divmod(m, 2), pow(m, 2), m ** 2, 7 // m, m / 2)
print(isinstance(m, int), bool(Money(0)), round(Money(7)), Money("12"), Money("ff", 16), Money(3.9))
print(sum([Money(1), Money(2)]), max(Money(1), 3), sorted([Money(3), 1, Money(2)]))


class Bits(int):
    pass


b = Bits(6)
print(b & 3, b | 1, b ^ 2, b << 2, b >> 1, 3 & b, b.bit_length(), b.to_bytes(2, 'big'), type(b & 3).__name__)
print(Bits(10 ** 30), Bits(10 ** 30) + 1, Bits(-(10 ** 20)) // 7, type(Bits(10 ** 30)).__name__)


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, round(t, 1), int(t), f"{t:.2f}", t > 20, Celsius("3.5"))
print(Celsius(2) ** 2, 10 - t, t.is_integer(), Celsius(4.0).is_integer())


class Name(str):
    def greet(self):
        return "hello " + self


n = Name("ada")
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, n.title(), n * 2, 2 * n)
print(n + "!", "!" + n, n[0], n[::-1], len(n), "d" in n, n == "ada", "ada" == n, n < "b")
print(n.split("d"), "-".join([n, n]), n.startswith("a"), "x".join(n), f"[{n:>5}]", "%s|%r" % (n, n))
print({n: 1}, {"ada": 2}[n], str(n), type(str(n)).__name__, n.__class__.__name__, sorted([Name("b"), "a"]))
d = {}
d[n] = 1
d["ada"] = 2
print(d, len(d))


class Shout(str):
    def __str__(self):
        return self.upper()

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


s = Shout("Hi")
print(s, str(s), repr(s), f"{s}", s == "HI", s == "hi", "%s" % s, print is not None)


class Blob(bytes):
    def size(self):
        return len(self)


bl = Blob(b"abc")
print(bl, bl.size(), bl + b"d", bl[0], bl[1:], bl.hex(), bl.decode(), Blob([65, 66]), Blob(3))
print(bl == b"abc", b"abc" == bl, hash(bl) == hash(b"abc"), type(bl[1:]).__name__)

for bad in ["class A(bool): pass", "class A(int, str): pass", "class A(list, dict): pass",
            "class A(int):\n    __slots__ = ('x',)", "class A(tuple):\n    __slots__ = ('x',)",
            "class A(slice): pass", "class A(type(len)): pass"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError", e)


class Tiny(int):
    __slots__ = ()


try:
    Tiny(1).attr = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__new__(str, 5)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(int.__new__(int, 7), int.__new__(Money, "8"), str.__new__(Name, 5), tuple.__new__(tuple, [1]))
