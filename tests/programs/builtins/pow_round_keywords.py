print(pow(2, 5, mod=3), pow(base=2, exp=5), round(number=2.5), round(2.567, ndigits=2), pow(2, exp=10))
for call in ["pow(2)", "pow(2, 3, 4, 5)", "pow(2, 3, base=4)", "pow(2, 3, bogus=1)", "round()", "round(1.5, 2, 3)"]:
    try:
        eval(call)
    except TypeError as e:
        print(e)
class P:
    def __pow__(s, o, mod=None): return ("pow", o, mod)
try:
    print(pow(P(), 2, 5))
except TypeError as e:
    print(e)
print(pow(P(), 2))
