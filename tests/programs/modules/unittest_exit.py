# unittest.main() as a script's last line: failures -> SystemExit(1), report on stderr
import unittest


class Demo(unittest.TestCase):
    def test_passes(self):
        print("test_passes ran")
        self.assertTrue(True)

    def test_fails(self):
        print("test_fails ran")
        self.assertEqual("spam", "eggs")

    @unittest.skip("demonstration")
    def test_skipped(self):
        pass


if __name__ == "__main__":
    unittest.main()

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
