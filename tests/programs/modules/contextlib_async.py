# contextlib's async tools without an event loop: asynccontextmanager, AsyncExitStack, aclosing.
import contextlib
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []
@asynccontextmanager
async def session(name):
    log.append('open ' + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f'handled {e}')
    finally:
        log.append('close ' + name)
@asynccontextmanager
async def broken(kind):
    if kind == 'twice':
        yield 1
        yield 2
async def main():
    async with session('a') as s:
        log.append('in ' + s)
    async with session('b'):
        raise ValueError('bad')
    try:
        async with session('c'):
            raise KeyError('k')
    except KeyError as e:
        log.append(f'propagated {e!r}')
    for kind in ('none', 'twice'):
        try:
            async with broken(kind):
                pass
        except RuntimeError as e:
            log.append(f'RuntimeError {e}')
    return 'done'
print(run(main()), *log, sep='\n')

class Conn:
    def __init__(self, n): self.n = n
    async def __aenter__(self): log.append(f'enter {self.n}'); return self.n
    async def __aexit__(self, typ, exc, tb):
        log.append(f'exit {self.n} {typ.__name__ if typ else None}')
        return self.n == 2
    async def aclose(self): log.append(f'aclose {self.n}')
async def notify(what): log.append('notify ' + what)
async def stacked():
    async with AsyncExitStack() as stack:
        values = [await stack.enter_async_context(Conn(i)) for i in (1, 2)]
        stack.push_async_callback(notify, 'x')
        stack.callback(log.append, 'plain callback')
        log.append(f'values {values}')
        raise IndexError('i')
    log.append('IndexError suppressed by Conn 2')
    async with aclosing(Conn(3)) as c, nullcontext('n') as n:
        log.append(f'body {c.n} {n}')
    try:
        await AsyncExitStack().enter_async_context(Conn)
    except TypeError as e:
        log.append(str(e))
log.clear(); run(stacked()); print(*log, sep='\n')

class traced(contextlib.AsyncContextDecorator):
    async def __aenter__(self): log.append('deco enter')
    async def __aexit__(self, *exc): log.append('deco exit')
@traced()
async def add_one(x):
    log.append(f'add_one {x}')
    return x + 1
@session('deco')
async def via_cm():
    log.append('decorated body')
log.clear(); print(run(add_one(1)), run(via_cm()), log)
