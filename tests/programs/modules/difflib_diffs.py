# difflib.unified_diff, context_diff, ndiff, Differ, restore, diff_bytes
import difflib
import sys

def emit(lines):
    print("".join(lines), end="")

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
emit(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
emit(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
for line in difflib.unified_diff('one two three four'.split(), 'zero one tree four'.split(),
                                 'Original', 'Current', '2005-01-26 23:30:50',
                                 '2010-04-02 10:20:52', lineterm=''):
    print(line)
for line in difflib.context_diff('one two three four'.split(), 'zero one tree four'.split(),
                                 'Original', 'Current', 'd1', 'd2', lineterm=''):
    print(line)

a = ["line %d\n" % i for i in range(1, 31)]
b = list(a)
b[2] = "changed 3\n"
del b[10:12]
b.insert(20, "new line\n")
b.append("tail\n")
for n in (3, 1, 0):
    print("== n=%d" % n)
    emit(difflib.unified_diff(a, b, "a.txt", "b.txt", n=n))
    emit(difflib.context_diff(a, b, "a.txt", "b.txt", n=n))
print("== empty")
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ["x\n"])))
print(list(difflib.context_diff([], ["x\n"])))
print(list(difflib.unified_diff(["x\n"], [])))
print(list(difflib.context_diff(["x\n"], [])))

print("== ndiff")
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
emit(d.compare(text1, text2))
print("--")
emit(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"]))
emit(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "y\n"]))
emit(difflib.ndiff(["a\n", "b\n"], ["x\n", "y\n", "z\n"]))
emit(difflib.ndiff(["same\n", "abcdefgh\n", "zzz\n"],
                                    ["qqq\n", "same\n", "abcdXfgh\n"]))
emit(difflib.ndiff(["x\n", "common\n", "y\n"], ["common\n", "p\n", "q\n", "common\n"]))
emit(difflib.ndiff(["  #\n", "code\n", "\n"], ["code\n", "more code\n"],
                                    linejunk=difflib.IS_LINE_JUNK))
print("--")
for a1, b1 in [("private Thread currentThread;", "private volatile Thread currentThread;"),
               ("abcdefghijklmnop", "abcdefxhijklmnopq"),
               ("hello world", "Hello World!")]:
    emit(difflib.ndiff([a1 + "\n"], [b1 + "\n"]))
print(list(difflib.Differ().compare(["a"], ["b"])))

print("== diff_bytes")
for line in difflib.diff_bytes(difflib.unified_diff, [b'abc\n', b'\xff\n'], [b'abd\n', b'\xff\n'],
                               b'f1', b'f2', lineterm=b'\n'):
    print(line)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['abc'], [b'x']))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print("TypeError:", e)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
