# Two bools combined with &, | or ^ give a bool at run time too (it was an
# int unless the compiler folded the expression); with an int, an int.
x, y = False, True
print(x | y, x & y, x ^ y, y | y, type(x | y).__name__)
x |= False
print(x, type(x).__name__)
flags = [True, False, True]
acc = False
for f in flags:
    acc ^= f
print(acc, True | 2, False ^ 3, 1 & True, type(True & 1).__name__)
print(True.__or__(False), False.__and__(True), True.__xor__(True), True.__ror__(False), True.__or__(1))
