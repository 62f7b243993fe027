# deque.clear() empties the deque first, then releases its items left to
# right, as CPython's deque_clear does.
from collections import deque
class D:
    def __init__(s, n, q=None): s.n = n; s.q = q
    def __del__(s):
        print("del", s.n, "deque now", len(s.q) if s.q is not None else "-")
q = deque()
q.extend(D(i, q) for i in range(3))
q.rotate(1)
q.clear()
print("--")
q = deque([D(0), D(1), D(2)])
q.appendleft(D(-1))
q.clear()
print("end")
