# unittest: truth, identity, membership, ordering, almost-equal, count and regex asserts
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

check("true", tc.assertTrue, 0)
check("true msg", tc.assertTrue, [], "empty!")
check("false", tc.assertFalse, "yes")
check("is", tc.assertIs, None, 0)
check("isnot", tc.assertIsNot, None, None)
check("isnone", tc.assertIsNone, 5)
check("isnotnone", tc.assertIsNotNone, None)
check("in", tc.assertIn, 5, [1, 2])
check("in str", tc.assertIn, "z", "abc")
check("notin", tc.assertNotIn, 1, (1, 2))
check("isinstance", tc.assertIsInstance, 1, str)
check("isinstance tuple", tc.assertIsInstance, 1, (str, bytes))
check("notisinstance", tc.assertNotIsInstance, 1, int)
check("greater", tc.assertGreater, 1, 2)
check("greaterequal", tc.assertGreaterEqual, 1, 2)
check("less", tc.assertLess, 2, 1)
check("lessequal", tc.assertLessEqual, 2, 1)
check("less ok", tc.assertLess, 1, 2)
check("almost", tc.assertAlmostEqual, 1.0, 1.00000001)
check("almost fail", tc.assertAlmostEqual, 1.0, 1.1)
check("almost places", tc.assertAlmostEqual, 1.0, 1.01, places=1)
check("almost places fail", tc.assertAlmostEqual, 1.0, 1.01, places=3)
check("almost delta", tc.assertAlmostEqual, 10, 12, delta=3)
check("almost delta fail", tc.assertAlmostEqual, 10, 15, delta=3)
check("almost both", tc.assertAlmostEqual, 1, 2, places=1, delta=1)
check("notalmost", tc.assertNotAlmostEqual, 1.0, 1.00000001)
check("notalmost delta", tc.assertNotAlmostEqual, 10, 11, delta=3)
check("notalmost ok", tc.assertNotAlmostEqual, 1.0, 2.0)
check("count", tc.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
check("count fail", tc.assertCountEqual, [1, 2, 2, 3], [3, 1, 1, 4])
check("count unhashable", tc.assertCountEqual, [[1], [2], [2]], [[2], [1], [3]])
check("regex", tc.assertRegex, "hello", r"h.l+o")
check("regex fail", tc.assertRegex, "hello", r"^ello")
check("notregex", tc.assertNotRegex, "hello world", r"w\w+")
check("fail", tc.fail, "explicit")
check("fail none", tc.fail)


# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
