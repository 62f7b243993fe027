# print() writes to the stream object it is given, whichever name of sys
# holds it: with sys.stderr = sys.stdout, print(file=sys.stderr) goes to
# stdout; with sys.stdout = sys.__stderr__, plain print() goes to stderr.
import sys

sys.stderr = sys.stdout
print("stderr is stdout", file=sys.stderr)
sys.stderr.write("written through sys.stderr\n")
sys.stderr = sys.__stderr__
print("to the real stderr", file=sys.stderr)
sys.stdout = sys.__stderr__
print("plain print, stdout is stderr")
sys.stdout = sys.__stdout__
print("back on stdout")
print("explicit stdout", file=sys.__stdout__)
