# input() at the end of input is EOFError (the corpus runs with stdin
# empty); __import__ returns the module; breakpoint() is not part of this.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
m = __import__("math")
print(m.floor(2.5), __import__("json").dumps({"a": [1, 2]}))
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
