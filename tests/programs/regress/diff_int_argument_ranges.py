# Integer arguments past what CPython's C converters hold: each converter
# has its own answer (a differential-fuzzer finding: bytes(2**64 + 1) was
# IndexError where python3 raises OverflowError).
#  - Py_ssize_t arguments (Argument Clinic 'n'): OverflowError "... C ssize_t"
#  - C int arguments: OverflowError "... C int", already past 2**31
#  - counts (bytes(n), bytearray(n)) and subscripts: "cannot fit 'int' into
#    an index-sized integer", OverflowError and IndexError respectively
#  - slice-like start/end arguments (find, count, index, startswith): clamped
#  - round()'s digits and int()'s base: clamped
import collections

B = 2**64 + 1
M = 2**40
cases = [
    "bytes(B)", "bytearray(B)", "bytes(-B)", "bytearray(-B)",
    "'a'.ljust(B)", "'a'.rjust(-B)", "'a'.center(B)", "'a'.zfill(B)",
    "b'a'.ljust(B)", "b'a'.center(B)", "b'x'.zfill(B)",
    "'a'.expandtabs(B)", "'a'.expandtabs(M)", "b'a'.expandtabs(M)", "'a\\tb'.expandtabs(-M)",
    "[1].pop(B)", "[1].insert(B, 0)", "[1].insert(-B, 0)", "bytearray(b'a').pop(B)",
    "'abc'.split(',', B)", "'abc'.rsplit(None, B)", "bytes(3).split(b'x', B)",
    "'abc'.replace('a', 'b', B)", "'abc'.replace('a', 'b', -B)",
    "[1][B]", "(1,)[B]", "'a'[B]", "range(3)[B]", "b'ab'[B]", "bytearray(b'ab')[B]",
    "memoryview(b'ab')[B]", "memoryview(b'ab')[-B]",
    "[1] * B", "'a' * B", "bytearray(3) * B",
    "round(1.5, B)", "round(1.5, -B)", "round(7, B)", "round(2.5, M)",
    "int('1', B)", "int('1', -B)",
    "(1).to_bytes(B, 'big')",
    "'x\\ny'.splitlines(B)", "'x\\ny'.splitlines(M)", "'x\\ny'.splitlines(2)", "b'x\\ny'.splitlines(1)",
    "'x'.splitlines('yes')", "b'x'.splitlines(1.5)",
    "'a'.encode().hex(':', B)", "b'abcd'.hex(':', M)", "b'abcd'.hex(':', -2)",
    "'%*d' % (B, 1)", "'%*d' % (-B, 1)", "'%.*f' % (B, 1.0)", "'%.*f' % (M, 1.0)",
    "b'%*d' % (B, 1)", "b'%.*f' % (M, 1.0)",
    "slice(B).indices(3)", "slice(-B, B).indices(3)",
    "collections.deque([1])[B]",
    "'abc'.find('a', 'x')", "'abc'.count('a', None, 'x')", "b'abc'.find(b'a', 'x')",
    "[1].index(1, 'x')", "(1,).index(1, None)", "[1].index(1, 0, None)",
    "'abc'.index('a', -B)", "'abc'.find('c', B)", "'abc'.startswith('a', B)",
    "'ab'.endswith('b', 0, B)", "'ab'.rfind('b', None, B)", "'abc'.count('a', 0, B)",
    "[1, 2].index(2, -B)", "(1, 2).index(2, -B, B)", "[1, 2].index(1, B)",
    "b'ab'.count(b'a', -B)", "bytearray(b'ab').index(b'b', -B)", "b'ab'.rindex(b'a', 0, B)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:60])
    except Exception as e:
        print(c, "!!", type(e).__name__, str(e)[:80])
