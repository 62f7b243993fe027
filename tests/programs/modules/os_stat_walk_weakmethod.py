import gc, math, os, weakref
base = "ouro_os_walk_%d" % os.getpid()
os.makedirs(os.path.join(base, "sub", "deeper"))
for name in ["a.txt", os.path.join("sub", "b.txt"), os.path.join("sub", "deeper", "c.txt")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, st[6], os.path.getsize(os.path.join(base, "a.txt")), st.st_mtime > 0, os.path.islink(base))
for top, dirs, files in os.walk(base):
    print(top.replace(base, "BASE"), sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
print(os.path.relpath(os.path.join(base, "sub", "b.txt"), base), os.path.commonprefix(["abc", "abd"]), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.access(base, os.R_OK), os.access(base + "nope", os.F_OK), len(os.urandom(8)), os.cpu_count() > 0)
for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    os.rmdir(top)
print(os.path.exists(base))

class M:
    def meth(self):
        return "m"
mm = M()
wm = weakref.WeakMethod(mm.meth)
print(wm()())
del mm
gc.collect()
print(wm())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "ascii", "replace"), str(object=5))
print(math.log(2**1000), math.log(10**400, 10), math.log2(2**2000), math.log10(10**400))
s = set(range(1, 10)); s |= {9}; s &= {1, 9}; s -= {1}; s ^= {2}; print(s)
