"""Measure the execution time of small code snippets: ouro's `timeit`.

Supported as in CPython 3.11: Timer (stmt and setup given as source
strings or as callables, timer=, globals=), Timer.timeit, Timer.repeat,
Timer.autorange, Timer.print_exc, the module functions timeit() and
repeat(), default_timer (time.perf_counter), default_number,
default_repeat, and main() (the command-line interface: -n, -r, -s, -p,
-u, -v, -h and their long forms).

As in CPython, a statement given as a string is compiled into the body of
a generated function, inside the loop, and runs with the globals of this
module unless globals= is given.  The garbage collector is disabled while
timing.

Not supported: `python -m timeit` as such (call main(args) instead).
"""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The timing function is built from this source; `init` adds the callables'
# default arguments, `setup` and `stmt` are indented into place.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src after the first by `indent` blanks."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Check the setup alone first, so its syntax errors are its own.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # Checked after the setup, so that a `return` or a stray
            # indentation in it is reported against the statement.
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, with the source lines
        of the generated code."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None,
                                               self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time `number` executions of the statement (after one setup)."""
        loops = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() `repeat` times; return the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) for which the
        total time is at least 0.2 seconds; return (number, time_taken)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# The text CPython prints for -h (its module docstring).
_USAGE = """Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""

_SHORT = {'-n': 'number', '-r': 'repeat', '-s': 'setup', '-u': 'unit',
          '-p': 'process', '-v': 'verbose', '-h': 'help',
          '-t': 'obsolete', '-c': 'obsolete'}
_LONG = {'--number': 'number', '--repeat': 'repeat', '--setup': 'setup',
         '--unit': 'unit', '--process': 'process', '--verbose': 'verbose',
         '--help': 'help'}
_TAKES_VALUE = ('number', 'repeat', 'setup', 'unit')


def _parse_options(args):
    """A small getopt: returns ([(option, value)], rest)."""
    opts = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == '--':
            i += 1
            break
        if arg.startswith('--'):
            name, eq, value = arg.partition('=')
            matches = [k for k in _LONG if k.startswith(name)]
            if name in _LONG:
                matches = [name]
            if not matches:
                raise ValueError('option %s not recognized' % name)
            if len(matches) > 1:
                raise ValueError('option %s not a unique prefix' % name)
            kind = _LONG[matches[0]]
            if kind in _TAKES_VALUE:
                if not eq:
                    i += 1
                    if i >= len(args):
                        raise ValueError('option %s requires argument'
                                         % matches[0])
                    value = args[i]
            elif eq:
                raise ValueError('option %s must not have an argument'
                                 % matches[0])
            opts.append((kind, value))
            i += 1
            continue
        if arg.startswith('-') and arg != '-':
            chars = arg[1:]
            while chars:
                flag = '-' + chars[0]
                chars = chars[1:]
                if flag not in _SHORT:
                    raise ValueError('option %s not recognized' % flag)
                kind = _SHORT[flag]
                if kind in _TAKES_VALUE:
                    if chars:
                        value, chars = chars, ''
                    else:
                        i += 1
                        if i >= len(args):
                            raise ValueError('option %s requires argument'
                                             % flag)
                        value = args[i]
                    opts.append((kind, value))
                else:
                    opts.append((kind, ''))
            i += 1
            continue
        break
    return opts, args[i:]


def main(args=None, *, _wrap_timer=None):
    """The command-line interface; returns None, or 1 after an error in
    the timed code, or 2 for bad options (the message on stderr)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except ValueError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for kind, value in opts:
        if kind == 'number':
            number = int(value)
        elif kind == 'setup':
            setup.append(value)
        elif kind == 'unit':
            if value in units:
                time_unit = value
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
        elif kind == 'repeat':
            repeat = int(value)
            if repeat <= 0:
                repeat = 1
        elif kind == 'process':
            timer = time.process_time
        elif kind == 'verbose':
            if verbose:
                precision += 1
            verbose += 1
        elif kind == 'help':
            print(_USAGE, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '',
                                 secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '',
             repeat, format_time(best)))

    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
