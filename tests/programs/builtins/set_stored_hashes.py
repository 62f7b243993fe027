# Set operations pass the hash stored with each key, as CPython 3.11's
# setobject.c does: __hash__ runs once per key put into a table, and the
# __eq__ calls follow CPython's choice of which operand is iterated.
import sys
calls = []
class H:
    def __init__(self, n): self.n = n
    def __hash__(self):
        calls.append("hash %d" % self.n)
        return self.n % 4
    def __eq__(self, o):
        calls.append("eq %d %d" % (self.n, o.n))
        return isinstance(o, H) and self.n == o.n
    def __repr__(self): return "H%d" % self.n

def show(label, f):
    calls.clear()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__
    if isinstance(r, (set, frozenset)):
        r = sorted(r, key=lambda h: h.n)
    print(label, r, calls)

xs = [H(i) for i in range(8)]
a = set(xs[:5]); b = set(xs[3:]); fa = frozenset(xs[:3])
d = dict.fromkeys(xs[2:6])
show("and", lambda: a & b)
show("or", lambda: a | b)
show("sub", lambda: a - b)
show("xor", lambda: a ^ b)
show("eq", lambda: a == set(xs[:5]))
show("ne", lambda: a != b)
show("le", lambda: fa <= a)
show("lt", lambda: fa < a)
show("ge", lambda: a >= fa)
show("gt", lambda: a > fa)
show("isdisjoint set", lambda: a.isdisjoint(b))
show("isdisjoint list", lambda: a.isdisjoint([xs[7], xs[1], xs[6]]))
show("issubset list", lambda: fa.issubset(xs))
show("issuperset list", lambda: a.issuperset([xs[0], xs[6], xs[1]]))
show("set(dict)", lambda: set(d))
show("set(set)", lambda: set(a))
show("union dict", lambda: a.union(d))
show("intersection list", lambda: a.intersection([xs[1], xs[7], xs[2]]))
show("intersection many", lambda: a.intersection(b, fa))
show("difference list", lambda: a.difference([xs[1]]))
show("difference dict", lambda: a.difference(d))
show("difference set", lambda: a.difference(b, fa))
show("symdiff list", lambda: a.symmetric_difference([xs[0], xs[7]]))
show("fromkeys set", lambda: list(dict.fromkeys(fa)))
show("fromkeys dict", lambda: list(dict.fromkeys(d)))
def inplace(op):
    def f():
        s = set(a)
        calls.clear()
        if op == "&": s &= b
        elif op == "|": s |= b
        elif op == "-": s -= b
        else: s ^= b
        return s
    return f
for op in "&|-^":
    show("i" + op, inplace(op))
def upd(meth, arg):
    def f():
        s = set(a)
        calls.clear()
        getattr(s, meth)(arg)
        return s
    return f
show("intersection_update list", upd("intersection_update", [xs[1], xs[3]]))
show("difference_update list", upd("difference_update", [xs[1], xs[3]]))
show("symmetric_difference_update dict", upd("symmetric_difference_update", d))
show("update dict", upd("update", d))
k = {1: H(1)}.keys()
show("keys == set", lambda: {1: 0}.keys() == {1})
show("set == keys", lambda: {1} == {1: 0}.keys())
show("keys < set", lambda: {1: 0}.keys() < {1, 2})
show("set > keys", lambda: {1, 2} > {1: 0}.keys())
show("values == values", lambda: {1: 0}.values() == {1: 0}.values())
class Q:
    def __eq__(self, o): calls.append("Q eq"); return True
    __hash__ = object.__hash__
show("items == items", lambda: {1: Q()}.items() == {1: Q()}.items())
show("items == list", lambda: {1: 2}.items() == [(1, 2)])
show("keys - list", lambda: {xs[1]: 0, xs[2]: 0}.keys() - [xs[2]])
show("keys | set", lambda: {xs[1]: 0}.keys() | {xs[2]})
show("set & keys", lambda: {xs[1], xs[5]} & {xs[1]: 0, xs[2]: 0, xs[3]: 0}.keys())
# dummy reuse: which slot a re-added key takes
s = set(range(8)) if False else set()
for i in (1, 9, 17, 25): s.add(i)
s.discard(1); s.discard(9)
s.add(33)
print(list(s))
g = (x for x in [xs[0], xs[7], xs[6]])
print(a.isdisjoint(g), list(g))
g = (x for x in [xs[0], xs[1], xs[2], xs[3], xs[4], xs[6]])
calls.clear(); print(sorted(a.intersection(g), key=lambda h: h.n), list(g))
