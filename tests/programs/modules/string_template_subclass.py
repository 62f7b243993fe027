import string
class A(string.Template):
    braceidpattern = r"[a-z.]+"
class B(string.Template):
    idpattern = r"[a-z]+"
class C(string.Template):
    flags = 0
class P(string.Template):
    delimiter = '%'
class R(string.Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>) |
      (?P<invalid>)
    )"""
print(A("${a.b} $x").substitute({"a.b": 1, "x": 2}))
print(B("$ab_c").substitute(ab="X", ab_c="Y"))
print(C("$ABC $abc").safe_substitute(ABC=1, abc=2))
print(P("%who likes %%what").substitute(who="tim", what="kung pao"))
print(R("[name] and [[").substitute(name="Z"))
print(string.Template("$who $$ ${x}y").substitute(who="a", x="b"), string.Template.flags, string.Template.delimiter, string.Template.idpattern)
print(B("$ab_c $zz").get_identifiers(), B("$ab $").is_valid(), A("${a.b}").get_identifiers())
try:
    B("$ab $").substitute(ab=1)
except ValueError as e:
    print(e)
print(string.Template.pattern.pattern == A.pattern.pattern, type(A.pattern).__name__, A.flags)
