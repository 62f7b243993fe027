"""The parts of `sys` written in Python, made when first asked for (sys's
`__getattr__` imports this module and keeps what it asked for in sys).

The struct sequences (`sys.version_info`, `float_info`, ...) are tuples
with named fields and CPython's repr, untracked as CPython's C code makes
them; `sys.stdin` reads lines through
`input()`.
"""

import sys
from _ouro import untrack as _untrack


def _struct_seq(name, fields):
    """A tuple type with named, read-only fields, shown as `name(f=v, ...)`."""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{name}({parts})"

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "n_fields": len(fields), "n_sequence_fields": len(fields),
          "n_unnamed_fields": 0, "__match_args__": tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    short = name.rpartition(".")[2]
    cls = type(short, (tuple,), ns)
    cls.__module__ = name.rpartition(".")[0] or "builtins"
    return cls


version_info = _untrack(_struct_seq(
    "sys.version_info", ("major", "minor", "micro", "releaselevel", "serial")
)((3, 11, 7, "final", 0)))
hexversion = 0x030B07F0
api_version = 1013

float_info = _untrack(_struct_seq("sys.float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
    "mant_dig", "epsilon", "radix", "rounds"))((
        1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
        -307, 15, 53, 2.220446049250313e-16, 2, 1)))

int_info = _untrack(_struct_seq("sys.int_info", (
    "bits_per_digit", "sizeof_digit", "default_max_str_digits",
    "str_digits_check_threshold"))((30, 4, 4300, 640)))

hash_info = _untrack(_struct_seq("sys.hash_info", (
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
    "seed_bits", "cutoff"))((64, 2305843009213693951, 314159, 0, 1000003,
                             "siphash13", 64, 128, 0)))

_UnraisableHookArgs = _struct_seq("sys.UnraisableHookArgs", (
    "exc_type", "exc_value", "exc_traceback", "err_msg", "object"))

thread_info = _untrack(_struct_seq("sys.thread_info", ("name", "lock", "version"))(
    ("pthread", "semaphore", "NPTL 2.36")))

flags = _untrack(_struct_seq("sys.flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
    "no_user_site", "no_site", "ignore_environment", "verbose",
    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"))((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0,
                            0, False, -1)))

maxunicode = 0x10FFFF
float_repr_style = "short"
executable = "/usr/bin/python3"
_base_executable = executable
prefix = exec_prefix = base_prefix = base_exec_prefix = "/usr"
platlibdir = "lib"
def _script_dir():
    # CPython: the script's directory, symbolic links resolved; '' when
    # there is no script file.
    import _os
    if not sys.argv or sys.argv[0] in ("", "-c", "-"):
        return ""
    d = sys.argv[0].rpartition("/")[0] or "."
    return _os.realpath(d) or d


path = [_script_dir()]
meta_path = []
path_hooks = []
path_importer_cache = {}
builtin_module_names = ("builtins", "sys", "gc", "math", "_os")
stdlib_module_names = frozenset()
dont_write_bytecode = True
warnoptions = []
_xoptions = {}
orig_argv = ["python3"] + list(sys.argv)
copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
abiflags = ""
pycache_prefix = None


class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"


implementation = _Namespace(name="cpython", cache_tag="cpython-311",
                            version=version_info, hexversion=hexversion,
                            _multiarch="x86_64-linux-gnu")


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def getswitchinterval():
    return 0.005


def setswitchinterval(interval):
    pass


def exception():
    return sys.exc_info()[1]


def is_finalizing():
    return False


def call_tracing(func, args):
    return func(*args)


class _Stdin:
    """`sys.stdin`: lines read with `input()` (text mode, utf-8)."""

    name = "<stdin>"
    mode = "r"
    encoding = "utf-8"
    errors = "strict"
    closed = False

    def readable(self):
        return True

    def writable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        return 0

    _buf = ""

    def readline(self, size=-1):
        # Lines come as they are (no newline translation, as CPython's
        # stdin on POSIX); what a size cut off waits for the next read.
        import _os
        buf = self._buf
        if "\n" not in buf:
            buf += _os.stdin_readline()
        end = buf.find("\n") + 1 or len(buf)
        if size is not None and size >= 0:
            end = min(end, size)
        self._buf = buf[end:]
        return buf[:end]

    def readlines(self, hint=-1):
        return list(self)

    def read(self, size=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                break
            out.append(line)
        return "".join(out)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def close(self):
        pass

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = __stdin__ = _Stdin()
__stdout__ = sys.stdout
__stderr__ = sys.stderr
