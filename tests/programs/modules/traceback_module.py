# The traceback module: the text of a handled exception, with chains.
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    print(traceback.format_exception_only(sys.exc_info()[1]))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")

try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError:
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))


class Quiet(Exception):
    pass


print(traceback.format_exception_only(Quiet()), traceback.format_exception_only(Quiet("a", 2)))
traceback.print_exception(RuntimeError("not raised"), file=sys.stdout)
