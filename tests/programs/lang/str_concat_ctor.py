# str + str builds the text at its exact size, and str(x) skips argument
# binding; a subclass, keywords, bytes with an encoding and errors as before.
class S(str):
    pass
s = S(5)
print(type(s).__name__, s, repr(S("ab")), type(S()).__name__)
print(str(), str(5), str(object=7), str(b"hi", "utf-8"), str(b"x", encoding="ascii"))
a = "x" * 3
print(a + "yz", "" + a is a, a + "" is a, "é" + "ü", len("日本" + "語"), ("日本" + "語")[2])
class T(str):
    def __add__(self, o): return "T+"
print(T("q") + "r", "r" + T("q"))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
