# unittest: --locals (tracebacks with local variables), -b (buffer) and -c through main()
import io
import re
import sys
import unittest


class L(unittest.TestCase):
    def test_locals(self):
        count = 3
        words = ["a", "b"]
        self.assertEqual(count, len(words))

    def test_output(self):
        print("printed by the test")
        raise ValueError("after output")


def main(argv):
    old = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        unittest.main(argv=argv, exit=False)
    finally:
        sys.stderr, sys.stdout = old
    text = (out.getvalue() + err.getvalue()).replace(__file__, "FILE")
    text = re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)
    text = re.sub(r" at 0x[0-9a-f]+>", " at 0xADDR>", text)
    print("=== %r" % (argv,))
    print(text, end="")

main(["prog", "--locals", "L.test_locals"])
main(["prog", "-b", "L.test_output"])
main(["prog", "-c", "-q", "L.test_output"])

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
