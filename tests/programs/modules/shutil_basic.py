# shutil: copying files and trees, rmtree, move, which, get_terminal_size.
import io
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)


def write(p, data):
    with open(p, "w") as f:
        f.write(data)


def read(p):
    with open(p) as f:
        return f.read()


def tree(top):
    out = []
    for dirpath, dirs, files in os.walk(top):
        for n in dirs + files:
            out.append(os.path.relpath(os.path.join(dirpath, n), top))
    return sorted(out)


def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


src, dst = io.StringIO("x" * 100), io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))
b1, b2 = io.BytesIO(b"bytes!"), io.BytesIO()
shutil.copyfileobj(b1, b2)
print(b2.getvalue())

write("a.txt", "alpha\n")
os.chmod("a.txt", 0o640)
os.utime("a.txt", (1000000000, 1500000000))
print(shutil.copyfile("a.txt", "b.txt"), read("b.txt"))
print(oct(stat.S_IMODE(os.stat("b.txt").st_mode)) != "0o640" or "umask")
os.mkdir("d")
print(shutil.copy("a.txt", "d"), oct(stat.S_IMODE(os.stat("d/a.txt").st_mode)))
print(os.stat("d/a.txt").st_mtime == 1500000000)
print(shutil.copy2("a.txt", "c.txt"), os.stat("c.txt").st_mtime,
      oct(stat.S_IMODE(os.stat("c.txt").st_mode)))
print(shutil.copy2("a.txt", "d/e.txt"), read("d/e.txt"))
os.chmod("b.txt", 0o600)
shutil.copymode("a.txt", "b.txt")
print(oct(stat.S_IMODE(os.stat("b.txt").st_mode)))
os.utime("b.txt", ns=(5, 7000000000))
shutil.copystat("b.txt", "c.txt")
print(os.stat("c.txt").st_mtime_ns)

err(lambda: shutil.copyfile("a.txt", "a.txt"))
err(lambda: shutil.copyfile("a.txt", "./a.txt"))
err(lambda: shutil.copyfile("missing.txt", "z.txt"))
err(lambda: shutil.copyfile("a.txt", "d"))
err(lambda: shutil.copyfile("a.txt", "nodir/x.txt"))
err(lambda: shutil.copy("missing.txt", "d"))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.makedirs("t/sub/deep")
write("t/one.py", "1")
write("t/two.pyc", "2")
write("t/sub/three.py", "3")
write("t/sub/deep/four.tmp", "4")
print(shutil.copytree("t", "t2"), tree("t2"))
print(shutil.copytree("t", "t3", ignore=shutil.ignore_patterns("*.pyc", "*.tmp")), tree("t3"))
seen = []


def ign(path, names):
    seen.append((os.path.relpath(path, "t"), sorted(names)))
    return {"deep"}


shutil.copytree("t", "t4", ignore=ign)
print(tree("t4"), sorted(seen))
err(lambda: shutil.copytree("t", "t2"))
write("t2/extra", "e")
print(shutil.copytree("t", "t2", dirs_exist_ok=True), tree("t2"))
err(lambda: shutil.copytree("nope", "t5"))
ig = shutil.ignore_patterns("a*", "*.c")
print(sorted(ig("x", ["ab", "b.c", "c", "a.c"])))

shutil.rmtree("t4")
print(os.path.exists("t4"))
err(lambda: shutil.rmtree("t4"))
err(lambda: shutil.rmtree("a.txt"))
shutil.rmtree("t4", ignore_errors=True)
calls = []
shutil.rmtree("t4", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
shutil.rmtree("a.txt", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)

print(shutil.move("b.txt", "moved.txt"), os.path.exists("b.txt"), read("moved.txt"))
print(shutil.move("moved.txt", "d"), sorted(os.listdir("d")))
write("again.txt", "x")
print(shutil.move("t3", "d"), tree("d"))
write("d/again.txt", "old")
err(lambda: shutil.move("again.txt", "d"))
err(lambda: shutil.move("t2", "t2/sub"))
err(lambda: shutil.move("nothing", "d"))
print(shutil.move("t2", "renamed"), tree("renamed")[:3])

os.mkdir("bin")
write("bin/prog", "#!/bin/sh\n")
os.chmod("bin/prog", 0o755)
write("bin/data", "")
os.chmod("bin/data", 0o644)
binpath = os.path.join(base, "bin")
print(shutil.which("prog", path=binpath) == os.path.join(binpath, "prog"))
print(shutil.which("data", path=binpath), shutil.which("nope", path=binpath))
print(shutil.which("bin/prog"), shutil.which("bin/data"), shutil.which("prog", path=""))
print(shutil.which("data", mode=os.F_OK, path=binpath) is not None)

saved = {k: os.environ.pop(k) for k in ("COLUMNS", "LINES") if k in os.environ}
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 40)))
os.environ["COLUMNS"] = "132"
os.environ["LINES"] = "50"
sz = shutil.get_terminal_size()
print(sz, sz.columns, sz.lines, sz[0], tuple(sz))
os.environ["COLUMNS"] = "bad"
print(shutil.get_terminal_size((90, 30)))
del os.environ["COLUMNS"], os.environ["LINES"]
os.environ.update(saved)

os.makedirs("ls/sub")
write("ls/f.txt", "f")
os.symlink("f.txt", "ls/link")
os.symlink("nowhere", "ls/dangling")
err(lambda: shutil.copytree("ls", "lc1"))
print(shutil.copytree("ls", "lc2", symlinks=True), tree("lc2"), os.readlink("lc2/link"))
print(shutil.copytree("ls", "lc3", ignore_dangling_symlinks=True), tree("lc3"),
      os.path.islink("lc3/link"))
err(lambda: shutil.rmtree("ls/link"))
print(shutil.move("ls/link", "moved_link"), os.readlink("moved_link"))

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
