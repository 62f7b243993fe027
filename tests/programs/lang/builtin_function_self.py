# A module's builtin function has the module as __self__ (CPython's
# m_self); a method descriptor has none; a bound builtin has its object.
import builtins, math, sys, gc
print(print.__self__ is builtins, len.__self__ is builtins)
print(math.sqrt.__self__ is math, sys.getrefcount.__self__ is sys)
print(gc.collect.__self__ is gc)
print([].append.__self__ == [], hasattr(list.append, "__self__"))
print(type(dict.fromkeys.__self__).__name__)
