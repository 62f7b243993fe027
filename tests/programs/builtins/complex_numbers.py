# complex: literals, constructor, arithmetic (CPython's algorithms, bit
# for bit), comparisons, hashing, attributes and errors.
z = 3 + 4j
print(z, repr(z), type(z).__name__, z.real, z.imag, z.conjugate(), abs(z), -z, +z, 1j, -1j, 0j, -0j, (-0-0j))
print(complex(), complex(2), complex(2, 3), complex(1.5, -2), complex("1+2j"), complex(" (3-4.5J) "), complex("j"), complex("-1e3j"))
print(complex(1j, 1j), complex(1 + 2j), complex("inf-nanj"), complex(True), complex(imag=2))
a, b = 1.5 - 2j, -0.25 + 3j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -3, a ** 0.5, a ** b, 2 ** a, a + 1, 1 - a, a * 2.5, 3 / a)
print((1e308 + 1e308j) / (1e308 + 1e308j), (1 + 1j) ** 100, 1j ** 2, (0j) ** 0, 0j ** 2)
print(a == a, a == 1.5, (2 + 0j) == 2, 2 == (2 + 0j), (2 + 0j) == 2.0, 1j != 1, a != b, 2 ** 53 + 1 == complex(2 ** 53 + 1))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(-1j), {1j: "i"}[1j], bool(0j), bool(1e-300j))
print(sum([1j, 2, 0.5]), [1j * k for k in range(3)], str(2 - 1j), f"{1+1j}", "%s|%r" % (1j, -2 + 0j))
print(isinstance(1j, complex), complex.__name__, (1 + 2j).__complex__(), pow(2j, 3), divmod.__name__)
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: int(1j),
            lambda: float(1j), lambda: complex("1+"), lambda: complex("1", 2), lambda: complex([1]),
            lambda: complex(1, "2"), lambda: abs(complex(1e308, 1e308)), lambda: round(1j), lambda: ~1j,
            lambda: (1e200 + 1e200j) ** 3, lambda: 10.0 ** (1 + 500j)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)


class Z(complex):
    def norm(self):
        return abs(self)


w = Z(3, 4)
print(w, repr(w), type(w).__name__, w.norm(), w + 1, type(w + 1).__name__, w == 3 + 4j, Z("1j"))
