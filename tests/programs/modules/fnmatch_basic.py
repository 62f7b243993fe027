# fnmatch: fnmatch, fnmatchcase, filter and translate.
import fnmatch

patterns = ["*", "*.py", "?", "??.txt", "[abc]*", "[!abc]*", "[a-c]x",
            "[!a-c]x", "*[0-9]", "a*b*c", "*a*", "[]]", "[!]]", "[]-]",
            "[", "[!", "a[", "[a-", "[z-a]", "[!z-a]", "[a-z-]", "[-a]",
            "[a-c-e-g]", "[\\]", "[a\\-z]", "[&&]", "[~|]", "[^a]", "[[]",
            "**", "*.*", "*.tar.gz", "\\*", "a.b", "(x)", "[!]", "[]",
            "x*y*z*", "*x*y", "[a-cf-hk-m]", "[c-a-z]", "[!!]", "[!^]",
            "file[0-9][0-9].log", "{a,b}", "a+b", "$x", "tab\there"]
for p in patterns:
    print(repr(p), "->", fnmatch.translate(p))

names = ["a.py", "b.PY", "setup.cfg", "README", "x", "ab.txt", "abc.txt",
         "aXb", "bx", "dx", "file1", "]", "-", "a", "\\", "[", "^a",
         "archive.tar.gz", ".hidden", "abbbc", "xyz", "axbyc", "*", "a.b",
         "(x)", "file07.log", "file7.log", "a+b", "$x", "tab\there", "line\nbreak",
         "{a,b}", "!", "&"]
for p in patterns:
    print("%-14r" % p, fnmatch.filter(names, p))

print(fnmatch.fnmatch("Readme.TXT", "*.txt"), fnmatch.fnmatch("a.txt", "*.txt"))
print(fnmatch.fnmatchcase("Readme.TXT", "*.txt"),
      fnmatch.fnmatchcase("readme.txt", "*.txt"))
print(fnmatch.fnmatch("line\nbreak", "line*"), fnmatch.fnmatch("x\n", "x"))
print(fnmatch.fnmatchcase(b"data.bin", b"*.bin"),
      fnmatch.fnmatchcase(b"data.bi", b"*.bin"),
      fnmatch.filter([b"a1", b"b2", b"a\xe9"], b"a?"))
try:
    fnmatch.fnmatch("str", b"bytes")
except TypeError as e:
    print("TypeError")
big = "*a" * 30
print(fnmatch.fnmatch("a" * 29, big), fnmatch.fnmatch("a" * 30, big))
print(fnmatch.filter((n for n in ["x.c", "y.h", "z.c"]), "*.c"))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
