# unittest: the tracebacks shown for errors and failures (framework frames removed, chains kept)
import io
import re
import unittest


def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)


def helper(n):
    if n > 2:
        return helper(n - 1)
    return 10 / (n - 2)


def check_positive(x):
    # A failure raised by an assert method called from a helper function.
    TB.assertGreater(TB("test_helper_fail"), x, 0)


class TB(unittest.TestCase):
    def test_nested_error(self):
        helper(4)

    def test_chained(self):
        try:
            int("nope")
        except ValueError as e:
            raise RuntimeError("conversion failed") from e

    def test_context(self):
        try:
            [][1]
        except IndexError:
            {}["k"]

    def test_suppressed(self):
        try:
            [][1]
        except IndexError:
            raise KeyError("clean") from None

    def test_helper_fail(self):
        check_positive(-1)

    def test_fail_in_except(self):
        try:
            raise OSError("disk")
        except OSError:
            self.fail("could not write")

    def test_raise_assertion(self):
        raise AssertionError("raised by hand")

    def test_exception_group(self):
        raise ExceptionGroup("several", [ValueError("one"), TypeError("two")])

    def test_note(self):
        e = ValueError("with a note")
        e.add_note("a note line")
        raise e


buf = io.StringIO()
unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(TB))
print(clean(buf.getvalue()), end="")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
