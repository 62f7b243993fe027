# str methods' argument errors are CPython's own words; input() reads a
# replaced sys.stdin; bytearray's iterator type; reversed() of a range too
# big for a machine word.
import io
import sys

tests = ['"abc".partition(None)', '"abc".rpartition(1)', '"abc".strip(1)', '"abc".lstrip(1)',
         '"a".removeprefix(None)', '"a".removesuffix(1)', '"abc".find(1)', '"abc".rfind(1)',
         '"abc".index(1)', '"abc".count(1)', '"abc".startswith()', '"abc".count()',
         '"abc".endswith(1)', '"abc".ljust(5, 1)', '"abc".center(5, "ab")', '"abc".find("a", 1, 2, 3)',
         '"abc".startswith("a", 1, 2, 3)', 'b"abc".find(1.5)', '"abc".strip("c")', '"abc".rjust(5, "*")']
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

sys.stdin = io.StringIO("first\r\nsecond\nthird")
print(repr(input()), repr(input()), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)

print(type(iter(bytearray(b"ab"))).__name__, list(iter(bytearray(b"ab"))))
r = range(2**70)
rv = reversed(r)
print(next(rv), next(rv), next(reversed(range(0, 2**70, 3))), list(reversed(range(2**70, 2**70 - 5, -2))))
print(list(reversed(range(10**20, 10**20 + 3))), list(reversed(range(2**70, 0))))
