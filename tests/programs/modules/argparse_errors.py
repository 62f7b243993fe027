# argparse: error messages (usage + 'prog: error: ...' on stderr, exit status 2), known args, abbreviations
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
p.add_argument("dst", nargs="?")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--opt", nargs="?", const="C")
for args in (["x", "y", "z"], [], ["--num", "abc", "x"], ["--mode", "medium", "x"],
             ["--ratio", "x"], ["--pair", "k", "x"], ["--some", "x"], ["--some"],
             ["--bogus", "x"], ["-q=1", "x"], ["--quiet=yes", "x"], ["--n", "3", "x"],
             ["-qz", "x"], ["--opt", "a", "b", "c", "d"]):
    attempt(p, args)

print("known args:")
attempt(p, ["x", "--bogus", "-z", "extra1", "extra2"], known=True)
attempt(p, ["x", "--num", "5", "--unknown=3"], known=True)

print("ambiguous and abbrev:")
q = argparse.ArgumentParser(prog="q")
q.add_argument("--foobar")
q.add_argument("--foonly")
q.add_argument("--bar", type=int)
attempt(q, ["--foo", "1"])
attempt(q, ["--foob", "1"])
attempt(q, ["--ba=5"])
q2 = argparse.ArgumentParser(prog="q2", allow_abbrev=False)
q2.add_argument("--foobar")
attempt(q2, ["--foo", "1"])


# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
