# Item 12: gc.is_tracked agrees with CPython 3.11, case by case.
# corpus: skip-stress (a stress collection untracks tuples early)
import gc, sys
class C:
    def m(self): pass
def f():
    x = 1
    def g(): return x
    return g
g = f()
cases = [("()", ()), ("(1,2)", (1, 2)), ("(1,[])", (1, [])), ("tuple([1,2])", tuple([1, 2])),
 ("{}", {}), ("dict()", dict()), ("{'a':1}", {"a": 1}), ("dict(a=1)", dict(a=1)), ("{'a':[]}", {"a": []}),
 ("dict(a=[])", dict(a=[])), ("{1:()}", {1: ()}), ("dict.fromkeys('ab')", dict.fromkeys("ab")),
 ("dict.fromkeys('ab',[])", dict.fromkeys("ab", [])), ("{'a':f}", {"a": f}), ("{'a':C}", {"a": C}),
 ("{'a':C()}", {"a": C()}), ("[]", []), ("[1]", [1]), ("set()", set()), ("{1}", {1}), ("frozenset()", frozenset()),
 ("frozenset({1})", frozenset({1})), ("f", f), ("lambda", lambda: 0), ("C", C), ("C()", C()), ("C().m", C().m),
 ("sys", sys), ("g.__closure__[0]", g.__closure__[0]), ("property()", property()), ("staticmethod(f)", staticmethod(f)),
 ("classmethod(f)", classmethod(f)), ("slice(1,2)", slice(1, 2)), ("iter([])", iter([])), ("iter(())", iter(())),
 ("enumerate([])", enumerate([])), ("zip()", zip()), ("map(f,[])", map(f, [])), ("len", len), ("[].append", [].append),
 ("ValueError()", ValueError()), ("range(3)", range(3)), ("f.__code__", f.__code__), ("1", 1), ("'s'", "s"),
 ("b'x'", b"x"), ("None", None), ("object()", object()), ("object", object), ("int", int), ("type", type),
 ("{}.keys()", {}.keys()), ("super()", None)]
for t, v in cases:
    print(t, gc.is_tracked(v))
d = C().__dict__
print("C().__dict__", gc.is_tracked(d))
c = C(); c.x = []
print("C() with list attr __dict__", gc.is_tracked(c.__dict__))
d = {"a": []}
print("copy of tracked", gc.is_tracked(d.copy()), gc.is_tracked(dict(d)))
