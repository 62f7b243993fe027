# argparse: subparsers, parents, conflicts, exit_on_error, construction errors
import argparse
import io
import sys

def attempt(parser, args):
    old = sys.stdout, sys.stderr
    sys.stdout = out = io.StringIO()
    sys.stderr = err = io.StringIO()
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        sys.stdout, sys.stderr = old
        print("%r -> exit %r" % (args, e.code))
        print(out.getvalue() + err.getvalue(), end="")
    else:
        sys.stdout, sys.stderr = old
        print("%r -> %r" % (args, result))

p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true", help="debug mode")
sub = p.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True, help="the message")
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
s = sub.add_parser("status", help="show status")
s.add_argument("paths", nargs="*")
sub.add_parser("noop")
print(p.format_help(), end="")
print(c.format_help(), end="")
print(s.format_usage(), end="")
for args in (["commit", "-m", "hi"], ["ci", "-m", "x", "--amend"], ["--debug", "status", "a", "b"],
             ["status"], ["noop"], [], ["push"], ["commit"], ["commit", "-m", "x", "--bad"],
             ["status", "--debug"], ["commit", "-h"]):
    attempt(p, args)

print("== required subparsers with title")
q = argparse.ArgumentParser(prog="tool")
subs = q.add_subparsers(title="commands", description="available commands",
                        dest="cmd", required=True, metavar="COMMAND")
a = subs.add_parser("add", help="add numbers")
a.add_argument("x", type=int)
a.add_argument("y", type=int)
subs.add_parser("list", help="list things")
print(q.format_help(), end="")
attempt(q, [])
attempt(q, ["add", "1", "2"])
attempt(q, ["add", "1", "two"])
q2 = argparse.ArgumentParser(prog="nodest")
s2 = q2.add_subparsers()
s2.add_parser("go")
attempt(q2, ["go"])
attempt(q2, [])
attempt(q2, ["stop"])
print(q2.format_usage(), end="")

print("== parents")
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--config", default="cfg.ini")
pg = parent.add_argument_group("shared")
pg.add_argument("--level", type=int, default=1)
parent.set_defaults(origin="parent")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("name")
print(child.format_help(), end="")
attempt(child, ["bob", "--level", "5"])

print("== conflicts")
try:
    cp = argparse.ArgumentParser(prog="cp")
    cp.add_argument("-f", "--foo")
    cp.add_argument("--foo")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
rp = argparse.ArgumentParser(prog="rp", conflict_handler="resolve")
rp.add_argument("-f", "--foo", help="old foo")
rp.add_argument("--foo", help="new foo")
print(rp.format_help(), end="")
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as e:
    print("ValueError:", e)

print("== exit_on_error=False")
ne = argparse.ArgumentParser(prog="ne", exit_on_error=False)
ne.add_argument("--num", type=int)
try:
    ne.parse_args(["--num", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

print("== construction errors")
ep = argparse.ArgumentParser(prog="ep")
for args, kwargs in [((), {}), (("x",), {"dest": "y"}), (("x",), {"required": True}),
                     (("--a",), {"action": "store", "nargs": 0}),
                     (("--b",), {"action": "store_const"}),
                     (("--c",), {"const": 1, "nargs": 2}),
                     (("--d",), {"type": "notcallable"}),
                     (("--e",), {"action": "frobnicate"}),
                     (("--f",), {"nargs": 2, "metavar": ("A", "B", "C")}),
                     (("-",), {}), (("bad", "-x"), {}),
                     (("--g",), {"type": argparse.FileType}),
                     (("--h",), {"action": "append", "nargs": 0})]:
    try:
        ep.add_argument(*args, **kwargs)
        print(args, "ok")
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
mx = ep.add_mutually_exclusive_group()
try:
    mx.add_argument("pos")
except ValueError as e:
    print("ValueError:", e)
try:
    mx2 = ep.add_mutually_exclusive_group()
    ep.format_usage()
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0])

print("== misc")
print(argparse.FileType("w"), argparse.FileType("rb", 0, encoding="utf-8"))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
v = argparse.ArgumentParser(prog="v")
v.add_argument("-V", action="version", version="v 9")
attempt(v, ["-V"])

print("== fromfile_prefix_chars")
import os
argfile = "_argparse_args_%d.tmp" % os.getpid()
with open(argfile, "w") as f:
    f.write("--level\n7\nfrom-file\n")
ff = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
ff.add_argument("--level", type=int)
ff.add_argument("names", nargs="*")
print(ff.parse_args(["@" + argfile]))
print(ff.parse_args(["--level", "1", "@" + argfile, "x"]))
os.remove(argfile)
old_err = sys.stderr
sys.stderr = io.StringIO()
try:
    ff.parse_args(["@" + argfile])
except SystemExit as e:
    text = sys.stderr.getvalue()
    sys.stderr = old_err
    print("exit", e.code, text.splitlines()[-1].replace(argfile, "ARGFILE"))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
