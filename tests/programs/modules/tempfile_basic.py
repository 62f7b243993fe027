# tempfile: gettempdir, mkstemp, mkdtemp, TemporaryDirectory,
# NamedTemporaryFile, TemporaryFile; names, cleanup, errors.
import os
import re
import stat
import tempfile

td = tempfile.gettempdir()
print(type(td).__name__, os.path.isabs(td), os.path.isdir(td), td == tempfile.gettempdir())
print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX)

base = tempfile.mkdtemp()
print(os.path.isdir(base), os.path.dirname(base) == td,
      bool(re.fullmatch(r"tmp[a-z0-9_]{8}", os.path.basename(base))))
print(oct(stat.S_IMODE(os.stat(base).st_mode)))

fd, path = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, os.path.isabs(path),
      bool(re.fullmatch(r"tmp[a-z0-9_]{8}", os.path.basename(path))))
print(os.write(fd, b"hello "), os.write(fd, b"world"))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)

fd2, p2 = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
os.close(fd2)
name = os.path.basename(p2)
print(name.startswith("pre_"), name.endswith(".txt"), len(name))

d2 = tempfile.mkdtemp(suffix="_s", prefix="p_", dir=base)
print(os.path.isdir(d2), os.path.basename(d2)[:2], os.path.basename(d2)[-2:],
      len(os.path.basename(d2)))

names = set()
for i in range(20):
    names.add(tempfile.mkdtemp(dir=base))
print(len(names))

with tempfile.TemporaryDirectory(dir=base) as t:
    print(type(t).__name__, os.path.isdir(t))
    os.makedirs(os.path.join(t, "x", "y"))
    with open(os.path.join(t, "x", "y", "f"), "w") as f:
        f.write("data")
print(os.path.exists(t))

tdo = tempfile.TemporaryDirectory(prefix="obj", dir=base)
print(repr(tdo).startswith("<TemporaryDirectory '"), os.path.basename(tdo.name)[:3])
tdo.cleanup()
tdo.cleanup()
print(os.path.exists(tdo.name))

with tempfile.NamedTemporaryFile(dir=base) as nf:
    print(os.path.exists(nf.name), os.path.dirname(nf.name) == base)
    nf.write(b"abc")
    nf.flush()
    with open(nf.name, "rb") as g:
        print(g.read())
    nf.seek(0)
    print(nf.read(), nf.delete)
print(os.path.exists(nf.name), nf.closed)

nf = tempfile.NamedTemporaryFile("w+", suffix=".log", dir=base, delete=False)
print(nf.name.endswith(".log"), nf.mode)
nf.write("line1\nline2\n")
nf.seek(0)
print(nf.readlines())
nf.close()
print(os.path.exists(nf.name))
with open(nf.name) as g:
    print(repr(g.read()))
os.unlink(nf.name)

with tempfile.TemporaryFile(dir=base) as tf:
    tf.write(b"xyz")
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryFile("w+", dir=base) as tf:
    print(tf.write("text"))
    tf.seek(0)
    print(tf.read())

try:
    tempfile.mkstemp(dir=os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    tempfile.mkdtemp(dir=os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)

os.unlink(path)
os.unlink(p2)
left = sorted(os.listdir(base))
print(len(left))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
