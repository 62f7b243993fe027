# unittest: assertEqual and the type-specific comparisons, with their diffs
import unittest
import warnings

tc = unittest.TestCase()

def check(label, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print("%s: FAIL\n%s" % (label, e))
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: ok" % label)
    print("-" * 20)

check("eq ints", tc.assertEqual, 1, 1)
check("eq ints fail", tc.assertEqual, 1, 2)
check("eq msg", tc.assertEqual, 1, 2, "custom message")
check("eq msg kw", tc.assertEqual, 1, 2, msg="kw message")
check("eq mixed types", tc.assertEqual, 1, "1")
LONG = "".join(chr(40 + i) for i in range(85))
check("eq long reprs", tc.assertEqual, LONG + "a", LONG + "b")
check("eq long objs", tc.assertEqual, list(range(30)), list(range(29)) + [99])
check("ne", tc.assertNotEqual, 3, 3)
check("ne ok", tc.assertNotEqual, 3, 4)
check("list diff", tc.assertEqual, [1, 2, 3], [1, 2, 4])
check("list longer", tc.assertEqual, [1, 2, 3, 4], [1, 2])
check("list shorter", tc.assertListEqual, [1], [1, 2, 3])
check("list not list", tc.assertListEqual, (1,), [1])
check("tuple diff", tc.assertEqual, (1, "a"), (1, "b"))
check("tuple type", tc.assertTupleEqual, [1], (1,))
check("seq equal diff types", tc.assertSequenceEqual, [1, 2], (1, 2))
check("seq diff", tc.assertSequenceEqual, "abc", "abd")
check("seq nolen", tc.assertSequenceEqual, 5, [1])
check("dict diff", tc.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
check("dict not dict", tc.assertDictEqual, [], {})
check("big dict", tc.assertEqual, {i: str(i) * 5 for i in range(12)},
      {i: str(i) * 5 for i in range(1, 13)})
check("set diff", tc.assertEqual, {1, 2, 3}, {2, 3, 4})
check("frozenset", tc.assertSetEqual, frozenset([1]), frozenset([1, 2]))
check("set bad", tc.assertSetEqual, {1}, 5)
check("set bad2", tc.assertSetEqual, 5, {1})
check("str multiline", tc.assertEqual, "one\ntwo\nthree\n", "one\ntoo\nthree\n")
check("str one line", tc.assertEqual, "hello world", "hello wrld")
check("str not str", tc.assertMultiLineEqual, b"x", "x")
check("long str", tc.assertEqual, "\n".join("line %d" % i for i in range(50)),
      "\n".join("line %d" % i for i in range(1, 51)))
tc.maxDiff = None
check("long str no max", tc.assertEqual, "\n".join("line %d" % i for i in range(12)),
      "\n".join("line %d" % i for i in range(1, 13)))
tc.maxDiff = 80 * 8

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
