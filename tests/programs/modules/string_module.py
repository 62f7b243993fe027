# The string module: constants, capwords, Template.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters",
             "digits", "hexdigits", "octdigits", "punctuation", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(sorted(string.__all__)[:4])

print(string.capwords("hello   world  from\tpython"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c dEF", "-"))
print(string.capwords("x,,y", ","))
print(repr(string.capwords("")), repr(string.capwords("", "-")))
print(string.capwords("ÉCOLE élève"))

T = string.Template
t = T("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 3}, what="override"))
print(t.template)
print(T("${noun}ification and $$ and $$$x").substitute(noun="sing", x=1.5))
print(T("$a$b${a}${b}$a_b $a.b").substitute(a=1, b=2, a_b="AB"))
print(T("no placeholders").substitute())
print(T("$").safe_substitute(), T("$$").substitute(), T("trail $").safe_substitute())
print(T("${x} ${ x} ${x y} ${1} $1 ${} $é").safe_substitute(x="X"))
print(T("$x_1y9 $_ $__x $X").substitute({"x_1y9": "ok", "_": "u", "__x": "dd", "X": "big"}))

for tpl, kw in [("$who likes $what", {"who": "tim"}),
                ("Give $who $100", {"who": "tim"}),
                ("line one\nline $ two", {}),
                ("first\nsecond\nthird ${bad", {}),
                ("${", {}),
                ("$", {}),
                ("ab\r\ncd\r\n$$ $5", {}),
                ("$missing", {})]:
    t = T(tpl)
    try:
        print(repr(t.substitute(**kw)))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
    print(repr(t.safe_substitute(**kw)), t.is_valid(), t.get_identifiers())

t = T("$a ${b} $a $$c ${a} $d")
print(t.get_identifiers(), t.is_valid())
print(t.safe_substitute({"a": [1, 2]}, d=None))

class Lookup:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        if key.startswith("k"):
            return key.upper()
        raise KeyError(key)
lk = Lookup()
print(T("$k1 and ${k2} and $other").safe_substitute(lk), lk.seen)
try:
    T("$k1 $nope $k3").substitute(lk)
except KeyError as e:
    print("KeyError", e, lk.seen)
print(T("$k1 $z").substitute(lk, z="kw"))
try:
    T("$k1 $zz").substitute(lk, z="kw")
except KeyError as e:
    print("KeyError", repr(e))

class Percent(string.Template):
    delimiter = "%"
print(Percent("%who owes %%%amount (%{cur})").substitute(who="bob", amount=5, cur="EUR"))
print(Percent("100% sure, $x").safe_substitute(x=1))
class Multi(string.Template):
    delimiter = "<<"
print(Multi("a<<x b<<<<c <<{y}!").substitute(x=1, y=2))

class Obj:
    def __str__(self):
        return "OBJ"
print(T("[$o]").substitute(o=Obj()))

# --- Formatter
F = string.Formatter()
print(F.format("{} + {} = {}", 1, 2, 3))
print(F.format("{0}{1}{0}", "ab", "cd"))
print(F.format("{name:>8}|{name:<8}|{name:^8}|", name="mid"))
print(F.format("{0!r} {0!s} {0!a}", "é"))
print(F.format("{0:{1}.{2}f}", 3.14159, 10, 3))
print(F.format("{:{}{}}", 42, ">", 6))
print(F.format("{p.real} {d[key]} {l[1]} {l[0][0]}", p=5, d={"key": "v"}, l=["xy", 7]))
print(F.format("{{literal}} {{{0}}}", "in braces"))
print(F.format("{0:x} {0:o} {0:b} {0:08.3f} {0:,}", 255))
print(F.format("{:%}", 0.25), F.format("{!r:>10}", "s"))
print(F.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(list(F.parse("a{{b}}c{0!r:>{w}}d{}")))
print(list(F.parse("")), list(F.parse("plain")), list(F.parse("{x.y[0]}")))
for bad in ["{", "}", "{0!}", "{0!x}", "{0", "{0:{1}", "{0!r", "{a{b}", "{0[}",
            "{0.}", "{0[0]x}", "{} {0}", "{0} {}", "{0:{1:{2:{3}}}}"]:
    try:
        print(repr(bad), F.format(bad, 1, 2, 3, 4, a=1))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    F.format("{missing}")
except KeyError as e:
    print("KeyError", e)
try:
    F.format("{5}", 1)
except IndexError as e:
    print("IndexError", e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
U = Upper()
print(U.format("{0} {x} {unknown!u} {1:>4}", "abc", "d", x="yes"))
