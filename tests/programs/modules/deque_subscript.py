# d[i] and d[i] = v on an exact deque take the direct path; a subclass's
# __getitem__/__setitem__ still answer for its instances.
from collections import deque
class D(deque):
    def __getitem__(self, i): return ("sub", super().__getitem__(i))
    def __setitem__(self, i, v): super().__setitem__(i, v * 2)
d = D([1, 2, 3]); d[0] = 5
print(d[0], d[-1], list(d))
e = deque(range(5)); e[1] = "x"; print(e[1], e[-1])
for bad in (5, -6, "a", 1.5):
    try: e[bad]
    except (IndexError, TypeError) as ex: print(type(ex).__name__, ex)
    try: e[bad] = 0
    except (IndexError, TypeError) as ex: print(type(ex).__name__, ex)
try: e[1:2]
except TypeError as ex: print(ex)
class I:
    def __index__(self): e.clear(); return 0
try: e[I()]
except IndexError as ex: print(ex)
