import types
@types.coroutine
def sleep0():
    x = yield "sleep"
    return x
async def f():
    return await sleep0()
c = f()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)
class K: pass
m = types.MethodType(lambda self: type(self).__name__, K())
print(m())
mod = types.ModuleType("mymod", "doc")
print(mod.__name__, mod.__doc__)
print([c.__name__ for c in LookupError.__subclasses__()][:2])
