# stat: constants, S_IS* tests, S_IMODE/S_IFMT and filemode.
import stat
import os

consts = sorted(n for n in dir(stat) if n.isupper() and not n.startswith("_")
                and isinstance(getattr(stat, n), int))
for n in consts:
    print(n, oct(getattr(stat, n)))
print(stat._filemode_table[3])

modes = [0o755, 0o100644, 0o40755, 0o120777, 0o140755, 0o170000, 0o104755,
         0o102755, 0o101777, 0o107000, 0o10644, 0o20600, 0o60660, 0o160000,
         0o100000, 0o47777, 0o106644, 0o101776, 2 ** 32 - 1, True, 0]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
         stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), oct(stat.S_IFMT(m)),
          "".join("1" if t(m) else "0" for t in tests))
for bad in (-1, 2 ** 40, 2 ** 70, 1.5, "1", None):
    for f in (stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR,
              stat.S_ISWHT):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode),
      stat.filemode(st.st_mode)[0], st[stat.ST_MODE] == st.st_mode)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
