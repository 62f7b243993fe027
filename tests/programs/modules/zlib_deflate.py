# zlib: compress/compressobj round trips, headers, trailers, flush modes and
# the errors.  (ouro's compressor makes different bytes than C zlib, so
# only the parts that must agree are printed: containers and round trips.)
import zlib

TEXT = b"".join(b"row %d, %s\n" % (i, b"spam eggs" * (i % 3)) for i in range(20))
SAMPLES = [b"", b"a", b"abc", b"x" * 300, bytes(range(0, 256, 3)), TEXT]


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r)


for data in SAMPLES:
    z = zlib.compress(data)
    print(len(data), z[:2].hex(), z[-4:].hex(), zlib.decompress(z) == data)
    g = zlib.compress(data, 6, 31)
    print("  gzip", g[:10].hex(), g[-8:].hex(), zlib.decompress(g, 31) == data,
          zlib.decompress(g, 47) == data)
for level in (0, 1, 9):
    z = zlib.compress(TEXT, level)
    print("level", level, z[:2].hex(), z[-4:].hex(), zlib.decompress(z) == TEXT)
r = zlib.compress(TEXT, wbits=-15)
print("raw", zlib.decompress(r, -15) == TEXT)
w9 = zlib.compress(TEXT, wbits=9)
print("wbits 9", w9[:2].hex(), zlib.decompress(w9) == TEXT)

# small inputs where the output is fully determined
print(zlib.compress(b"abc", 0).hex(), zlib.compress(b"", 9).hex())
print(zlib.compress(b"", 0).hex(), zlib.compress(b"", 1, 31).hex())

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
                 zlib.Z_RLE, zlib.Z_FIXED):
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    z = c.compress(TEXT[:200]) + c.flush()
    print("strategy", strategy, zlib.decompress(z) == TEXT[:200])

# streaming: header first, then data at flushes
c = zlib.compressobj()
head = c.compress(b"first part, ")
print(head)
sync = c.flush(zlib.Z_SYNC_FLUSH)
print(sync[-4:].hex(), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
print(d.decompress(head + sync))
more = c.compress(b"second part, ") + c.flush(zlib.Z_FULL_FLUSH)
print(more[-4:].hex(), d.decompress(more))
cp = c.copy()
tail = c.flush()
print(tail[-4:].hex(), d.decompress(tail), d.eof)
print(zlib.decompress(head + sync + more + cp.compress(b"other") + cp.flush()))
show("flush again", c.flush)
show("compress after finish", c.compress, b"x")
show("copy after finish", c.copy)

c = zlib.compressobj(wbits=31)
gz = c.compress(b"gzip stream") + c.flush()
print(gz[:10].hex(), zlib.decompress(gz, 31))
c = zlib.compressobj(zdict=b"common words")
z = c.compress(b"common words again") + c.flush()
print(z[:6].hex(), zlib.decompressobj(zdict=b"common words").decompress(z))
show("need dict", zlib.decompress, z)
show("wrong dict", zlib.decompressobj(zdict=b"other").decompress, z)

show("level 10", zlib.compress, b"x", 10)
show("level -2", zlib.compress, b"x", -2)
show("wbits 99", zlib.compress, b"x", 6, 99)
show("wbits -8", zlib.compress, b"x", 6, -8)
show("str", zlib.compress, "text")
show("obj level", zlib.compressobj, 10)
show("obj method", zlib.compressobj, 6, 9)
show("obj memlevel", zlib.compressobj, 6, 8, 15, 0)
show("obj strategy", zlib.compressobj, 6, 8, 15, 8, 9)
show("obj zdict", zlib.compressobj, zdict="text")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
