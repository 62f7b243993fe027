# pathlib's pure paths: parsing, components, joining, comparison, errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath, WindowsPath
import os

p = PurePosixPath("/usr/lib/python3.11/os.tar.gz")
print(p, repr(p))
print(p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
print(p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, repr(p.parent.parent))
print(list(p.parents), len(p.parents), repr(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:3])
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("y"))
print(p.as_posix(), p.as_uri(), p.is_absolute())

for s in ["", ".", "a", "a/", "a//b", "./a/./b/", "a/../b", "/", "//", "///", "//a/b", "///a",
          "~/x", ".bashrc", "a.", "a..b", "..", "a/b.c.d"]:
    q = PurePath(s)
    print(repr(s), repr(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes,
          repr(q.stem), repr(q.parent), q.is_absolute(), len(q.parents))

print(PurePath("a", "b/c", PurePath("d")), PurePath("a", "/b", "c"), PurePath())
print(PurePath("a") / "b" / PurePath("c"), "x" / PurePosixPath("y"), "/r" / PurePath("s"))
print(PurePath("a").joinpath("b", "/c", "d"))
print(type(PurePath("a")).__name__, type(Path("a")).__name__)
print(os.fspath(PurePath("a/b")), str(Path("a") / "b"))

print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") == "a", PurePath("a") == Path("a"))
print(PurePath("a") != PurePath("b"), hash(PurePath("a/b")) == hash(PurePath("a//b")))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("a"), PurePath("/z")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") >= PurePath("a"))
print(len({PurePath("x"), PurePath("x/"), PurePath("./x")}))

r = PurePath("/etc/passwd")
print(r.relative_to("/"), r.relative_to("/etc"), r.relative_to("/etc/passwd"))
print(PurePath("a/b/c").relative_to("a"), PurePath("a/b").relative_to("a", "b"))
print(r.is_relative_to("/etc"), r.is_relative_to("/usr"), PurePath("a/b").is_relative_to("a"))

print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"),
      PurePath("/a/b/c.py").match("a/*.py"), PurePath("/a.py").match("/*.py"),
      PurePath("a/b.py").match("/*.py"), PurePath("b.py").match("a/*.py"),
      PurePath("a/B.py").match("*.py"), PurePath("x/a.txt").match("[ab].*"))

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: r.relative_to("/usr"))
err(lambda: PurePath("a").relative_to("/a"))
err(lambda: PurePath("/a").relative_to(""))
err(lambda: r.relative_to())
err(lambda: PurePath("/").with_name("x"))
err(lambda: PurePath("a").with_name("b/c"))
err(lambda: PurePath("a").with_name(""))
err(lambda: PurePath("a").with_name("."))
err(lambda: PurePath("a").with_suffix("txt"))
err(lambda: PurePath("a").with_suffix("."))
err(lambda: PurePath("a").with_suffix("./b"))
err(lambda: PurePath("").with_suffix(".x"))
err(lambda: PurePath("a").as_uri())
err(lambda: PurePath("a").match(""))
err(lambda: PurePath("a") / 3)
err(lambda: 3 / PurePath("a"))
err(lambda: PurePath("a") < "b")
err(lambda: PurePath(3))
err(lambda: PurePath("a").parents[1])
err(lambda: PurePath("a/b").parents[-3])
err(lambda: WindowsPath("a"))
err(lambda: PurePath("/a b/ü%").as_uri())
err(lambda: PurePath("a.tar.gz").with_suffix(".zip"))
err(lambda: PurePath("a/b").with_stem("c"))
err(lambda: Path("~").expanduser() == Path.home())
err(lambda: PosixPath("x").is_reserved())
