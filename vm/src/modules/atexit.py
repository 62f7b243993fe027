"""atexit: functions to run when the program ends — after the main module
finishes (or an uncaught exception's traceback is printed), before its
globals are released; last registered first. An exception in one is
reported ("Exception ignored in atexit callback") and the rest still run.
The vm calls `_run_exitfuncs` at exit when this module was imported.
"""

import _ouro

_callbacks = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            # Shown from the callback's frame down, as CPython shows it.
            tb = e.__traceback__
            e.__traceback__ = tb.tb_next if tb is not None else None
            _ouro.print_unraisable(e, f"Exception ignored in atexit callback: {func!r}")
            del e
