# The traceback module: the text of a handled exception, with chains.
# (File names are printed relative to this file's directory: python3 and
# ouro both show the script's absolute path, which depends on the checkout.)
import os
import sys
import traceback

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


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    show(traceback.format_exc())
    print(traceback.format_exception_only(sys.exc_info()[1]))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))

try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError:
    out = Collect()
    traceback.print_exc(file=out)
    show(out.text())

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))


class Quiet(Exception):
    pass


print(traceback.format_exception_only(Quiet()), traceback.format_exception_only(Quiet("a", 2)))
traceback.print_exception(RuntimeError("not raised"), file=sys.stdout)
