# Exceptions reduce to (type, args[, state]) and copy; SyntaxError's
# attributes come from its arguments, and its str is CPython's;
# ImportError.msg.
import copy
import pickle

e = ValueError("v", 2)
e.extra = 1
print(e.__reduce__())
c = copy.copy(e)
print(repr(c), c.extra, c is e)
print(KeyError("k").__reduce__(), OSError(2, "nf").__reduce__())
print(OSError(2, "nf", "file.txt").__reduce__())
print(ImportError("m", name="n", path="p").__reduce__())
print(AttributeError("a").__reduce__())
x = pickle.loads(pickle.dumps(ImportError("m", name="n")))
print(repr(x), x.name, x.msg)
y = ValueError()
y.__setstate__({"a": 1, "b": 2})
print(y.a, y.b)
try:
    y.__setstate__(5)
except TypeError as err:
    print(err)

s = SyntaxError("m", ("/some/dir/f.py", 3, 7, "t", 3, 9))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.msg)
print(str(s), s.args)
print(repr(str(SyntaxError())), SyntaxError().msg, SyntaxError("only").filename)
print(str(SyntaxError("m", ("f.py", None, 1, "t"))), str(SyntaxError("m", (None, 4, 1, "t"))))
s = SyntaxError("m", ["f.py", 1, 2, "t"])
print(s.lineno, s.end_lineno, str(s))
s.lineno = 9
print(str(s), s.args)
print(SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").filename)
for src, mode in [("x = (", "exec"), ("1 +* 2", "eval"), ("def f():\nreturn 1\n", "exec"), ("a b", "single")]:
    try:
        compile(src, "f.py", mode)
    except SyntaxError as err:
        print(type(err).__name__, repr(err.msg), err.filename, err.lineno, err.offset, repr(err.text))
        print("  ", str(err), len(err.args))
try:
    import no_such_module_xyz
except ImportError as err:
    print(err.msg, err.name, err.path)
print(ImportError("x", name="n").msg, ImportError("a", "b").msg, ImportError().msg)
