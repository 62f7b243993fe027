# Constants and the references CPython holds to them: the code objects'
# co_consts (shared by every code object of one compilation), and, while
# source parsed from text runs, its AST — so a constant of the main script
# counts one more than the same constant in an imported module or in code
# made by compile().
import sys

x = 1000
print("x = 1000:", sys.getrefcount(x))
print("the literal again:", sys.getrefcount(1000))


def f():
    y = 2000
    print("in a function:", sys.getrefcount(y), sys.getrefcount(3000))


f()
y = "hello world xyz"
print("a str constant:", sys.getrefcount(y))
t = (1001, 2001)
print("a tuple constant and its item:", sys.getrefcount(t), sys.getrefcount(t[0]))
u = (3001, "abc def")
z = 3001
print("an item met again:", sys.getrefcount(u), sys.getrefcount(z))
z2 = 3002
u2 = (3002, "ghi jkl")
print("an item met before:", sys.getrefcount(u2), sys.getrefcount(z2))
fl = 1.5
print("float, negative, folded, bytes:", sys.getrefcount(fl), sys.getrefcount(-5000),
      sys.getrefcount(2 ** 40), sys.getrefcount(b"bytes here"))


def fn():
    return 7000


def gn():
    return 7000


print("shared across functions:", fn() is gn(), sys.getrefcount(fn()))
print("co_consts shared:", fn.__code__.co_consts is gn.__code__.co_consts)
L = [8000, 8000]
print("a list display:", L[0] is L[1], sys.getrefcount(L[0]))
s = "dup string!"
s2 = "dup string!"
print("the same str twice:", s is s2, sys.getrefcount(s))
exec("q = 12345\nprint('exec of a string:', sys.getrefcount(q))")
code = compile("r = 23456\nprint('exec of compile():', sys.getrefcount(r))", "<s>", "exec")
exec(code)
print("eval of a string:", eval("sys.getrefcount(34567)"))
k = int("45678")
print("made at run time:", sys.getrefcount(k))
import m24_constant_module
m24_constant_module.show()
