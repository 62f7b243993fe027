# The interpreter's own types, as the types module names them.
import types
import sys


def plain(x):
    return x * 2


class Widget:
    def method(self):
        return 1

    @classmethod
    def make(cls):
        return cls()


def gen():
    yield 1


async def coro():
    return 5


print(types.FunctionType, types.LambdaType)
print(types.FunctionType is types.LambdaType)
print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.FunctionType), isinstance(Widget, types.FunctionType))
print(types.MethodType, isinstance(Widget().method, types.MethodType))
print(isinstance(Widget.make, types.MethodType), isinstance(Widget.method, types.MethodType))
print(types.BuiltinFunctionType, types.BuiltinMethodType)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(plain, types.BuiltinFunctionType))
g = gen()
print(types.GeneratorType, isinstance(g, types.GeneratorType), isinstance(gen, types.GeneratorType))
c = coro()
print(types.CoroutineType, isinstance(c, types.CoroutineType))
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
print(types.ModuleType, isinstance(types, types.ModuleType), isinstance(sys, types.ModuleType))
print(types.CodeType, isinstance(plain.__code__, types.CodeType), plain.__code__.co_name)
print(types.NoneType, types.NoneType is type(None), isinstance(None, types.NoneType))
print(types.EllipsisType, isinstance(..., types.EllipsisType), types.EllipsisType is type(Ellipsis))
print(types.NotImplementedType, isinstance(NotImplemented, types.NotImplementedType))
print(types.SimpleNamespace, types.GenericAlias, types.UnionType)


def kind(obj):
    # A dispatcher written the usual way, by testing against types.
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType)):
        return "function"
    if isinstance(obj, types.MethodType):
        return "method"
    if isinstance(obj, types.ModuleType):
        return "module " + obj.__name__
    if isinstance(obj, types.NoneType):
        return "nothing"
    return type(obj).__name__


for obj in [plain, len, Widget().method, gen(), sys, None, 3, "s", Widget]:
    print(kind(obj))

print(sorted(n for n in ["FunctionType", "MethodType", "SimpleNamespace",
                         "GenericAlias", "NoneType"] if hasattr(types, n)))
