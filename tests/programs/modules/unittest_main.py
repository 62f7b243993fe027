# unittest.main: argv test names, exit=False, -v, -k, defaultTest
import io
import re
import sys
import unittest

def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertEqual([1, 2], [1, 3])


class Beta(unittest.TestCase):
    def test_three(self):
        pass

    def test_skip(self):
        self.skipTest("nope")


def main(argv, **kw):
    old = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        prog = unittest.main(argv=argv, exit=False, **kw)
        status = "result %s %d" % (prog.result.wasSuccessful(), prog.result.testsRun)
    except SystemExit as e:
        status = "SystemExit %r" % (e.code,)
    finally:
        sys.stderr, sys.stdout = old
    # -k sticks to the shared default loader (as in CPython): forget it.
    unittest.defaultTestLoader.testNamePatterns = None
    print("=== main(%r) -> %s" % (argv, status))
    print(clean(out.getvalue() + err.getvalue()), end="")

main(["prog"])
main(["prog", "-v"])
main(["prog", "Beta"])
main(["prog", "Alpha.test_one", "Beta.test_three"])
main(["prog", "-k", "three"])
main(["prog"], defaultTest="Beta")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
