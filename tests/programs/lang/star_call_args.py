# f(*x) alone passes x to CALL_FUNCTION_EX, which makes a tuple of it unless
# it is one (so no extra reference to the items) and names the function
# when x is not iterable; with other arguments it is LIST_EXTEND's error.
import sys
def f(*a, **k): pass
class G:
    def __iter__(self): raise ValueError("boom")
for src in ['f(*1)', 'f(*1, 2)', 'f(1, *2)', 'f(*[1], *2)', '[*1]', 'f(*1, **{})', 'f(x=1, *1)', 'print(*None)', '(lambda: 0)(*5)', 'len(*3)', 'f(*G())', 'dict.get(*1)', '[].append(*1)']:
    try: eval(src)
    except (TypeError, ValueError) as e: print(src, '|', type(e).__name__, e)
def g(a, b):
    print(sys.getrefcount(a))
o = object()
t = (o, 1)
g(*t)
g(*[o, 1])
class T(tuple): pass
g(*T((o, 2)))
print(*"abc", sep="-")
print(*range(3), *(4, 5))
