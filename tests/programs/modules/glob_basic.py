# glob: patterns, hidden files, recursive **, root_dir, escape, has_magic.
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
for d in ["a", "a/b", "a/b/c", "x[1]", ".hid", "a/.inner", "e"]:
    os.mkdir(d)
for f in ["f.txt", "g.py", ".dot.txt", "a/h.txt", "a/b/i.py", "a/b/c/j.txt",
          "x[1]/k.txt", ".hid/l.txt", "a/.inner/m.txt", "a/.n.txt", "q?.txt", "ab"]:
    with open(f, "w") as fh:
        fh.write(f)


def show(*args, **kw):
    r = glob.glob(*args, **kw)
    print(repr(args[0]), kw, sorted(r), type(r).__name__)


show("*")
show("*.txt")
show(".*")
show("?.*")
show("a*")
show("[fg].*")
show("[!f]*.py")
show("*/")
show("a/*")
show("a/*/*")
show("*/*.txt")
show("a/b")
show("a/nope")
show("nope/*")
show("")
show("x[1]/*")
show(glob.escape("x[1]") + "/*")
show(glob.escape("q?.txt"))
show("q?.txt")
show("**")
show("**", recursive=True)
show("**/", recursive=True)
show("**/*.txt", recursive=True)
show("a/**", recursive=True)
show("a/**/*.py", recursive=True)
show("**/.*", recursive=True)
show("a/**/", recursive=True)
show("**/*.txt")
show("*.txt", root_dir="a")
show("**/*.py", root_dir="a", recursive=True)
show("*", root_dir="a/b")
print(sorted(glob.glob("c/*", root_dir=os.path.join(base, "a", "b"))))
show("h.txt", root_dir="a")
show("nope", root_dir="a")
show(os.path.join(base, "a", "b", "*.py")[len(base):].lstrip("/"))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "a", "*"))))

it = glob.iglob("*.py")
print(type(it).__name__ in ("generator", "chain", "list_iterator"), sorted(it))
print(next(glob.iglob("nothing*"), "empty"))

for s in ["abc", "a*c", "a?c", "a[b]c", "a]b", "", "**", "[", "a/b/*"]:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.has_magic(b"a*"), glob.escape(b"a?b"), glob.glob(b"*.py"))

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
