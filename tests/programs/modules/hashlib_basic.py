# hashlib: every guaranteed algorithm, hash-object API, new(), pbkdf2_hmac.
import hashlib
import io

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
INPUTS = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
          b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]

for name in NAMES:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size)
    for data in INPUTS:
        print(" ", len(data), ctor(data).hexdigest())
    assert hashlib.new(name, b"abc").digest() == ctor(b"abc").digest()

# longer inputs and block boundaries: pieces give the one-shot result
blob = bytes((i * 37 + 11) & 255 for i in range(300))
for name in NAMES:
    bs = hashlib.new(name).block_size
    for n in (bs - 9, bs - 8, bs, bs + 1, 2 * bs + 3):
        whole = hashlib.new(name, blob[:n]).digest()
        h = hashlib.new(name)
        for i in range(0, n, 50):
            h.update(blob[i:i + 50])
        assert h.digest() == whole, (name, n)
    print(name, hashlib.new(name, blob).hexdigest())

# copy and continued use
h = hashlib.sha256(b"hello ")
c = h.copy()
c.update(b"world")
h.update(b"there")
print(c.hexdigest())
print(h.hexdigest())
print(h.digest() == h.digest(), type(h.digest()), type(h.hexdigest()))
h.update(bytearray(b"!"))
h.update(memoryview(b"?"))
print(h.hexdigest())

# shake
for data in INPUTS[:3]:
    print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(data).hexdigest(40))
print(hashlib.shake_128(b"x").digest(0), len(hashlib.shake_256(b"x").digest(300)))
s = hashlib.shake_128()
print(s.name, s.digest_size, s.block_size)

# names accepted by new()
for n in ["SHA256", "MD5", "sha1", "SHA512", "blake2s", "sha3_256", "sha512_256"]:
    print(n, hashlib.new(n).name)
print(hashlib.new("sha512_224", b"abc").hexdigest())
print(hashlib.new("sha256", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())

for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"),
            lambda: hashlib.sha1().update(5), lambda: hashlib.md5(12)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print("sha256" in hashlib.algorithms_available, "md5" in hashlib.algorithms_guaranteed)

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pass\0word", b"sa\0lt", 3, 16).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, bytearray(b"salt"), 1).hex())
for bad in [lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
            lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0),
            lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file contents"), hashlib.md5).hexdigest())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
