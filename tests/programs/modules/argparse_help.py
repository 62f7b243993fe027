# argparse: format_usage / format_help / print_help text, groups, formatters, -h and --version
import argparse
import io
import sys

def run(parser, args):
    old = sys.stdout, sys.stderr
    sys.stdout = out = io.StringIO()
    sys.stderr = err = io.StringIO()
    try:
        parser.parse_args(args)
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print("== %r exit %r" % (args, code))
    print("-- stdout:\n" + out.getvalue() + "-- stderr:\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(
    prog="frobnicate",
    description="Frobnicate the input files and write the results somewhere "
                "sensible, which is a long enough sentence to need wrapping.",
    epilog="Report bugs to nobody.")
p.add_argument("inputs", nargs="+", help="input files")
p.add_argument("output", help="where the result goes")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
p.add_argument("-n", "--count", type=int, default=10, metavar="N",
               help="how many times (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow", "careful"], default="fast",
               help="speed: one of %(choices)s; default %(default)r")
p.add_argument("--a-very-long-option-name-indeed", help="this help starts on the next line")
p.add_argument("--no-help")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
print(p.format_usage(), end="")
print(p.format_help(), end="")
p.print_usage()
p.print_help()
run(p, ["-h"])
run(p, ["--version"])
run(p, ["--he"])

print("== groups")
g = argparse.ArgumentParser(prog="grp", add_help=False)
io_group = g.add_argument_group("input/output", "Where data comes from and goes to.")
io_group.add_argument("--in", dest="inp", metavar="FILE", help="input file")
io_group.add_argument("--out", metavar="FILE", help="output file")
ex = g.add_mutually_exclusive_group()
ex.add_argument("-a", action="store_true", help="mode a")
ex.add_argument("-b", action="store_true", help="mode b")
req = g.add_mutually_exclusive_group(required=True)
req.add_argument("--red", action="store_true")
req.add_argument("--blue", action="store_true")
g.add_argument("pos", nargs="*", help="positionals")
print(g.format_help(), end="")
run(g, ["--red", "-a", "-b"])
run(g, ["-a"])
run(g, ["--red", "--blue"])
run(g, ["--red", "x", "y"])

print("== long usage wrapping")
w = argparse.ArgumentParser(prog="wrapper")
for i in range(12):
    w.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
w.add_argument("first_positional")
w.add_argument("second_positional", nargs="?")
w.add_argument("third", nargs="*")
print(w.format_usage(), end="")
w2 = argparse.ArgumentParser(prog="a-program-with-a-really-long-name-that-takes-most-of-the-line-x")
for i in range(6):
    w2.add_argument("--opt%d" % i)
w2.add_argument("posarg")
print(w2.format_usage(), end="")
w3 = argparse.ArgumentParser(prog="onlypos")
for i in range(15):
    w3.add_argument("positional_%d" % i)
print(w3.format_usage(), end="")

print("== custom usage, no args, metavars")
u = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] FILE...")
u.add_argument("files", nargs="*", metavar="FILE")
print(u.format_help(), end="")
e = argparse.ArgumentParser(prog="empty", add_help=False)
print(repr(e.format_usage()), repr(e.format_help()))
m = argparse.ArgumentParser(prog="m")
m.add_argument("--point", nargs=2, metavar=("X", "Y"), help="a point")
m.add_argument("--opt", nargs="?", help="optional value")
m.add_argument("--star", nargs="*", metavar=("A", "B"))
m.add_argument("--plus", nargs="+")
m.add_argument("--three", nargs=3)
m.add_argument("rem", nargs=argparse.REMAINDER)
print(m.format_help(), end="")

print(repr(p))
print(p._actions[2])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
