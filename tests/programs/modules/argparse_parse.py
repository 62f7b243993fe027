# argparse: parsing positionals and optionals, actions, nargs, types, Namespace
import argparse
import io
import sys

def attempt(parser, args, known=False):
    """Parse args; print the namespace, or the error text and exit status."""
    old = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        if known:
            result = parser.parse_known_args(args)
        else:
            result = parser.parse_args(args)
    except SystemExit as e:
        sys.stderr, sys.stdout = old
        print("%r -> exit %r" % (args, e.code))
        print(out.getvalue() + err.getvalue(), end="")
    else:
        sys.stderr, sys.stdout = old
        print("%r -> %r" % (args, result))

p = argparse.ArgumentParser(prog="prog")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-I", "--include", action="append", default=[])
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--tag", action="append_const", const="t", dest="tags")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--ext", action="extend", nargs="+")
for args in (["a"], ["a", "b"], ["-vvv", "a"], ["a", "-v", "--verbose", "-q"],
             ["--num", "7", "x"], ["--num=8", "x"], ["-n9", "x"], ["-n", "-1", "x"],
             ["--ratio", "2.5", "x"], ["--mode", "slow", "x"], ["--mo", "slow", "x"],
             ["-I", "a", "-Ib", "--include=c", "x"], ["--const", "--tag", "--tag", "x"],
             ["--pair", "k", "v", "x"], ["x", "--many"], ["x", "--many", "1", "2"],
             ["--some", "1", "2", "--", "x"], ["x", "--opt"], ["x", "--opt", "val"],
             ["--ext", "a", "b", "--ext", "c", "x"], ["--no-color", "x"],
             ["-qv", "x"], ["-vq", "x"], ["--", "-x"], ["--verb", "x"]):
    attempt(p, args)

print("nargs patterns:")
r = argparse.ArgumentParser(prog="r")
r.add_argument("first")
r.add_argument("rest", nargs="*")
r.add_argument("--flag", action="store_true")
attempt(r, ["a", "b", "c"])
attempt(r, ["a", "--flag", "b", "c"])
attempt(r, ["a"])
r2 = argparse.ArgumentParser(prog="r2")
r2.add_argument("xs", nargs="+")
r2.add_argument("y")
attempt(r2, ["1", "2", "3"])
attempt(r2, ["1"])
r3 = argparse.ArgumentParser(prog="r3")
r3.add_argument("two", nargs=2, type=int)
r3.add_argument("cmd", nargs=argparse.REMAINDER)
attempt(r3, ["1", "2", "run", "--fast", "-x"])
attempt(r3, ["1"])
r4 = argparse.ArgumentParser(prog="r4")
r4.add_argument("x", type=int)
r4.add_argument("--y", type=int)
attempt(r4, ["-5"])
attempt(r4, ["--y", "-3", "4"])
r5 = argparse.ArgumentParser(prog="r5")
r5.add_argument("-1", dest="one", action="store_true")
r5.add_argument("x", nargs="?")
attempt(r5, ["-1"])
attempt(r5, ["-2"])

print("defaults:")
d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--a")
d.add_argument("--b", default=5)
attempt(d, [])
attempt(d, ["--a", "1"])
d2 = argparse.ArgumentParser(prog="d2")
d2.add_argument("--n", type=int, default="10")
d2.add_argument("--m", type=int, default=10)
d2.set_defaults(extra="yes", m=20)
attempt(d2, [])
print(d2.get_default("n"), d2.get_default("m"), d2.get_default("extra"), d2.get_default("zz"))
ns = argparse.Namespace(pre="set")
print(d2.parse_args(["--n", "1"], namespace=ns))
print(d2.parse_args([], namespace=argparse.Namespace(n=99)))

print("namespace:")
n1 = argparse.Namespace(a=1, b="x")
print(n1, n1 == argparse.Namespace(a=1, b="x"), n1 != argparse.Namespace(a=2), "a" in n1, "c" in n1)
print(vars(n1), argparse.Namespace(), argparse.Namespace(**{"not valid": 1, "ok": 2}))

print("types:")
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("--even", type=even)
t.add_argument("--hexnum", type=lambda s: int(s, 16))
t.add_argument("--c", type=complex)
attempt(t, ["--even", "4", "--hexnum", "ff", "--c", "1+2j"])
attempt(t, ["--even", "3"])
attempt(t, ["--hexnum", "zz"])

print("boolean optional:")
b = argparse.ArgumentParser(prog="b")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True)
attempt(b, [])
attempt(b, ["--no-feature"])
attempt(b, ["--feature"])

print("custom action:")
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print("  called with", option_string)
c = argparse.ArgumentParser(prog="c")
c.add_argument("--name", action=Upper)
c.add_argument("word", action=Upper)
attempt(c, ["--name", "bob", "hi"])
print(c._actions[1])

print("intermixed:")
i = argparse.ArgumentParser(prog="i")
i.add_argument("--foo")
i.add_argument("cmd")
i.add_argument("rest", nargs="*", type=int)
attempt(i, ["doit", "1", "--foo", "bar", "2", "3"])
print(i.parse_intermixed_args(["doit", "1", "--foo", "bar", "2", "3"]))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
