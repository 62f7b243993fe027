print(range(0, 2**63-1, 2**62)[2:])
print(range(-2**63, 0, 2**62)[5:])
class C:
    def __index__(self): return 's'
for f in [lambda: hex(C()), lambda: oct(C()), lambda: bin(C()), lambda: range(C())]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
print('abc'[::-2**63])
l = list(range(5)); del l[::-2**63]; print(l)
print(round(5, -30), round(12345, -2))
