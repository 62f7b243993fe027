# print writes to any object with write(): file=, or sys.stdout replaced,
# piece by piece as CPython does; sys.stdout = None prints nothing.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Capture()
print("a", 1, [2], sep="-", end="!\n", file=c)
old = sys.stdout
sys.stdout = c
print("captured", "line")
print("flushed", flush=True)
sys.stdout = old
print(c.parts)
print("to stderr", file=sys.stderr)
sys.stdout = None
print("nothing")
sys.stdout = old
print("back")
