# contextvars: ContextVar get/set/reset, Token, Context.run/copy, mapping.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

a = ContextVar("a")
b = ContextVar("b", default=10)
print(a.name, b.name, b.get(), a.get("dflt"), b.get(99))
try:
    a.get()
except LookupError as e:
    print("LookupError", type(e).__name__, e.args[0] is a)

t = a.set(1)
print(a.get(), t.var is a, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get())
a.reset(t)
print(a.get("gone"))
for bad in [lambda: a.reset(t), lambda: b.reset(t), lambda: a.reset("x")]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__)

a.set("outer")
ctx = copy_context()
print(type(ctx).__name__, a in ctx, b in ctx, ctx[a], ctx.get(b), ctx.get(b, "d"), len(ctx))


def inner(x, y=0):
    print("inner sees", a.get(), x, y)
    a.set("inner")
    b.set(20)
    print("inner set", a.get(), b.get())
    return x + y


print(ctx.run(inner, 1, y=2))
print("outer after run", a.get(), b.get())
print("ctx after run", ctx[a], ctx[b], len(ctx))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(str(v) for v in ctx.values()), sorted((k.name, v) for k, v in ctx.items()))

c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[b])
c2.run(b.set, 30)
print(c2[b], ctx[b], c2 == ctx)

empty = Context()
print(len(empty), list(empty), empty.get(a, "none"))
print(empty.run(lambda: a.get("no a here")))


def nested():
    try:
        ctx.run(lambda: None)
    except RuntimeError:
        print("RuntimeError: already entered")
    return "nested done"


print(ctx.run(nested))

for bad in [lambda: ctx[1], lambda: 1 in ctx, lambda: ctx.get("x"),
            lambda: ContextVar(1), lambda: Token(), lambda: empty[a]]:
    try:
        bad()
        print("no error")
    except (TypeError, RuntimeError, KeyError) as e:
        print(type(e).__name__)

try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)

tok = b.set(5)
print(b.get(), tok.old_value, copy_context()[b])
b.reset(tok)
print(b.get(), b in copy_context())


# run() inside run() with different contexts
def level(n):
    v = ContextVar("level")
    outer = copy_context()
    v.set(n)
    if n < 3:
        copy_context().run(level, n + 1)
    print("level", n, v.get(), v in outer)


Context().run(level, 0)
print(ContextVar[int] is ContextVar, ContextVar[int].__origin__ is ContextVar)
