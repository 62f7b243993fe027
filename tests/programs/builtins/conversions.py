# int, float, str, bool, list, tuple, dict, set and repr conversions.
print(int("12"), int(" -7 "), int(3.7), int(-3.7), int(True), int("101", 2), int("7f", 16), int("0"))
print(float("2.5"), float(3), float("-0"), float(" 1e-3 "), float(True), float("nan") != float("nan"))
print(str(42), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}), str(""))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(None))
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1, "y": 2}), list())
print(tuple([1, 2]), tuple("hi"), tuple(), tuple(range(2, 5)))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"c": 3}, d=4), dict(zip("xy", [7, 8])), dict())
print(sorted(set("mississippi")), set([3, 1, 3, 2]), set(), set(range(4)))
print(repr("quote's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnewline\n"), repr("back\\slash"))
print(repr(1), repr(1.0), repr(-2.5e-8), repr(None), repr(True), repr([1, [2, (3,)]]), repr(()), repr((1,)))
print(repr({1: "one", "two": 2.0, (3,): [3]}), repr(set()), repr({5}), repr([]), repr({}))
print(repr("unicode é ☺"), repr("\x00\x7f"), len(repr("a\nb")))
for bad in ["", "1.5", "abc", "12abc", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("int ValueError:", e)
for bad in ["", "one", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("float ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
# Round trips.
for v in [0, -1, 2 ** 70, 3.25, 1e100, -0.0]:
    print("round trip", repr(v), type(v)(str(v)) == v)
print("round trips:", int(str(2 ** 200)) == 2 ** 200, float(repr(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print(str(12345)[::-1], int(str(12345)[::-1]) + 1)
print(list(map(int, "1 2 3 4".split())), [float(x) for x in ["1", "2.5"]], list(map(str, [1, 2])))
print(tuple(list(tuple([1, 2]))), list({"a": 1}.keys()), str(list(str(123))))
