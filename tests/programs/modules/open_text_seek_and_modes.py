# A text file seeks by cookie, to where it is, or to its end; binary files
# read into buffers; unbuffered binary files are FileIO; open() modes.
import os
p = "/tmp/ouro_types_seek_%d.txt" % os.getpid()
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
    print(f.tell())
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(f.seek(0, 2), f.tell())
    print(f.seek(0), repr(f.read(3)))
    try:
        f.seek(5, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except Exception as e:
        print(type(e).__name__, e)
with open(p, "rb") as f:
    print(f.seek(-3, 2), f.read(), f.seek(0, 1), f.seek(2))
    print(hasattr(f, "read1"), hasattr(f, "readinto"))
    buf = bytearray(4)
    try:
        print(f.readinto(buf), buf)
    except AttributeError as e:
        print(type(e).__name__, e)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2))
try:
    open(p, "r", buffering=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(p, "b")
except ValueError as e:
    print(type(e).__name__, e)
for m in ["b", "t", "+", "rw", "rr", "q", "bt", "r+b"]:
    try: open(p, m).close(); print(m, "ok")
    except ValueError as e: print(m, e)
os.remove(p)
