"""Python part of the warnings subsystem: ouro's `warnings` module.

warn(), warn_explicit(), the filters (filterwarnings, simplefilter,
resetwarnings), showwarning/formatwarning and catch_warnings behave as in
CPython 3.11, where warn and warn_explicit come from the C accelerator
_warnings; its rules are the ones followed here: the default filters
(DeprecationWarning shown for __main__, ignored elsewhere; Pending-
DeprecationWarning, ImportWarning and ResourceWarning ignored), the
per-module __warningregistry__ that shows a warning once per location
under the "default" action, the "once" and "module" actions, the registry
reset when the filters change, and the same errors and messages.

Differences, because of what ouro does not have yet:
  * sys._getframe: without it the caller's frame is unknown, so every
    warn() is attributed to the __main__ module: its file, line 0 (no
    source line is printed) and its __warningregistry__.  The "default"
    action therefore shows a message once per (text, category) for the
    whole program, and `stacklevel` changes nothing.  When sys._getframe
    exists the caller (and stacklevel) is found as CPython does.
  * no linecache or tracemalloc: source lines are read from the file
    directly, and a warning with a `source` gets the note CPython adds
    when tracemalloc is not tracing;
  * no sys.warnoptions: the -W options are not processed.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# The state that CPython keeps in _warnings.  filters, defaultaction and
# onceregistry are looked up on the module at each warning, so they may be
# replaced (catch_warnings does).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Registries remember the version of the filters they were filled under
# and are emptied when the filters have changed since.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ----------------------------------------------------------------------
# Showing warnings

class WarningMessage(object):
    """A warning as handed to _showwarnmsg(): the arguments of
    showwarning(), and the object that caused it (`source`)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


_source_lines = {}      # file name -> its lines (what linecache would hold)


def _getline(filename, lineno):
    """Line `lineno` of the file, with its newline; '' if there is none."""
    if lineno < 1:
        return ''
    lines = _source_lines.get(filename)
    if lines is None:
        lines = []
        if filename and not (filename.startswith('<') and filename.endswith('>')):
            try:
                with open(filename, encoding='utf-8') as f:
                    lines = f.readlines()
            except (OSError, UnicodeError, ValueError):
                lines = []
            if lines and not lines[-1].endswith('\n'):
                lines[-1] += '\n'
        _source_lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default).  Programs may
    replace this function to show warnings differently.
    """
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning: 'FILE:LINE: Category:
    message' and the source line, if there is one.  Programs may replace
    this function.
    """
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr: the warning gets lost.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # CPython points at where the source object was allocated when
        # tracemalloc is tracing; it never is here.
        s += (f'{category}: Enable tracemalloc to get the object '
              f'allocation traceback\n')
    return s


# Keep references to the originals, to tell whether the user replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a WarningMessage, through a replaced showwarning() if there
    is one.
    """
    sw = showwarning
    if sw is not _showwarning_orig:
        # The user replaced showwarning(): call it the old way.
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno,
           msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage, through a replaced formatwarning() if
    there is one.
    """
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category,
                  msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ----------------------------------------------------------------------
# The filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Put a filter at the front of the filters (at the end with append).

    action is one of "error", "ignore", "always", "default", "module"
    and "once"; the filter applies to warnings whose text matches the
    regular expression `message` (ignoring case), whose category is a
    subclass of `category`, issued from a module whose name matches the
    regular expression `module`, on line `lineno` (0: any line).
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter for all messages and modules at the front of the
    filters (at the end with append); see filterwarnings().
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added at the front replaces an equal one further down; one
    # appended is not added twice.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove all the filters."""
    filters[:] = []
    _filters_mutated()


# ----------------------------------------------------------------------
# Issuing warnings

def _check_matched(pattern, text):
    # None matches everything, a plain str (the default filters' module)
    # must be equal, anything else is a compiled pattern.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    """(action, filter item) for a warning; the item is None when no filter
    matched and the default action applies."""
    current = filters
    if not isinstance(current, list):
        raise ValueError("_warnings.filters must be a list")
    i = 0
    # The list may change while the match functions run: index it afresh.
    while i < len(current):
        item = current[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % type(action).__name__)
        good_msg = _check_matched(msg, text)
        good_mod = _check_matched(mod, module)
        is_subclass = issubclass(category, cat)
        if not isinstance(ln, int):
            raise TypeError("an integer is required")
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(action).__name__)
    return action, None


def _index(n):
    # An integer argument, as C's argument parsing demands one.
    if isinstance(n, int):
        return int(n)
    try:
        index = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return index(n)


def _already_warned(registry, key, should_set):
    """Whether key is set in the registry (emptied first if it was filled
    under other filters); sets it when asked to."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _normalize_module(filename):
    # The module name warn_explicit() assumes: the file name without .py.
    if not filename:
        return "<unknown>"
    if filename.endswith(".py"):
        return filename[:-3]
    return filename


