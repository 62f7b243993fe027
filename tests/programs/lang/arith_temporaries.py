# Arithmetic on temporaries: a result may take the object of an operand
# that dies with the operation, which no program can tell apart from a new
# object. Values, identities of shared small ints, and the operands that
# live on (names, containers, constants) must all stay as CPython has them.
import sys

a, b = 1.5, 2.5
x = a * b + 1.0
print(x, a, b, sys.getrefcount(x))
t = a * b
u = t + 1.0
print(t, u, t is u)
l = [a * b + 0.5, a * b - 0.5]
print(l, l[0] is l[1])
print((a * b) * (a * b), (a + b) / (a - b), 2 * (a + b), (a + b) * 2)
s = 0.0
for i in range(1000):
    s = s * 0.5 + (a * i + b) / 3.0
print(s)

i = 1000
j = (i * 3 + 7) & 0xffff
print(j, i)
k = (i - 1000) + 5
print(k, k is int("5"), (i - 995) is int("5"))
n = (i * i - 999999) - 1
print(n, n is int("0"))
big = (2 ** 62 + 2 ** 62) + 1
print(big, (big - 1) - 2 ** 62)
x = 12345
for _ in range(1000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
print(x)
m = i + 1
mm = m + 1
print(m, mm, (m + 0) is m)
print((i + 1) ^ (i * 2), (i | 7) - (i & 7), -(i + 1) + 2000)
d = {i + 1: "a"}
print(d[1001], (i + 1) in d)
print(True + True, (True + 1000) + 1, 1.0 + True, (2 ** 40 + 1) * 3)
