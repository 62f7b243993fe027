# functools.partial and partialmethod: calls, flattening, repr, attributes.
import functools
from functools import partial, partialmethod


def noaddr(s):
    # drop " at 0x..." addresses from reprs
    out = []
    i = 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        out.append(s[i:j])
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        i = k


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


p = partial(f, 1)
print(p(), p(5), p(5, 6, 7), p(c=9, z=1))
print(p.func is f, p.args, p.keywords)
p2 = partial(f, 1, 2, c=30, d=40)
print(p2(), p2(3, c=0), p2(d=1, e=2))
print(p2.args, p2.keywords)
print(noaddr(repr(p)), noaddr(repr(p2)))
print(repr(partial(len)), repr(partial(max, key=abs)))
print(repr(partial(divmod, 7)), partial(divmod, 7)(2))

# keywords from the call override the stored ones and are not shared
kw_p = partial(f, c=1)
print(kw_p(0, c=2), kw_p.keywords)
def mutate(**kw):
    kw["x"] = 1
    return kw
mp = partial(mutate, a=1)
print(mp(), mp(), mp.keywords)

# flattening of nested partials
inner = partial(f, 1, c=2)
outer = partial(inner, 3, d=4)
print(outer.func is f, outer.args, outer.keywords, outer())
deep = partial(partial(partial(f, 1), 2), 3)
print(deep.func is f, deep.args, noaddr(repr(deep)))
# a partial with attributes of its own is not flattened
tagged = partial(f, 1)
tagged.note = "kept"
wrapped = partial(tagged, 2)
print(wrapped.func is tagged, wrapped.args, wrapped.func.note, wrapped())
print(tagged.__dict__)

# subclass: repr uses the bare class name, no flattening of __call__ overrides
class MyPartial(partial):
    pass
mp2 = MyPartial(max, 3)
print(repr(mp2), mp2(9), mp2(1), type(mp2).__name__)
print(repr(partial(mp2, 4)), partial(mp2, 4)(), partial(mp2, 4).func is max)
class Loud(partial):
    def __call__(self, *a, **k):
        print("Loud call", a, k)
        return super().__call__(*a, **k)
ld = Loud(min, 5)
print(ld(3))
lp = partial(ld, 1)
print(lp.func is ld, lp(7))

# read-only attributes
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print(attr, "AttributeError", e)
p.extra = 5
print(p.extra, p.__dict__)

# errors
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
try:
    partial()
except TypeError as e:
    print("TypeError", e)

# recursive repr
rp = partial(f)
rp2 = partial(rp, [rp])
print(noaddr(repr(rp2)))
lst = []
rec = partial(f, lst)
lst.append(rec)
print(noaddr(repr(rec)))

# partial of a method, of a class, of a builtin
class Acc:
    def __init__(self, start):
        self.total = start
    def add(self, x, times=1):
        self.total += x * times
        return self.total
acc = Acc(10)
add5 = partial(acc.add, 5)
print(add5(), add5(times=3), acc.total)
mk = partial(Acc, 100)
print(mk().total)
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3), noaddr(repr(base2)))
print(list(map(partial(pow, 2), range(6))))
print(sorted(["bb", "a", "ccc"], key=partial(len)))

# partial stored on a class is not bound (no descriptor behaviour)
class Holder:
    meth = partial(f, "class-level")
print(Holder().meth(), Holder.meth("x"))

# partialmethod
class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, note=""):
        self._alive = bool(state)
        return (state, note)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    both = partialmethod(set_state)

c = Cell()
print(c.alive, c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_alive(note="again"), c.both(0, note="n"))
print(Cell.set_alive(c), Cell.set_dead(c, note="override"))
pm = Cell.__dict__["set_dead"]
print(pm.args, pm.keywords, pm.func is Cell.__dict__["set_state"])
print(noaddr(repr(pm)))

def standalone(self, *args, **kw):
    return (type(self).__name__, args, kw)
class UsesPlain:
    go = partialmethod(standalone, 1, k=2)
    go2 = partialmethod(go, 3)
u = UsesPlain()
print(u.go(), u.go(9, k=0), u.go2(), UsesPlain.__dict__["go2"].args)
print(UsesPlain.go(u, "x"))

class WithCallable:
    op = partialmethod(partial(standalone, "first"), "second")
res = WithCallable().op("third")
print(res[0], type(res[1][1]).__name__, res[1][2:], res[2])

# partialmethod over classmethod and staticmethod
class K:
    @classmethod
    def make(cls, a, b=0):
        return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
    @staticmethod
    def st(a, b):
        return ("st", a, b)
    st1 = partialmethod(st, "A")
class K2(K):
    pass
print(K.make1(), K().make1(b=5), K2.make1(), K2().make1())
print(K.st1("B"), K().st1("C"))
print(type(K().make1).__name__, K().make1.args, K.make1.keywords)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError", e)
