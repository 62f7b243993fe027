# Regression (differential fuzzer): an int past 64 bits where a byte is wanted is
# out of range (ValueError, %c's OverflowError), not IndexError.
big = [100000000000000000000, -100000000000000000000, 256, -1, 2**63, -2**63 - 1]
for x in big:
    for f in (lambda: x in b"ab", lambda: x in bytearray(b"ab"), lambda: b"ab".count(x),
              lambda: b"ab".find(x), lambda: bytearray(b"a").append(x), lambda: bytes([x]),
              lambda: b"%c" % x, lambda: bytearray(b"ab").index(x), lambda: bytearray(b"a").insert(0, x)):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
try:
    int.from_bytes([2**70], "big")
except Exception as e:
    print(type(e).__name__, e)
