# Argument-count and keyword errors of builtins and builtin methods in
# CPython 3.11's words: methods counted without the receiver, METH_O and
# METH_NOARGS ones named type.method, Argument Clinic's "expected ... got",
# "invalid keyword argument", and a missing required argument reported
# before an unknown keyword.
import collections, itertools

tests = [
    "''.join(1, 2)", "''.join()", "[].append()", "[].append(1, 2)", "[].pop(1, 2)",
    "{}.get()", "{}.get(1, 2, 3)", "''.split(1, 2, 3)", "''.split(1)", "''.upper(1)",
    "[].copy(1)", "set().add()", "(1).bit_length(1)", "dict.fromkeys()",
    "''.replace(1)", "[].index()", "[].insert(1)", "{}.pop()", "''.center()",
    "[].sort(1)", "''.join(x=1)", "[].append(x=1)", "{}.get(x=1)", "''.upper(x=1)",
    "list.append([], 1, 2)", "int.from_bytes()", "int.from_bytes(foo=1)",
    "int(foo=1)", "bytes(foo=1)", "complex(foo=1)", "print(foo=1)", "sorted(foo=1)",
    "enumerate(foo=1)", "property(foo=1)", "max(foo=1)", "min(foo=1)", "sum(foo=1)",
    "round(foo=1)", "compile(foo=1)", "zip(foo=1)", "pow(foo=1)", "super(foo=1)",
    "int(1, 2, 3)", "bytes(1, 2, 3, 4)", "enumerate(1, 2, 3)", "property(1, 2, 3, 4, 5)",
    "reversed(1, 2)", "super(1, 2, 3)", "float(1, 2)", "list(1, 2)",
    "bytes(encoding='utf-8')", "bytes(errors='strict')", "bytes(b'x', errors='strict')",
    "bytes('x', errors='strict')", "bytes('x', 5)", "bytes('x', 'utf-8', 5)",
]
for t in tests:
    try:
        eval(t)
        print(t, "| ok")
    except TypeError as e:
        print(t, "|", e)
print(bytes("a", encoding="utf-8"), bytes("é", "latin-1", errors="strict"), bytes(source=b"xy"))
print(bytes("é", "ascii", "ignore"), bytes("é", "ascii", errors="replace"))


class M(type):
    def __hash__(cls):
        return 42


class K(metaclass=M):
    pass


class M3(type):
    __hash__ = None


class K3(metaclass=M3):
    pass


print(hash(K), {K: 1}[K])
try:
    hash(K3)
except TypeError as e:
    print("TypeError", e)
for src in ["class X(5): pass", "class X(object()): pass", "class X(int, 5): pass",
            "class X(5, int): pass", "type('abc', (1,), {})", "class X([]): pass",
            "class X(len): pass"]:
    try:
        exec(src)
        print("ok", src)
    except TypeError as e:
        print(src, "->", e)
