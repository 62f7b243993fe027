import os
import tempfile
# (A directory of its own: the corpus runs this program under several
# collectors at once.)
where = tempfile.mkdtemp()
p = os.path.join(where, "io_probe.txt")
with open(p, "wb") as f:
    print(f.write(b"x\r\ny\n"), f.write(bytearray(b"B")), f.write(memoryview(b"m")))
with open(p, "a") as f:
    print(f.tell())
    f.write("z\n")
    print(f.tell())
print(open(p, "rb").read())
f1 = open(p, "a"); f2 = open(p, "a")
f1.write("one\n"); f1.close()
f2.write("two\n"); f2.close()
print(open(p, "rb").read())
with open(p, "wb") as f:
    f.write(b"\xff\xfe bad utf8\n")
with open(p, "a") as f:
    f.write("ok\n")
print(open(p, "rb").read())
with open(p, "w", encoding="utf-8") as f:
    f.write("δ\n")
    print(f.tell())
    f.write("abc")
    print(f.tell())
with open(p, encoding="utf-8") as f:
    print(f.readline(), f.tell())
    print(f.read(), f.tell())
    f.seek(3)
    print(repr(f.read()))
with open(p, "ab") as f:
    f.write(b"!")
    print(f.tell())
with open(p, "a") as f:
    f.write("1")
    f.flush()
    f.write("2")
    print(f.tell())
print(open(p, "rb").read())
os.remove(p)
os.rmdir(where)
