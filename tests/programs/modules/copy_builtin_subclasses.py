# copy and deepcopy of instances of user subclasses of builtin types that
# describe themselves with __reduce__ (deque, random.Random): the copy has
# the subclass, the items, what the reduction keeps of the instance, and
# (deep) copies of what it holds.
import copy
import random
from collections import deque


class D(deque):
    pass


d = D([[1], [2]], maxlen=5)
d.tag = "t"
for f in (copy.copy, copy.deepcopy):
    c = f(d)
    print(type(c).__name__, list(c), c.maxlen, getattr(c, "tag", None), c[0] is d[0], c is d)


class R(random.Random):
    pass


r = R(7)
r.extra = {"k": 1}
for f in (copy.copy, copy.deepcopy):
    c = f(r)
    print(type(c).__name__, c.random() == r.random(), getattr(c, "extra", None))
