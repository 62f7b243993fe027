# unittest: subTest (nested, parameters, messages) at verbosity 1 and 2
import io
import re
import sys
import unittest

events = []

def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) (tests?) in \d+\.\d\d\ds", r"Ran \1 \2 in X.XXXs", text)

def run(suite, verbosity=2, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(clean(buf.getvalue()), end="")
    return result

loader = unittest.TestLoader()

class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner failure")
            with self.subTest(c=3):
                raise RuntimeError("oops")

    def test_all_pass(self):
        for word in ["a", "b"]:
            with self.subTest(word=word):
                self.assertTrue(word)

    def test_msg_only(self):
        with self.subTest("just a message"):
            self.assertIn("x", "abc")
        with self.subTest():
            self.assertEqual(1, 2)

print("== subtests verbose")
r = run(loader.loadTestsFromTestCase(Sub))
print(r.testsRun, len(r.failures), len(r.errors), [str(t) for t, _ in r.failures])
print([t.id() for t, _ in r.failures])
print("== subtests dots")
run(loader.loadTestsFromTestCase(Sub), verbosity=1)



# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
