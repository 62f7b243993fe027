# hmac: new/HMAC, the one-shot digest(), compare_digest, RFC 4231 vectors.
import hashlib
import hmac

# RFC 4231 test case 2 and RFC 2202 vectors
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha1").hexdigest())
print(hmac.new(b"\x0b" * 16, b"Hi There", hashlib.md5).hexdigest())
# a key longer than the block size is hashed first
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               "sha256").hexdigest())
print(hmac.new(b"k" * 64, b"m", "sha256").hexdigest() != hmac.new(b"k" * 65, b"m", "sha256").hexdigest())

h = hmac.new(b"key", digestmod="sha256")
print(h.name, h.digest_size, h.block_size, type(h).__name__)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest())
print(c.hexdigest())
print(h.digest() == hmac.new(b"key", b"part one, part two", "sha256").digest())
print(hmac.digest(b"key", b"part one, part two", "sha256") == h.digest())
print(hmac.digest(b"key", b"msg", hashlib.sha1).hex())
print(hmac.new(bytearray(b"key"), b"msg", "md5").hexdigest())
for name in ["md5", "sha1", "sha224", "sha384", "sha3_256", "blake2s"]:
    m = hmac.new(b"secret", b"message", name)
    print(name, m.name, m.digest_size, m.block_size, m.hexdigest())

for bad in [lambda: hmac.new(b"key", b"msg"),
            lambda: hmac.new("key", b"msg", "md5"),
            lambda: hmac.new(b"key", b"msg", "nosuch"),
            lambda: hmac.new(b"key", "msg", "md5"),
            lambda: hmac.digest(b"key", "msg", "md5")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

pairs = [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"),
         ("abc", "abd"), (bytearray(b"x"), b"x"), (memoryview(b"xy"), b"xy"),
         (b"", b"")]
for a, b in pairs:
    print(hmac.compare_digest(a, b))
for a, b in [("abc", b"abc"), (b"abc", "abc"), ("\u00e9", "\u00e9"), (1, 1), (1, b"x")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
print(hmac.trans_5C[:4], hmac.trans_36[:4], hmac.digest_size)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
