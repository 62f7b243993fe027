# A number type's slots leave a wider operand to it (NotImplemented), as
# CPython's long and float slots do; subclasses still mix with wider types.
print((2).__add__(1j), (2).__add__(1.5), (2).__mul__(2.0), (2.0).__add__(1j))
print((2.0).__add__(1), (2).__radd__(1.5), (2).__divmod__(1.5), (True).__add__(1.5), (2).__add__(True))
print((2).__sub__(0.5), (2.5).__rsub__(1j), (3).__pow__(0.5), (3).__rtruediv__(1.5))
class MyInt(int): pass
class MyFloat(float): pass
print(MyInt(2) + 1.5, 1.5 + MyInt(2), MyInt(2) + 1j, divmod(MyInt(7), 2.0), MyInt(3) ** 0.5)
print(MyFloat(2.5) * 2, 2 * MyFloat(2.5), MyFloat(1.5) + 1j, MyInt(2) - MyFloat(0.5), divmod(7, MyFloat(2.0)))
# ** with keys that are not strings.
def f(**kw): return kw
for bad in [{1: 2}, {"a": 1, 2: 3}]:
    try:
        f(**bad)
    except TypeError as e:
        print(e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
print(f(**{"x": 1}))
