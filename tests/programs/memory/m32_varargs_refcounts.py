# Builtins CPython 3.11 calls with an argument tuple (METH_VARARGS) hold one
# more reference to each argument while a dunder of it runs; min/max over
# several arguments hold each one more again while comparing it.
import sys
rc = sys.getrefcount


class It:
    def __iter__(self):
        print("iter", rc(self))
        return iter([1])

    def __format__(self, spec):
        print("format", rc(self))
        return "f"


i = It()
s = set()
s.update(i); s.union(i); s.intersection(i); s.difference(i)
s.intersection_update(i); s.difference_update(i)
s.issubset(i); s.symmetric_difference(i)
set.update(s, i); set.union(s, i)
frozenset().union(i); frozenset().intersection(i); frozenset().difference(i)
"{}".format(i); "{x}".format(x=i); str.format("{}", i); "{0}{0}".format(i)
[].extend(i); list(i); tuple(i); dict.fromkeys(i)


class C:
    def __lt__(self, o):
        print("lt", rc(self), rc(o))
        return True

    def __gt__(self, o):
        print("gt", rc(self), rc(o))
        return True


c = C()
min(c, C()); max(c, C()); min([c, C()]); max([c, C()])
min(c, C(), key=lambda v: v); sorted([c, C()])
