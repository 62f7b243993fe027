# Builtin functions, types and methods carry CPython's docstrings; a class
# without one has None, and a builtin of another module without its text
# gives None rather than failing.
print(len.__doc__)
print(print.__doc__.splitlines()[0])
print(list.__doc__)
print([].__doc__ == list.__doc__, list.append.__doc__, [].append.__doc__)
print(list.__len__.__doc__, [].__len__.__doc__, dict.fromkeys.__doc__.splitlines()[0])
print(str.__doc__.splitlines()[0], str.join.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[:2], (5).__doc__ == int.__doc__, True.__doc__ == bool.__doc__)
print(object.__doc__, type.__doc__.splitlines()[0])
print(ValueError.__doc__, ValueError("x").__doc__, KeyError.__doc__)
print(range.__doc__.splitlines()[0], zip.__doc__.splitlines()[0])
print(repr(object.__init__.__doc__), repr(object.__new__.__doc__))


class A:
    pass


class B:
    "B's own text."


class L(list):
    pass


class E(Exception):
    pass


print(A.__doc__, A().__doc__, B.__doc__, B().__doc__, L.__doc__, E.__doc__, E().__doc__)
print("__doc__" in list.__dict__, "__doc__" in A.__dict__, type(list.__dict__["__doc__"]).__name__)
