# When a set's keys are released: in-place operators swap tables as
# CPython's set_swap_bodies (old keys released in table order), discards
# leave dummies a later add reuses (the last one passed), pop resumes
# from its finger.
import sys
class D:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return self is o
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D%d" % self.n
ds = [D(i) for i in range(12)]
s = set(ds)
t = set(ds[4:])
del ds
print("iand")
s &= {x for x in t if x.n % 2}
print(sorted(x.n for x in s))
print("isub")
s -= {x for x in t if x.n > 8}
print(sorted(x.n for x in s))
del t
print("ixor")
s ^= set()
print(list(s))
s.discard(next(iter(s)))
s.add(D(20))
s.add(D(36))
print(list(s))
print("pop", s.pop(), s.pop())
print("clear")
s.clear()
u = {D(1), D(9), D(17), D(25)}
for x in list(u):
    if x.n in (1, 9): u.discard(x)
u.add(D(33))
print(list(u))
fs = frozenset([D(40), D(41)])
r = fs | {D(42)}
print(type(r).__name__, sorted(x.n for x in r))
r2 = fs.copy()
print(r2 is fs, sys.getrefcount(fs))
print(type(fs.difference([])).__name__, type(set().union(fs)).__name__)
class S(set): pass
print(type(S([1]) | {2}).__name__, type(S([1]).intersection([1])).__name__)
del s, u, fs, r, r2, x
print("end")
