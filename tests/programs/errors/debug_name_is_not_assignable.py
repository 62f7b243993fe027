# __debug__ cannot be bound: not as a variable, a parameter, a keyword
# argument or an attribute (CPython's forbidden_name); the descriptor types
# of builtin methods are in types.
import types

for src in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "def f(*, __debug__): pass",
            "def f(**__debug__): pass", "f(__debug__=1)", "obj.__debug__ = 1", "__debug__ : int",
            "lambda __debug__: 0", "lambda *__debug__: 0", "x.__debug__ += 1", "a, b.__debug__ = 1, 2",
            "for __debug__ in []: pass", "with x as __debug__: pass",
            "x.__debug__", "print(__debug__)", "del obj.__debug__"]:
    try:
        compile(src, "<t>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)

print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
      types.ClassMethodDescriptorType)
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
