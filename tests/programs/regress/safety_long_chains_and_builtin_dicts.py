# A long __context__ chain is walked without Rust recursion, and a builtin
# type's __dict__ handed to the program cannot corrupt the type.
e = None
for i in range(20000):
    try:
        raise ValueError(i)
    except ValueError as x:
        x.__context__ = e
        e = x
n = 0
while e is not None:
    n += 1
    e = e.__context__
print(n)
d = list.__dict__
try:
    del d['append']
except TypeError:
    pass
l = []
l.append(1)
print(l, 'append' in list.__dict__)
