# argparse: the help formatter classes, prefix_chars, narrow widths
import argparse

print("== formatters")
text = """First line.
    Indented line kept.

Second paragraph."""
for fc in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
           argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
           argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog="fmt", description=text, formatter_class=fc)
    f.add_argument("--size", type=int, default=4, help="size\n  of things")
    f.add_argument("--name", type=str, default="x", help="the name")
    f.add_argument("count", type=int, nargs="?", default=1, help="a count")
    print("--", fc.__name__)
    print(f.format_help(), end="")

print("== prefix chars and narrow formatter")
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
pc.add_argument("+f", "++foo", help="plus foo")
pc.add_argument("/b", action="store_true", help="slash b")
print(pc.format_help(), end="")
print(pc.parse_args(["+f", "1", "/b"]))
narrow = argparse.ArgumentParser(prog="narrow", description="word " * 20,
                                 formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10))
narrow.add_argument("--alpha", help="the alpha option is described at some length here")
print(narrow.format_help(), end="")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
