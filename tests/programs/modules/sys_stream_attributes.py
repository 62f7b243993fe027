import sys
print(sys.stdout.isatty(), sys.stdout.encoding, sys.stderr.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.buffer.write(b"raw bytes \xce\xb4\n"))
sys.stdout.write("after\n")
sys.stdout.buffer.flush()
use_color = sys.stdout.isatty()
print("\033[1mbold\033[0m" if use_color else "plain")
import sys, io
e = sys.stderr
sys.stderr = io.StringIO()
e.write("to real stderr\n")
print(sys.__stderr__ is e, sys.__stdout__ is sys.stdout)
sys.stdout.writelines(["a\n", "b\n"])
sys.stderr = e
print("done")
