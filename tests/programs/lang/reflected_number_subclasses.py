class F(float):
    def __rsub__(s, o): return "F.rsub"
    def __radd__(s, o): return "F.radd"
    def __rmul__(s, o): return "F.rmul"
print(1 - F(2), 1 + F(2), 3 * F(2), 1.5 - F(2), F(2) - 1)
class C(complex):
    def __radd__(s, o): return "C.radd"
print(1 + C(2), 2.5 + C(1), (1+1j) + C(1))
class G(float): pass
print(1 - G(2), 1 + G(2.5), 2 ** G(2))
class I(int):
    def __rsub__(s, o): return "I.rsub"
print(1 - I(2), 1.5 - I(2), True - I(1))
