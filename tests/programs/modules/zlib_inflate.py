# zlib: checksums and inflate of streams made by CPython's zlib (stored,
# fixed and dynamic Huffman blocks; zlib, raw and gzip containers).
import zlib

TEXT = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % (i % 17)
                for i in range(25))
EXPECTED = {
    "dynamic": TEXT, "fixed": b"abcabcabcabc hello hello",
    "stored": b"stored bytes, level zero", "raw": TEXT[:300], "gzip": TEXT[:200],
    "gzipname": b"gzip with a file name\n" * 5, "gzipfields": b"header fields",
    "zdict": b"the quick brown fox jumps", "sync": b"first second first third",
    "rle": b"\0" * 2000 + b"x" * 1000, "huffman": TEXT[:300],
}
WBITS = {"raw": -15, "gzip": 31, "gzipname": 47, "gzipfields": 16 + 15}

VECTORS = {
    'dynamic': bytes.fromhex(
        "78daedd3491640301045d1b955d412949edd688210892ebad53b2ce18f0c8ceb"
        "dc51bdafa416e466b4b682262bcb9e8ad9ec9a6a735067877121b389f93dabfc"
        "3aa9328da31ec380f100e30326004c08980830316012c0a4c84fa11090121849"
        "819116188981911a18c9e19fde67a777035a89cc12"
    ),
    'fixed': bytes.fromhex(
        "789c4b4c4a4e8421858cd49c9c7c08090070120901"
    ),
    'stored': bytes.fromhex(
        "7801011800e7ff73746f7265642062797465732c206c6576656c207a65726f73"
        "35091d"
    ),
    'raw': bytes.fromhex(
        "cbc9cc4b5530b05228c94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d"
        "2856c82f4b2d024be72456552aa4e4a773e580f41892a1c7880c3dc664e83121"
        "438f29613d00"
    ),
    'gzip': bytes.fromhex(
        "1f8b0800000000000003cbc9cc4b5530b05228c94855282ccd4cce56482aca2f"
        "cf5348cbaf50c82acd2d2856c82f4b2d024be72456552aa4e4a773e580f41892"
        "a1c7880c3dc6c4e90100a71754a8c8000000"
    ),
    'gzipname': bytes.fromhex(
        "1f8b080887d6120002ff6e616d652e747874004bafca2c5028cf2cc950485448"
        "cbcc4955c84bcc4de54aa79128002adb1f836e000000"
    ),
    'gzipfields': bytes.fromhex(
        "1f8b08160000000000030400585452416120636f6d6d656e7400d476cb484d4c"
        "492d5248cb4ccd49290600ea90385a0d000000"
    ),
    'zdict': bytes.fromhex(
        "78bb478e07342bc11452c82acd2d2806007a060983"
    ),
    'sync': bytes.fromhex(
        "789c4acb2c2a2e5100000000ffff2a4e4dcecf4b5148037100000000ffff5328"
        "c9c82c4a0100743f0948"
    ),
    'rle': bytes.fromhex(
        "789cedc1010d00000c0220631bdf1cff800400b8aec07b03b2c4d4d0"
    ),
    'huffman': bytes.fromhex(
        "780105c1c98185201040c1bb51bc1066fb17b3116d05595a91458d7eaa824bc2"
        "d748b1c259ddec31597b62d59bbdc6e3429b648a15c2f43e2cba0dc125e17ba4"
        "58e1ac6ef698ac3db1eacd5ee371a14d32c50a617a1f16dd86e092f03352ac70"
        "56377b4cd69e58f566aff1b8d02699628530bd0f8b6e437049f81d295638ab9b"
        "3d266b4fac7ab3d7785c68934cb14298de8745b721b824fc8d142b9cd5cd1e93"
        "b52756bdd96b3c2eb449a658214cefc3a2db105c123e23c50a6775b3c764ed89"
        "556ff61a8f0b6d9229ff284d69fd"
    ),
}

for s in [b"", b"a", b"abc", b"Wikipedia", TEXT]:
    print(len(s), zlib.crc32(s), zlib.adler32(s), zlib.crc32(s, 1), zlib.adler32(s, 0))
print(zlib.adler32(b"abc", 2 ** 40), zlib.adler32(b"abc", -1), zlib.crc32(b"abc", -1))
print(zlib.adler32(b"\0", 0xFFFFFFF0), zlib.adler32(b"", 0xFFFFFFFF))
print(zlib.crc32(bytearray(b"xy")), zlib.adler32(memoryview(b"xy")))
value = 1
for piece in (TEXT[:100], TEXT[100:]):
    value = zlib.adler32(piece, value)
print(value == zlib.adler32(TEXT))

for name, blob in VECTORS.items():
    if name == "zdict":
        continue
    out = zlib.decompress(blob, WBITS.get(name, 15))
    print(name, len(blob), len(out), out == EXPECTED[name])
# the zlib container auto-detected too
print(zlib.decompress(VECTORS["dynamic"], 32 + 15) == TEXT)
print(zlib.decompress(VECTORS["dynamic"], 0) == TEXT)
print(zlib.decompress(VECTORS["dynamic"] + b"trailing garbage") == TEXT)
print(zlib.decompress(bytearray(VECTORS["fixed"]), bufsize=1))

# streaming, in pieces of every size
blob = VECTORS["dynamic"]
for step in (1, 7, 64, 1000):
    d = zlib.decompressobj()
    parts = [d.decompress(blob[i:i + step]) for i in range(0, len(blob), step)]
    parts.append(d.flush())
    print(step, b"".join(parts) == TEXT, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.eof, d.decompress(VECTORS["fixed"] + b"extra"), d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data, d.flush())
d = zlib.decompressobj(47)
print(d.decompress(VECTORS["gzipname"][:30]) + d.decompress(VECTORS["gzipname"][30:]))

# max_length
d = zlib.decompressobj()
got = d.decompress(blob, 100)
print(len(got), d.eof, len(d.unconsumed_tail) > 0)
while not d.eof:
    chunk = d.decompress(d.unconsumed_tail, 500)
    assert len(chunk) <= 500
    got += chunk
print(got == TEXT, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(blob, 10)
print(len(first), (first + d.flush()) == TEXT)

# copies go on independently
d = zlib.decompressobj()
part = d.decompress(blob[:40])
c = d.copy()
print(part + d.decompress(blob[40:]) == TEXT, part + c.decompress(blob[40:] + b"!") == TEXT,
      c.unused_data, d.unused_data)

# preset dictionary
d = zlib.decompressobj(zdict=b"the quick brown fox")
print(d.decompress(VECTORS["zdict"]))
raw = zlib.compressobj(wbits=-15, zdict=b"shared words")
packed = raw.compress(b"shared words shared") + raw.flush()
d = zlib.decompressobj(wbits=-15, zdict=b"shared words")
print(d.decompress(packed))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_NO_COMPRESSION)
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE,
      zlib.Z_FIXED)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.error.__name__, issubclass(zlib.error, Exception))
print(type(zlib.decompressobj()).__name__, type(zlib.compressobj()).__name__)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
