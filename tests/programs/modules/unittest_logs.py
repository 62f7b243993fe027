# unittest: assertLogs / assertNoLogs with ouro's logging
import io
import logging
import re
import unittest


class Logs(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("demo", level="INFO") as cm:
            logging.getLogger("demo").info("first")
            logging.getLogger("demo.sub").error("second %d", 2)
            logging.getLogger("demo").debug("ignored")
        self.assertEqual(cm.output, ["INFO:demo:first", "ERROR:demo.sub:second 2"])
        self.assertEqual([r.getMessage() for r in cm.records], ["first", "second 2"])

    def test_logs_missing(self):
        # (A failing assertLogs is caught here: CPython's traceback would
        # show a frame of its unittest/_log.py, with its install path.)
        try:
            with self.assertLogs("quiet"):
                pass
        except AssertionError as e:
            print("assertLogs failed:", e)

    def test_no_logs(self):
        with self.assertNoLogs("demo", level="WARNING"):
            logging.getLogger("demo").info("info is below WARNING")
        try:
            with self.assertNoLogs("demo"):
                logging.getLogger("demo").warning("unexpected")
        except AssertionError as e:
            print("assertNoLogs failed:", e)



    def test_logs_levels(self):
        with self.assertLogs(level=logging.WARNING) as cm:
            logging.getLogger("any.where").warning("root catches %s", "this")
            logging.getLogger("any.where").info("too low")
        print(cm.output, cm.records[0].name, cm.records[0].levelname)
        logger = logging.getLogger("obj")
        with self.assertLogs(logger, "DEBUG") as cm:
            logger.debug("debug %d", 1)
        print(cm.output)
        print(logger.handlers, logger.level, logger.propagate)

    def test_logs_failure_in_block(self):
        with self.assertLogs("demo"):
            logging.getLogger("demo").info("logged before the failure")
            self.assertEqual(1, 2)


buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Logs))
text = buf.getvalue().replace(__file__, "FILE")
print(re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", text), end="")
print(logging.getLogger("demo").handlers, logging.getLogger().handlers)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
