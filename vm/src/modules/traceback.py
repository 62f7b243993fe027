"""Print and format exceptions: ouro's `traceback` module.

The text is the vm's own (what an uncaught exception prints, CPython's
layout: frames, source lines with carets, chained causes and contexts),
from the native `_traceback`. ouro keeps no traceback objects yet
(`__traceback__` is None), so the functions that walk traceback or frame
objects (`extract_tb`, `walk_tb`, `print_stack`, `StackSummary`, ...) are
not here; the `tb` and `limit` arguments are accepted and ignored.
"""

import sys
from _traceback import format as _format, format_only as _format_only

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']

_sentinel = object()


def _exception(exc, value):
    # The 3.10 signature takes the exception alone; the old one
    # (type, value, tb) names it second.
    if value is not _sentinel:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line, as a list of one string."""
    return [_format_only(_exception(exc, value))]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The traceback and exception text, as a list of strings that
    ''.join() makes what print_exception() prints."""
    return _lines(_format(_exception(exc, value), chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print the traceback and exception to `file` (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to `file` (sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
