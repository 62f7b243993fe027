# Results too big to make: CPython's OverflowError where a length cannot
# be counted (str and bytes repetition, a shift past MAX_LONG_DIGITS) and
# MemoryError where it would try to allocate.
for e in ['"ab" * 2**62', 'b"ab" * 2**62', 'bytearray(b"ab") * 2**62', '[1, 2] * 2**62',
          '(1, 2) * 2**62', '"" * 2**62', '"a" * (2**63)', '1 << 2**40', '1 << 2**64',
          '1 << 10**20', '(-7) << 2**70', '0 << 2**100', 'len("ab" * 3)']:
    try:
        print(e, "->", eval(e))
    except (OverflowError, MemoryError) as x:
        print(e, "->", type(x).__name__, x)
