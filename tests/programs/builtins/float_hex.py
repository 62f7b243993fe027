# float.hex and float.fromhex: exact round trips, subnormals, rounding of
# long mantissas (half to even), and the errors.
import math

values = [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, 123456.789, float("inf"), float("-inf")]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v or (math.isnan(v) and math.isnan(back)), repr(back))
print(float("nan").hex(), float.fromhex("nan"), float.fromhex("-Infinity"), float.fromhex("  +inf  "))
for s in ["0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1.fffffffffffff8p0", "0x1.fffffffffffff7ffp0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x.8p1", "1", "ff", "0XAbC.dEfP-3", "-0x0p0",
          "0x1.fffffffffffffp1023", "0x1p-1022", "0x0.0000000000001p-1022", "0x10p-4", "0x1p+10", "1.", ".8"]:
    print(s, repr(float.fromhex(s)))
for bad in ["", "0x", "0xg", "0x1p", "0x1pz", "1..2", "0x1p1.5", "x1", "0x1 2"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for big in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023"]:
    try:
        float.fromhex(big)
    except OverflowError as e:
        print("OverflowError", big, e)


class F(float):
    pass


x = F.fromhex("0x1.8p1")
print(type(x).__name__, x, F(2.5).hex())
