# The compiler's SyntaxWarnings (a call or subscript that cannot work, a
# tuple assert, `is` with a literal) go through the warnings module once a
# program has imported it: recorded, ignored, or made SyntaxErrors.
import warnings

SOURCES = [
    "1()", "None()", "(1, 2)(3)", "[x, 2](3)", "f'a{x}'()", "-1()", "...()",
    "{1, 2}[0]", "True[0]", "(lambda: 0)[0]", "(i for i in x)[0]",
    "'abc'[1.5]", "[1, x]['a']", "(1, 2)[x, 2]", "(x, 2)[(1, 2)]", "b'ab'[{}]",
    "[i for i in x][f'a']",
    "assert (1, 2)", "assert (x, 'message')", "x is 5", "x is not 'a'",
    # No warning:
    "[1][1:2]", "{}[1, 2]", "x(1)", "x[1.5]", "assert ()", "(1, 2)[x]", "x is None",
    "1[0] = 2", "del 1[0]",
]
for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<probe>", "exec")
    print(f"{src!r:28}", [str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x = 1\n\ny = [\n  1\n](2)\n", "<lines>", "exec")
print([(w.category.__name__, w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("\nz = (1, 2)(3)", "<error>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("assert (1, 'never shown')")
print("done")
