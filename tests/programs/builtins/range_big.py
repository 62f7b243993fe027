# range past 64 bits (CPython's big-int paths) and reversed(range) as a
# range iterator the other way.
r = range(2**100)
print(r, r[2**99], r[-1], 2**99 in r, r.index(5), r.count(2**70), r[2**98:2**99:3])
try: print(len(r))
except OverflowError as e: print("OverflowError", e)
print(r.start, r.stop, r.step, bool(r), reversed(range(2**64, 2**64+3)).__next__())
print(list(range(2**64, 2**64 + 3)), range(0, 2**65, 2**63), len(range(0, 2**65, 2**63)))
print(hash(range(2**70)) == hash(range(2**70)), range(2**70) == range(2**70))
it = iter(range(2**64, 2**64+2)); print(next(it), next(it))
print(range(-2**70, 0)[-1], range(10**20, 0, -10**19)[3])
try: r[2**100]
except IndexError as e: print("IndexError", e)
for r in [range(5), range(0), range(1, 10, 3), range(10, 0, -2), range(-5, 5, 7), range(2**62, 2**63 - 1, 2**61)]:
    it = reversed(r)
    print(type(it).__name__, list(it) == list(r)[::-1])
print(list(reversed(range(2**64, 2**64 + 3))))
print(list(reversed(range(2**64, 2**64 + 3))))
it = reversed(range(10**12)); print(next(it), next(it))
print(bool(range(2**100)), bool(range(2**100, 0)), range(2**100).index(2**99), range(2**100).count(3))
print(range(2**64, 2**64 + 10)[::-3], range(2**64)[-2**63:], list(range(2**64, 2**64 + 10)[2:8:2]))
try: range(2**64)[::0]
except ValueError as e: print("ValueError", e)
try: range(2**64)["a"]
except TypeError as e: print("TypeError", e)
