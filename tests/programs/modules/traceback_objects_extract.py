# traceback.extract_tb / format_tb / walk_tb / print_tb on real traceback
# objects, FrameSummary and StackSummary (file names shown by basename).
import os
import sys
import traceback
from traceback import FrameSummary, StackSummary

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def level3(d):
    return d["key"] + 1


def level2(d):
    x = [level3(d)]
    return x


def level1(n):
    total = 0
    for i in range(n):
        total += i
    return level2({"key": None}) or total


try:
    level1(3)
except TypeError as e:
    exc = e

tb = exc.__traceback__
print(type(tb).__name__)
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno, os.path.basename(frame.f_code.co_filename))

summary = traceback.extract_tb(tb)
print(type(summary).__name__, isinstance(summary, list), len(summary))
for fs in summary:
    print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line), fs.locals)
    print(len(fs), fs[1], fs[2], fs[-1] == fs.line, list(fs)[1:])
    name = os.path.basename(fs.filename)
    print(repr(fs).replace(fs.filename, name))
    filename, lineno, fname, line = fs
    print(fs == (filename, lineno, fname, line), fs == (filename, lineno, fname, "x"))

show("".join(traceback.format_tb(tb)))
show("".join(traceback.format_list(summary)))
print([len(s.splitlines()) for s in traceback.format_tb(tb)])

out = Collect()
traceback.print_tb(tb, file=out)
show(out.text())
out = Collect()
traceback.print_list(summary, file=out)
show(out.text())

# limit: positive keeps the first entries, negative the last ones.
for limit in (None, 0, 1, 2, 5, -1, -2, -5):
    names = [fs.name for fs in traceback.extract_tb(tb, limit=limit)]
    print(limit, names, len(traceback.format_tb(tb, limit)))
out = Collect()
traceback.print_tb(tb, limit=-1, file=out)
show(out.text())
out = Collect()
traceback.print_tb(tb, 1, out)
show(out.text())

# FrameSummary made by hand
fs = FrameSummary("nofile.py", 3, "func", line="  x = 1  ")
print(fs.line, repr(fs._line), fs.locals, fs.colno, fs.end_colno)
fs2 = FrameSummary("nofile.py", 3, "func", lookup_line=False)
print(repr(fs2.line), fs == fs2, fs == ("nofile.py", 3, "func", "x = 1"))
fs3 = FrameSummary("nofile.py", 3, "func", locals={"a": 1, "b": "two", "c": [None]})
print(fs3.locals, fs3 == fs, fs == 42)
print(repr(fs3), list(fs3))
try:
    hash(fs)
except TypeError as e:
    print("TypeError", e)
try:
    fs.something = 1
except AttributeError:
    print("AttributeError (slots)")

# StackSummary.from_list with tuples and FrameSummary objects
ss = StackSummary.from_list([
    ("a.py", 1, "f", "return g()"),
    FrameSummary("b.py", 10, "g", line="raise ValueError"),
    ("c.py", 7, "h", None),
    ("c.py", 8, "h", ""),
])
print(type(ss).__name__, len(ss), [type(x).__name__ for x in ss])
print("".join(ss.format()), end="")
print(traceback.format_list([("x.py", 5, "<module>", "pass")]))
print(repr(ss.format_frame_summary(FrameSummary("q.py", 2, "q", line="  y = 2", locals={"z": 3}))))

# the repeat rule: more than 3 identical entries collapse
rep = StackSummary.from_list([("r.py", 4, "rec", "return rec(n - 1)")] * 7
                             + [("r.py", 2, "rec", "raise ValueError")])
print("".join(rep.format()), end="")
rep = StackSummary.from_list([("r.py", 4, "rec", "x")] * 4)
print("".join(rep.format()), end="")
rep = StackSummary.from_list([("r.py", 4, "rec", "x")] * 3)
print("".join(rep.format()), end="")


class Short(StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "skip":
            return None
        return "%s:%s\n" % (frame_summary.name, frame_summary.lineno)


print(Short.from_list([("a", 1, "keep", None), ("a", 2, "skip", None)]).format())
print(type(Short.from_list([])).__name__)

# a recursive traceback
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)


try:
    rec(8)
except ValueError as e:
    show("".join(traceback.format_tb(e.__traceback__)))
    show("".join(traceback.format_exception(e, limit=-6)))
    show("".join(traceback.format_exception(e, limit=3)))
    print([fs.lineno for fs in traceback.extract_tb(e.__traceback__)])


# carets under a line with non-ASCII and wide characters
def wide():
    label = "naïve 日本語"; return label + 1


try:
    wide()
except TypeError as e:
    show("".join(traceback.format_tb(e.__traceback__, limit=-1)))