def _warn_unawaited_coroutine(coro):
    """What the interpreter calls for a coroutine that dies never awaited
    (CPython's `_PyErr_WarnUnawaitedCoroutine`)."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning attributed to filename:lineno of `module` (the file
    name without .py when None), remembered in `registry` (a dict).
    """
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    lineno = _index(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if module is None:
        module = _normalize_module(filename)
    _warn(message, category, filename, lineno, module, registry, source)


def _warn(message, category, filename, lineno, module, registry, source):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)

    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return

    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return

    if action != "always":
        # Remember this location, except under "always".
        if registry is not None:
            registry[key] = True
        seen = False
        if action == "once":
            reg = registry
            if reg is None:
                reg = onceregistry
                if not isinstance(reg, dict):
                    raise TypeError(
                        "_warnings.onceregistry must be a dict, not '%s'"
                        % type(reg).__name__)
            seen = _already_warned(reg, (text, category), True)
        elif action == "module":
            # CPython's _warnings uses the same key as "once" here (its
            # comment says (text, category, 0)), so the two differ only for
            # warn_explicit() without a registry.
            if registry is not None:
                seen = _already_warned(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %r" % (action, item))
        if seen:
            return

    show = _showwarnmsg
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, None,
                        source))


def _is_internal_frame(frame):
    """Whether a frame belongs to the import machinery."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def _registry_of(globals):
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = {}
        globals['__warningregistry__'] = registry
    return registry


def _module_name(name):
    if name is None or isinstance(name, str):
        return name
    return "<string>"


def _context_from_frames(getframe, stacklevel):
    """(filename, lineno, module, registry) of the frame `stacklevel`
    levels up from warn()'s caller."""
    try:
        frame = getframe(3)     # _context_from_frames, _context, warn
    except ValueError:
        frame = None
    if frame is not None:
        if stacklevel <= 0 or _is_internal_frame(frame):
            while stacklevel > 1 and frame is not None:
                frame = frame.f_back
                stacklevel -= 1
        else:
            while stacklevel > 1 and frame is not None:
                frame = _next_external_frame(frame)
                stacklevel -= 1
    if frame is None:
        globals = getattr(sys, '__dict__', None)
        if globals is None:
            globals = _sys_globals
        filename, lineno = "sys", 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = _registry_of(globals)
    module = _module_name(globals.get('__name__', "<string>"))
    return filename, lineno, module, registry


_sys_globals = {'__name__': 'sys'}


def _context_from_main():
    """(filename, lineno, module, registry) when frames are not available:
    the __main__ module, at line 0."""
    main = sys.modules.get('__main__')
    if main is None:
        return "sys", 1, "sys", _registry_of(_sys_globals)
    registry = getattr(main, '__warningregistry__', None)
    if registry is None:
        registry = {}
        try:
            main.__warningregistry__ = registry
        except (AttributeError, TypeError):
            pass
    filename = getattr(main, '__file__', None)
    if not isinstance(filename, str):
        filename = "sys"
    module = _module_name(getattr(main, '__name__', "<string>"))
    return filename, 0, module, registry


def _context(stacklevel):
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        return _context_from_frames(getframe, stacklevel)
    return _context_from_main()


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (shown, ignored or raised, as the filters say),
    attributed to the caller, or to its caller's caller and so on with
    a larger stacklevel.
    """
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    stacklevel = _index(stacklevel)
    filename, lineno, module, registry = _context(stacklevel)
    _warn(message, category, filename, lineno, module, registry, source)


# ----------------------------------------------------------------------
# catch_warnings

class catch_warnings(object):
    """A context manager that saves the filters and showwarning() on
    entry and puts them back on exit, so the filters can be changed
    inside; with record=True it collects the warnings instead of
    showing them.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        """record=True makes __enter__ return a list that receives the
        warnings (as WarningMessage objects) instead of showing them;
        module replaces sys.modules['warnings'] (for testing); action,
        category, lineno and append, when action is given, make a
        simplefilter() call on entering.
        """
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # The default showwarning() must be in place for the log to be
            # filled through _showwarnmsg_impl.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
