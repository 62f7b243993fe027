# contextlib: AbstractContextManager and AbstractAsyncContextManager are
# ABCs that recognise any class with the protocol's methods; the helpers
# (closing, nullcontext, suppress, ...) are registered through them.
import contextlib
import typing
from contextlib import (AbstractContextManager, AbstractAsyncContextManager,
                        ContextDecorator, closing, nullcontext, suppress,
                        ExitStack, AsyncExitStack, redirect_stdout, contextmanager,
                        asynccontextmanager, aclosing)

class Sync:
    def __enter__(self): return 'sync'
    def __exit__(self, *exc): return False
class Async:
    async def __aenter__(self): return 'async'
    async def __aexit__(self, *exc): return False
class HalfSync:
    def __enter__(self): return self
class Blocked(Sync):
    __exit__ = None

for cls in (Sync, Async, HalfSync, Blocked, object):
    print(cls.__name__, issubclass(cls, AbstractContextManager),
          issubclass(cls, AbstractAsyncContextManager),
          issubclass(cls, typing.ContextManager), issubclass(cls, typing.AsyncContextManager))

@contextmanager
def gen_cm():
    yield 1
@asynccontextmanager
async def agen_cm():
    yield 2
for obj in (closing(None), nullcontext(), suppress(), ExitStack(), AsyncExitStack(),
            redirect_stdout(None), gen_cm(), agen_cm(), aclosing(None)):
    print(type(obj).__name__, isinstance(obj, AbstractContextManager),
          isinstance(obj, AbstractAsyncContextManager), isinstance(obj, ContextDecorator))

print(sorted(AbstractContextManager.__abstractmethods__), sorted(AbstractAsyncContextManager.__abstractmethods__))
print(AbstractContextManager[int], AbstractAsyncContextManager[str], typing.ContextManager[int])
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError', e)

class Reporter(AbstractContextManager):
    def __exit__(self, typ, exc, tb):
        print('exit with', typ.__name__ if typ else None)
        return typ is KeyError
with Reporter() as r:
    print('enter gives self:', isinstance(r, Reporter))
with Reporter():
    {}['missing']
print('KeyError suppressed')

class Timer(ContextDecorator):
    def __init__(self, label): self.label = label
    def __enter__(self): print('start', self.label); return self
    def __exit__(self, *exc): print('stop', self.label); return False
@Timer('job')
def job(n):
    print('working', n)
    return n * n
print(job(7), job.__name__)
print(sorted(contextlib.__all__))
