"""Functional tools for creating and using iterators.

ouro's `itertools`, written in Python after CPython 3.11's
Modules/itertoolsmodule.c: every iterator is a class (so `type()` and
`repr()` print what CPython prints), the arguments are checked as CPython's
argument clinic checks them (the same TypeError and ValueError texts), and
each iterator pulls from its sources exactly when CPython's does.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

_MAXSIZE = 9223372036854775807
_MINSIZE = -9223372036854775808
_MISSING = object()


# -- argument checking, as CPython's argument clinic words it ---------------

def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def _check_positional(name, nargs, least, most):
    if nargs < least:
        if least == most:
            raise TypeError("%s expected %d argument%s, got %d"
                            % (name, least, "" if least == 1 else "s", nargs))
        raise TypeError("%s expected at least %d argument%s, got %d"
                        % (name, least, "" if least == 1 else "s", nargs))
    if nargs > most:
        if least == most:
            raise TypeError("%s expected %d argument%s, got %d"
                            % (name, most, "" if most == 1 else "s", nargs))
        raise TypeError("%s expected at most %d argument%s, got %d"
                        % (name, most, "" if most == 1 else "s", nargs))


def _parse(fname, args, kwargs, names, minpos, maxpos):
    """Bind `args` and `kwargs` to `names` the way _PyArg_UnpackKeywords
    does; a parameter not given is _MISSING. Parameters past `maxpos` are
    keyword-only."""
    nargs = len(args)
    if not kwargs and minpos <= nargs <= maxpos:
        if nargs == len(names):
            return args
        return args + (_MISSING,) * (len(names) - nargs)
    nkw = len(kwargs)
    maxargs = len(names)
    if nargs + nkw > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)"
                        % (fname, maxargs, "keyword " if nargs == 0 else "",
                           "" if maxargs == 1 else "s", nargs + nkw))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError("%s() takes no positional arguments" % fname)
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, "at most" if minpos < maxpos else "exactly",
                           maxpos, "" if maxpos == 1 else "s", nargs))
    buf = list(args)
    for i in range(nargs, maxargs):
        name = names[i]
        if nkw and name in kwargs:
            buf.append(kwargs[name])
            nkw -= 1
        elif i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, name, i + 1))
        else:
            buf.append(_MISSING)
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') "
                                "and position (%d)" % (fname, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()"
                                % (key, fname))
    return buf


def _index(x):
    """operator.index(x): an int, or CPython's TypeError."""
    if isinstance(x, int):
        return x
    method = getattr(type(x), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    result = method(x)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    return result


def _ssize(x):
    """What the clinic's Py_ssize_t converter makes of x."""
    value = _index(x)
    if value > _MAXSIZE or value < _MINSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(value)


def _is_number(x):
    """PyNumber_Check: x converts to an int or a float."""
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__") or hasattr(t, "__complex__"))


def _eq(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality."""
    return a is b or bool(a == b)


# -- infinite iterators -----------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive
    values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ("_cnt", "_step", "_fast")

    def __init__(self, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ("start", "step"), 0, 2)
        if ((start is not _MISSING and not _is_number(start))
                or (step is not _MISSING and not _is_number(step))):
            raise TypeError("a number is required")
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        # CPython's fast mode: an int start that fits a Py_ssize_t counting
        # by an int 1 yields exact ints (count(True) counts 1, 2, ...).
        fast = (isinstance(start, int) and _MINSIZE <= start <= _MAXSIZE
                and isinstance(step, int) and step == 1)
        if fast:
            start = int(start)
            step = 1
        self._cnt = start
        self._step = step
        self._fast = fast

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if self._fast:
            return "%s(%d)" % (name, self._cnt)
        step = self._step
        if isinstance(step, int) and step == 1:
            return "%s(%r)" % (name, self._cnt)
        return "%s(%r, %r)" % (name, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    __slots__ = ("_it", "_saved", "_index")

    def __init__(self, *args, **kwargs):
        _no_keywords("cycle", kwargs)
        _check_positional("cycle", len(args), 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            try:
                item = next(it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        index = self._index
        item = saved[index]
        index += 1
        if index >= len(saved):
            index = 0
        self._index = index
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the
    object for the specified number of times.  If not specified, returns
    the object endlessly."""
    __slots__ = ("_element", "_cnt")

    def __init__(self, *args, **kwargs):
        element, times = _parse("repeat", args, kwargs, ("object", "times"),
                                1, 2)
        cnt = -1
        if times is not _MISSING:
            cnt = _ssize(times)
            if cnt < 0:
                cnt = 0
        self._element = element
        self._cnt = cnt

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return "%s(%r)" % (type(self).__name__, self._element)
        return "%s(%r, %d)" % (type(self).__name__, self._element, self._cnt)


# -- iterators terminating on the shortest input ----------------------------

class accumulate:
    """Return series of accumulated sums (or other binary function
    results)."""
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse(
            "accumulate", args, kwargs, ("iterable", "func", "initial"), 1, 2)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = None if initial is _MISSING else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            total = self._initial
            self._initial = None
            self._total = total
            return total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            self._total = value
            return value
        func = self._func
        if func is None:
            total = total + value
        else:
            total = func(total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ("_source", "_active")

    def __init__(self, *args, **kwargs):
        _no_keywords("chain", kwargs)
        self._source = iter(args)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one "
                            "argument (%d given)" % len(args))
        source = iter(args[0])
        self = cls.__new__(cls)
        self._source = source
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                try:
                    iterable = next(self._source)
                    active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
                self._active = active
            try:
                return next(active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors
    to choose the data elements."""
    __slots__ = ("_data", "_selectors")

    def __init__(self, *args, **kwargs):
        data, selectors = _parse("compress", args, kwargs,
                                 ("data", "selectors"), 2, 2)
        data = iter(data)
        self._selectors = iter(selectors)
        self._data = data

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ("_func", "_it", "_start")

    def __init__(self, *args, **kwargs):
        _no_keywords("dropwhile", kwargs)
        _check_positional("dropwhile", len(args), 2, 2)
        self._func = args[0]
        self._it = iter(args[1])
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    __slots__ = ("_func", "_it", "_stop")

    def __init__(self, *args, **kwargs):
        _no_keywords("takewhile", kwargs)
        _check_positional("takewhile", len(args), 2, 2)
        self._func = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    __slots__ = ("_func", "_it")

    def __init__(self, *args, **kwargs):
        _no_keywords("filterfalse", kwargs)
        _check_positional("filterfalse", len(args), 2, 2)
        func = args[0]
        self._it = iter(args[1])
        self._func = None if func is bool else func

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        func = self._func
        while True:
            item = next(it)
            if func is None:
                if not item:
                    return item
            elif not func(item):
                return item


class _grouper:
    __slots__ = ("_parent", "_tgtkey", "_gen")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._gen = parent._gen

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # Advancing the groupby invalidates the groups it handed out.
        if parent._gen != self._gen:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not _eq(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue",
                 "_gen")

    def __init__(self, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ("iterable", "key"),
                               1, 2)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._gen = 0

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._gen += 1
        # skip to the next group
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not _eq(self._tgtkey, self._currkey):
                break
            self._step()
        key = self._currkey
        self._tgtkey = key
        return (key, _grouper(self, key))


_STOP_MSG = ("Stop argument for islice() must be None or an integer: "
             "0 <= x <= sys.maxsize.")
_INDICES_MSG = ("Indices for islice() must be None or an integer: "
                "0 <= x <= sys.maxsize.")


def _islice_arg(x):
    """PyNumber_AsSsize_t(x, PyExc_OverflowError) with any error read as -1."""
    try:
        value = _index(x)
    except Exception:
        return -1
    if value > _MAXSIZE or value < _MINSIZE:
        return -1
    return int(value)


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __init__(self, *args, **kwargs):
        _no_keywords("islice", kwargs)
        nargs = len(args)
        _check_positional("islice", nargs, 2, 4)
        start = 0
        stop = -1
        step = 1
        if nargs == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _islice_arg(a1)
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            a1 = args[1]
            a2 = args[2]
            if a1 is not None:
                start = _islice_arg(a1)
            if a2 is not None:
                stop = _islice_arg(a2)
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDICES_MSG)
        if nargs == 4:
            a3 = args[3]
            if a3 is not None:
                step = _islice_arg(a3)
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer "
                             "or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            # exhausted or failed: the source is never asked again
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input
    iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ("_it", "_old")

    def __init__(self, *args, **kwargs):
        _no_keywords("pairwise", kwargs)
        _check_positional("pairwise", len(args), 1, 1)
        self._it = iter(args[0])
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            try:
                old = next(it)
            except BaseException:
                self._it = None
                raise
            self._old = old
        try:
            new = next(it)
        except BaseException:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ("_func", "_it")

    def __init__(self, *args, **kwargs):
        _no_keywords("starmap", kwargs)
        _check_positional("starmap", len(args), 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee_dataobject:
    """What the tee iterators of one tee() share: the source iterator. The
    values read from it are a chain of [value, next] cells; each _tee holds
    the cell it last read, so a value lives while some copy still has to
    read it."""
    __slots__ = ("_it", "_running")

    def __init__(self, it):
        self._it = it
        self._running = False


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ("_data", "_cell", "__weakref__")

    def __init__(self, *args, **kwargs):
        _no_keywords("_tee", kwargs)
        _check_positional("_tee", len(args), 1, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            self._data = it._data
            self._cell = it._cell
        else:
            self._data = _tee_dataobject(it)
            self._cell = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        nxt = cell[1]
        if nxt is None:
            # this is the lead iterator: read one more value
            data = self._data
            if data._running:
                raise RuntimeError("cannot re-enter the tee iterator")
            data._running = True
            try:
                value = next(data._it)
            finally:
                data._running = False
            nxt = cell[1]
            if nxt is None:
                nxt = [value, None]
                cell[1] = nxt
        self._cell = nxt
        return nxt[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._cell = self._cell
        return new


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _check_positional("tee", len(args), 1, 2)
    n = 2 if len(args) < 2 else _ssize(args[1])
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copyfunc = getattr(it, "__copy__", None)
    if copyfunc is not None:
        copyable = it
    else:
        copyable = _tee(it)
        copyfunc = copyable.__copy__
    result = [copyable]
    for i in range(1, n):
        result.append(copyfunc())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  The
    .__next__() method continues until the longest iterable in the argument
    sequence is exhausted and then it raises StopIteration.  When the
    shorter iterables are exhausted, the fillvalue is substituted in their
    place.  The fillvalue defaults to None or can be specified by a keyword
    argument."""
    __slots__ = ("_iters", "_numactive", "_fillvalue")

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword "
                                "argument")
            fillvalue = kwargs["fillvalue"]
        self._iters = [iter(arg) for arg in args]
        self._numactive = len(args)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iters = self._iters
        if not iters or self._numactive == 0:
            raise StopIteration
        result = []
        for i in range(len(iters)):
            it = iters[i]
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                iters[i] = None
                item = self._fillvalue
            except BaseException:
                self._numactive = 0
                raise
            result.append(item)
        return tuple(result)


# -- combinatoric iterators -------------------------------------------------

class product:
    """Cartesian product of input iterables.  Equivalent to nested
    for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y
    in B). The leftmost iterators are in the outermost for-loop, so the
    output tuples cycle in a manner similar to an odometer (with the
    rightmost element changing on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1)
    ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0)
    ..."""
    __slots__ = ("_pools", "_indices", "_result", "_stopped")

    def __init__(self, *args, **kwargs):
        repeat = 1
        if kwargs:
            for key in kwargs:
                if key != "repeat":
                    raise TypeError("'%s' is an invalid keyword argument "
                                    "for product()" % key)
            repeat = _ssize(kwargs["repeat"])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        if repeat == 0:
            pools = ()
        else:
            pools = tuple([tuple(arg) for arg in args]) * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            result = [pool[0] for pool in pools]
        else:
            indices = self._indices
            i = len(pools) - 1
            while i >= 0:
                pool = pools[i]
                index = indices[i] + 1
                if index == len(pool):
                    # roll over and advance the pool to the left
                    indices[i] = 0
                    result[i] = pool[0]
                    i -= 1
                else:
                    indices[i] = index
                    result[i] = pool[index]
                    break
            if i < 0:
                self._stopped = True
                self._result = None
                raise StopIteration
        self._result = result
        return tuple(result)


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ("_pool", "_r", "_indices", "_started", "_stopped")

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs,
                             ("iterable", "r"), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        if self._started:
            n = len(pool)
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        else:
            self._started = True
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'),
    ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ("_pool", "_r", "_indices", "_started", "_stopped")

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations_with_replacement", args, kwargs,
                             ("iterable", "r"), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._stopped = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        if self._started:
            n = len(pool)
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            index = indices[i] + 1
            for j in range(i, r):
                indices[j] = index
        else:
            self._started = True
        return tuple([pool[i] for i in indices])


# permutations, combinations(_with_replacement), product: native
# (`_itertools`), as CPython's C ones (their result tuple is refilled while
# nothing else holds it).
from _itertools import permutations, combinations, combinations_with_replacement, product
from _itertools import zip_longest
