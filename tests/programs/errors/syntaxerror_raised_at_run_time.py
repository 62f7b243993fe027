# A SyntaxError raised by the program is printed as CPython prints one: the
# file and line from its attributes, the text with carets, the bare message.
def f():
    try:
        eval("(1,\n 2 +* 3)")
    except SyntaxError as e:
        print(e)
    raise SyntaxError("custom message", ("a/b.py", 2, 3, "  xyz  \n", 2, 5))


f()
