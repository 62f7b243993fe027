"""copy/deepcopy of an instance whose class customises pickling: copyreg's
reduction (`__reduce_ex__`, `__reduce__`, `__getnewargs_ex__`,
`__getnewargs__`, `__getstate__`) and `copy._reconstruct` (`__setstate__`,
the instance dict and slots, list and dict items), as CPython 3.11 runs
them. The `copy` module (native) sends such instances here; others it
copies itself, with the same result.
"""


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (c.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _state(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    return _object_getstate(x)


def _object_getstate(x):
    # object.__getstate__ of 3.11: the instance dict (None when empty),
    # with the slots' values beside it when there are any.
    d = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _reduce(x):
    cls = type(x)
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(x, 4)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None:
        return reduce(x)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        return (__newobj_ex__, (cls, tuple(args), dict(kwargs)), _state(x))
    getnewargs = getattr(cls, "__getnewargs__", None)
    args = tuple(getnewargs(x)) if getnewargs is not None else ()
    return (__newobj__, (cls,) + args, _state(x))


def _object_reduce_ex(x, protocol):
    # object.__reduce_ex__: a class's own __reduce__ if it has one, else
    # copyreg's reduction (protocol 2 and up: __newobj__ with the
    # __getnewargs(_ex)__ arguments, the state, and list or dict items).
    cls = type(x)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return reduce(x)
    return _common_reduce(x, protocol)


def _common_reduce(x, protocol):
    import copyreg
    if protocol < 2:
        return copyreg._reduce_ex(x, protocol)
    cls = type(x)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, "
                            f"not '{type(args).__name__}'")
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        args = tuple(getnewargs(x)) if getnewargs is not None else ()
    if kwargs:
        func, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = copyreg.__newobj__, (cls,) + args
    state = _state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, newargs, state, listitems, dictitems)


def copy_instance(x, memo):
    """A copy of `x` (deep when `memo` is a dict)."""
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise TypeError("__reduce__ must return a string or tuple")
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    deep = memo is not None
    if deep:
        from copy import deepcopy
        if args:
            args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
