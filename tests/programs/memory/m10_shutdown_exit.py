# Item 10: sys.exit() ends the program, but finally blocks run and the module
# globals are still released at shutdown (exit status 0 here).
import sys


class Logger:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def log(self, text):
        self.lines.append(text)
        print("[" + self.name + "]", text)

    def __del__(self):
        print("[" + self.name + "] closing after", len(self.lines), "lines")


main_log = Logger("main")
audit = Logger("audit")


def work(steps):
    for i in range(steps):
        main_log.log("step " + str(i))
        if i == 3:
            audit.log("stopping early at step 3")
            sys.exit(0)
    main_log.log("not reached")


try:
    work(10)
finally:
    print("finally runs during sys.exit")
print("not printed")
