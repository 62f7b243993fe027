# secrets: only properties of random values are printed.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)))
print(secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h), len(secrets.token_hex()))
for n in (0, 1, 2, 3, 16, 32):
    u = secrets.token_urlsafe(n)
    print(n, len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u))
print(len(secrets.token_urlsafe()))
print(secrets.DEFAULT_ENTROPY)
seen = set()
for _ in range(200):
    v = secrets.randbelow(10)
    assert 0 <= v < 10
    seen.add(v)
print(len(seen) > 5)
print(secrets.randbelow(1))
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
b = secrets.randbits(12)
print(0 <= b < 4096, secrets.randbits(0))
print(secrets.choice("a"), secrets.choice([7]), secrets.choice("xyz") in "xyz")
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError", e)
r = secrets.SystemRandom()
print(0.0 <= r.random() < 1.0, 1 <= r.randint(1, 6) <= 6)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
print(secrets.token_bytes(8) != secrets.token_bytes(8))
print(sorted(secrets.__all__))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
