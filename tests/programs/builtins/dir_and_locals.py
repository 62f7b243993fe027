def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals().items(), key=lambda kv: kv[0])[:3])
    return g
f(1)
class P:
    z = 1
    def m(self): pass
p = P(); p.y = 2
print([n for n in dir(p) if not n.startswith("_")])
x = 5
print([n for n in dir() if not n.startswith("_")])
import sys
print("getrefcount" in dir(sys))
