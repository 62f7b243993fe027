L = [None] * 3
D = {}
S = set()
class K:
    def __del__(self):
        for i in range(3): pass
        L.clear(); D.clear(); S.clear()
L[0] = K(); L[0] = 1; print(L)
L[:] = [K(), K()]; L[1] = 5; print([type(v).__name__ for v in L])
D['a'] = K(); D['a'] = 2; print(D)
D['b'] = K(); del D['b']; print(D)
D['c'] = K(); D.pop('c'); print(D)
D.update({'x': K()}); D.update({'x': 3}); print(D)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        for i in range(3): pass
        return hash(self.v)
    def __eq__(self, o):
        for i in range(3): pass
        D.clear(); S.clear()
        return isinstance(o, H) and o.v == self.v
D.clear()
D[H(1)] = 1
D[H(1)] = 2
print(len(D))
D[H(2)] = 1
print(D.get(H(2)), H(2) in D)
S.add(H(3)); print(H(3) in S, S.discard(H(3)), len(S))
x = {H(1): 1, H(1): 2}
print(len(x))
a = [H(1), H(2)]; b = [H(1), H(2)]
print(a == b, a.index(b[1]) if 0 else 0)
print(sorted([3,1,2], key=lambda v: (L.append(v), -v)[1]), [type(v).__name__ for v in L])
print(max([1,2,3], key=lambda v: (L.clear(), v)[1]))
print("-".join(["a", "b"]))
