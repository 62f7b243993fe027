# pathlib's concrete paths: queries, directory listing, glob, reading and
# writing, mkdir/rename/unlink, resolve, errors.
import os
import shutil
import tempfile
from pathlib import Path, PosixPath, PurePosixPath

base = Path(tempfile.mkdtemp())
old = os.getcwd()
os.chdir(base)
print(type(base).__name__, base.is_absolute(), base.is_dir(), base.exists())


def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


p = Path("data.txt")
print(p.write_text("hello\nworld\n"), p.read_text(), p.read_text().splitlines())
print(p.write_bytes(b"\x00\x01bin"), p.read_bytes(), p.stat().st_size)
print(p.write_bytes(bytearray(b"ba")), p.read_bytes())
print(p.exists(), p.is_file(), p.is_dir(), p.is_symlink())
with p.open("w") as f:
    f.write("via open")
with p.open() as f:
    print(f.read())
with p.open("ab") as f:
    f.write(b"!")
print(p.read_text(encoding="utf-8"))

d = Path("a/b/c")
err(lambda: d.mkdir())
d.mkdir(parents=True)
print(d.is_dir(), Path("a/b").is_dir())
err(lambda: d.mkdir())
d.mkdir(exist_ok=True)
d.mkdir(parents=True, exist_ok=True)
err(lambda: Path("data.txt").mkdir(exist_ok=True))

(Path("a") / "one.py").write_text("1")
(Path("a") / "two.txt").write_text("2")
(Path("a/b") / "three.py").write_text("3")
(d / "four.py").write_text("4")
(Path("a") / ".hidden.py").write_text("h")
print(sorted(Path("a").iterdir()))
print(sorted(x.name for x in Path("a").iterdir() if x.is_file()))
print(sorted(Path("a").glob("*.py")))
print(sorted(Path("a").glob("*")))
print(sorted(Path("a").glob("*/*.py")))
print(sorted(Path("a").glob("**/*.py")))
print(sorted(Path("a").glob("**")))
print(sorted(Path("a").rglob("*.py")))
print(sorted(Path("a").rglob("c")))
print(sorted(Path(".").glob("a/b/three.py")), sorted(Path(".").glob("a/nope.py")))
print(sorted(Path("a").glob("b/*/four.py")))
print(sorted(p.relative_to(base) for p in base.glob("a/*.txt")))
err(lambda: list(Path("a").glob("")))
err(lambda: list(Path("a").glob("/x")))
err(lambda: list(Path("a").glob("x**")))
err(lambda: sorted(Path("nope").glob("*")))

t = Path("t.txt")
t.touch()
print(t.exists(), t.read_text() == "")
t.touch()
err(lambda: t.touch(exist_ok=False))
r = t.rename("u.txt")
print(repr(r), t.exists(), r.exists())
r2 = r.replace(Path("v.txt"))
print(repr(r2), r2.exists())
r2.unlink()
print(r2.exists())
err(lambda: r2.unlink())
r2.unlink(missing_ok=True)
err(lambda: Path("missing.txt").read_text())
err(lambda: Path("missing.txt").read_bytes())
err(lambda: Path("missing.txt").stat())
err(lambda: Path("missing").rmdir())
err(lambda: Path("a").rmdir())
err(lambda: list(Path("missing").iterdir()))
err(lambda: Path("missing.txt").rename("x"))
err(lambda: p.write_text(b"bytes"))
err(lambda: Path("x/y/z").mkdir())
print(Path("missing").exists(), Path("missing").is_dir(), Path("missing").is_file())

Path("e").mkdir()
Path("e").rmdir()
print(Path("e").exists())

cwd = Path.cwd()
print(type(cwd).__name__, cwd.samefile(base), Path("a").samefile(base / "a"))
print(Path("a/b/../b").resolve() == base.resolve() / "a" / "b")
print(Path("a/x").absolute() == cwd / "a" / "x", Path("a").absolute().is_absolute())
print(Path("nope/x").resolve().relative_to(base.resolve()))
err(lambda: Path("nope").resolve(strict=True))
h = Path.home()
print(type(h).__name__, h == Path("~").expanduser(), Path("~/x").expanduser() == h / "x",
      Path("x/~").expanduser())
print(Path("a") / "b" == PurePosixPath("a/b"), isinstance(Path("x"), PosixPath))
print(os.path.join(Path("a"), "b"), os.path.isdir(Path("a")), os.fspath(Path("a")))
print(sorted(os.listdir(Path("a"))), Path("data.txt").stat().st_size)

print(Path("a").is_mount(), Path("/").is_mount(), Path("a").is_fifo(), Path("a").is_socket(),
      Path("a").is_block_device(), Path("/dev/null").is_char_device(), Path("no").is_char_device())

if hasattr(os, "symlink"):
    os.symlink("data.txt", "link")
    lk = Path("link")
    print(lk.is_symlink(), lk.is_file(), lk.read_text() == p.read_text(), lk.readlink())
    lk.unlink()
    print(lk.exists(), p.exists())

# The builtin open() takes a path object (os.fspath), as it takes bytes.
with open(Path("a") / "opened.txt", "w") as f:
    f.write("via open\n")
with open(Path("a/opened.txt"), "a") as f:
    f.write("appended\n")
with open(os.fsencode("a/opened.txt")) as f:
    print(f.read().splitlines())
class BadPath:
    def __fspath__(self):
        return 5
err(lambda: open(BadPath()))
err(lambda: open(3.5))

os.chdir(old)
shutil.rmtree(base)
print(base.exists())
