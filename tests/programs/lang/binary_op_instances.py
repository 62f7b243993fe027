# Binary operators between class instances and with numbers: which
# operand's dunder runs, in which order, and what is left for a
# NotImplemented answer.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print("V.__add__", type(o).__name__)
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        print("V.__radd__", type(o).__name__)
        return V(o + self.x)

    def __mul__(self, k):
        return NotImplemented

    def __rmul__(self, k):
        print("V.__rmul__", type(k).__name__)
        return V(self.x * k)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, o):
        print("W.__radd__", type(o).__name__)
        return W(o.x * 100 + self.x)


class Plain:
    pass


print(V(1) + V(2))
print(V(1) + 5, V(1) + 2.5, V(1) + True)
print(5 + V(1), 2.5 + V(1))
# A subclass overriding the reflected method goes first.
print(V(1) + W(2))
# The same class: never the reflected method of the left's own type.
try:
    print(V(1) * V(2))
except TypeError as e:
    print("TypeError:", e)
print(3 * V(2))
try:
    V(1) * 3
except TypeError as e:
    print("TypeError:", e)
for a, b in [(Plain(), 1), (Plain(), Plain()), (1, Plain()), (Plain(), 2.0), (Plain(), True)]:
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)
try:
    object() - object()
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 3


print(Idx() * [0], [1] * Idx(), "ab" * Idx())
try:
    Idx() * Idx()
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __add__(self, o):
        return "plain add"


a = Acc()
a += 1
a += Acc()
print(len(a.items), a + 1, a + a)
v = V(10)
v += 1
print(v)
v += V(5)
print(v)


class Cmp:
    def __init__(self, n):
        self.n = n

    def __sub__(self, o):
        return self.n - (o.n if isinstance(o, Cmp) else o)

    def __truediv__(self, o):
        return self.n / o

    def __floordiv__(self, o):
        return self.n // o

    def __mod__(self, o):
        return self.n % o

    def __pow__(self, o):
        return self.n ** o

    def __and__(self, o):
        return self.n & o

    def __or__(self, o):
        return self.n | o

    def __xor__(self, o):
        return self.n ^ o

    def __lshift__(self, o):
        return self.n << o

    def __rshift__(self, o):
        return self.n >> o

    def __matmul__(self, o):
        return ("matmul", self.n, o.n)


c = Cmp(12)
print(c - Cmp(5), c - 2, c / 5, c // 5, c % 5, c ** 2, c & 10, c | 3, c ^ 5, c << 2, c >> 1)
print(c & True, c | False)
print(c @ Cmp(3))


# An instance with __index__ and a sequence: the class's own __mul__ /
# __rmul__ runs first, the sequence's repeat only when it declines.
class IM:
    def __index__(self):
        return 2

    def __mul__(self, o):
        return "IM.__mul__"

    def __rmul__(self, o):
        return "IM.__rmul__"


class IDecl:
    def __index__(self):
        return 2

    def __mul__(self, o):
        print("IDecl.__mul__ declines")
        return NotImplemented

    def __rmul__(self, o):
        print("IDecl.__rmul__ declines")
        return NotImplemented


class IRonly:
    def __index__(self):
        return 3

    def __rmul__(self, o):
        return "IRonly.__rmul__"


print(IM() * [1], [1] * IM(), IM() * "ab", (1,) * IM())
print(IDecl() * [1], [1] * IDecl(), IDecl() * "x")
print(IRonly() * [0], [0] * IRonly())
x = IDecl()
try:
    x *= [1]
except TypeError as e:
    print("TypeError:", e)
