# compile(), exec() and eval() raise the compile error's own class:
# IndentationError and TabError are SyntaxErrors, input nested past the
# compiler's limit is a RecursionError (with no position).
cases = [
    ("exec", "if 1:\nprint(1)"),
    ("exec", "if 1:\n\tx = 1\n        y = 2"),
    ("exec", "x = (1"),
    ("eval", "-" * 3100 + "1"),
    ("exec", "x = " + "[" * 3100 + "]" * 3100),
    ("compile", "def f(:\n  pass"),
]
for how, src in cases:
    try:
        if how == "exec":
            exec(src)
        elif how == "eval":
            eval(src)
        else:
            compile(src, "<src>", "exec")
    except BaseException as e:
        print(how, type(e).__name__, isinstance(e, SyntaxError), str(e)[:80])
