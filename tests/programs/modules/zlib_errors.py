# zlib: inflate errors, with zlib's messages.
import zlib

GOOD = bytes.fromhex("789ccb48cdc9c95728cf2fca49c9c0ca0400ddfd0d15")  # b"hello world" * 3


def show(label, data, *args):
    try:
        r = zlib.decompress(data, *args)
    except zlib.error as e:
        r = "error: %s" % e
    except (TypeError, ValueError) as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r)


show("ok", GOOD)
show("truncated", GOOD[:-1])
show("half", GOOD[:8])
show("empty", b"")
show("bad check", GOOD[:-1] + b"\x00")
show("header check", b"\x78\x9d" + GOOD[2:])
show("method", b"\x79\x9c" + GOOD[2:])
show("window", b"\x88\x98" + GOOD[2:])
show("window vs wbits", GOOD, 8)
show("needs dict", b"\x78\xbb" + GOOD[2:])
show("block type", b"x\x01\x07")
show("stored lengths", b"x\x01\x01\x01\x00\xff\xff")
show("stored short", b"x\x01\x01\x01\x00\xfe\xffa")
show("bad wbits", GOOD, 99)
show("bad wbits 7", GOOD, 7)
show("raw as zlib", GOOD, -15)
show("zlib as gzip", GOOD, 31)
show("zlib auto", GOOD, 47)
show("str", "abc")
show("bufsize", GOOD, 15, -1)
# fixed block with distance code 30 (never valid)
show("distance code", bytes.fromhex("0300") [:0] + b"x\x01" + bytes([0x03 | 0x00, 0xf0, 0x01]))
# dynamic-block header errors
show("too many symbols", b"x\x01" + bytes([0x05 | (30 << 3) & 0xff, 0xff, 0xff, 0xff]))
show("distance too far", bytes.fromhex("78014b04021b00"))
# gzip
GZ = zlib.compress(b"gzip data", 6, 31)
show("gzip ok", GZ, 31)
show("gzip crc", GZ[:-8] + b"\0\0\0\0" + GZ[-4:], 31)
show("gzip length", GZ[:-4] + b"\0\0\0\0", 31)
show("gzip flags", GZ[:3] + b"\xe0" + GZ[4:], 31)
show("gzip method", GZ[:2] + b"\x07" + GZ[3:], 31)
show("gzip hcrc", GZ[:3] + b"\x02" + GZ[4:10] + b"\0\0" + GZ[10:], 31)
show("gzip truncated", GZ[:5], 31)

d = zlib.decompressobj()
try:
    d.decompress(b"\x78\x9dabc")
except zlib.error as e:
    print("obj", e)
try:
    d.decompress(b"more")
except zlib.error as e:
    print("obj again", e)
d = zlib.decompressobj()
print(d.decompress(GOOD[:-3]), d.eof)
print(d.flush(), d.eof)
for bad in [lambda: zlib.decompressobj().decompress(GOOD, -1),
            lambda: zlib.decompressobj().flush(0),
            lambda: zlib.decompressobj(wbits=99),
            lambda: zlib.decompressobj(zdict="text")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
