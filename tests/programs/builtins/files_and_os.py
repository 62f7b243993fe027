# open() for text and binary files (write, read, append, iterate lines,
# with), io.StringIO/BytesIO, and the os / os.path subset, in a scratch
# directory the program makes and removes (named after its process: the
# corpus runs a program under several collectors at once).
import io
import os
import os.path
from os.path import join, exists

base = "ouro_files_test_%d" % os.getpid()
if exists(base):
    for name in os.listdir(base):
        os.remove(join(base, name))
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), sorted(os.listdir(base)))

p = join(base, "notes.txt")
with open(p, "w") as f:
    print(type(f).__name__ == "_File" or True, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([line.rstrip("\n") for line in f])
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readlines())
with open(p, "a") as f:
    f.write("\nappended")
with open(p, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, os.path.getsize(p))

bp = join(base, "data.bin")
with open(bp, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"\xff\x00")
with open(bp, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(2)
    print(f.read(3))

with open(join(base, "crlf.txt"), "wb") as f:
    f.write(b"a\r\nb\rc\n")
with open(join(base, "crlf.txt")) as f:
    print(repr(f.read()))
with open(join(base, "crlf.txt"), newline="") as f:
    print(repr(f.read()))

for bad in [lambda: open(join(base, "missing.txt")),
            lambda: open(base),
            lambda: open(p, "x"),
            lambda: open(p, "rw"),
            lambda: open(p, "q"),
            lambda: open(p, "rb", encoding="utf-8")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(base, "<base>"))

f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(p, "r") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

s = io.StringIO()
s.write("hello ")
print("world", file=s)
print(repr(s.getvalue()))
s = io.StringIO("a\nb\nc")
print(s.readline(), list(s), s.tell())
b = io.BytesIO(b"xyz")
print(b.read(2), b.read(), b.getvalue())

print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.split("a/b/c.txt"))
print(os.path.splitext("archive.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.sep, os.name)
print(os.path.abspath(base) == join(os.getcwd(), base), "PATH" in os.environ, os.getenv("OURO_NO_SUCH_VAR", "unset"))

os.rename(p, join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
for name in os.listdir(base):
    os.remove(join(base, name))
os.rmdir(base)
print(exists(base))
