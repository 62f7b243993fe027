"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.

ouro's `linecache`, after CPython 3.11's Lib/linecache.py: the same cache
(filename -> (size, mtime, lines, fullname), or a 1-tuple holding a loader
thunk for lazycache), getline, getlines, clearcache, checkcache,
updatecache and lazycache.

Differences, because of what ouro does not have yet:
  * no tokenize: a file is read as bytes and decoded by this module, as
    tokenize.open() does it (a UTF-8 byte order mark, else a PEP 263
    coding cookie in the first two lines, else UTF-8), with universal
    newlines; an encoding ouro does not know leaves the file unread ([]);
  * ouro's modules carry no __loader__ with get_source, so lazycache()
    finds nothing to register and returns False unless the caller's
    globals name such a loader; the modules ouro embeds have no file
    ('<ouro>/NAME.py'), so their lines are not found ([]).
"""

import functools
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# The cache. Maps filenames to either a thunk which will provide source code,
# or a tuple (size, mtime, lines, fullname) once loaded.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""

    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""

    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]

    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""

    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return

    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no-op for files loaded via a __loader__
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""

    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename

        # Realise a lazy loader based lookup if there is one
        # otherwise try to lookup right now.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # No luck, the PEP302 loader cannot find the source
                    # for this module.
                    return []
                cache[filename] = (
                    len(data),
                    None,
                    [line + '\n' for line in data.splitlines()],
                    fullname
                )
                return cache[filename][2]

        # Try looking through the module search path, which is only useful
        # when handling a relative filename.
        if os.path.isabs(filename):
            return []

        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                # Not sufficiently string-like to do anything useful with.
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeError, SyntaxError, LookupError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    # Try for a __loader__, if available
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        if (loader := module_globals.get('__loader__')) is None:
            if spec := module_globals.get('__spec__'):
                try:
                    loader = spec.loader
                except AttributeError:
                    pass
        get_source = getattr(loader, 'get_source', None)

        if name and get_source:
            get_lines = functools.partial(get_source, name)
            cache[filename] = (get_lines,)
            return True
    return False


# -- reading a source file as tokenize.open() does (ouro has no tokenize)

def _cookie_encoding(line):
    """The encoding a PEP 263 coding cookie on `line` (bytes) names, or
    None.  The line must be a comment: `# ... coding[:=] NAME`."""
    try:
        text = line.decode('latin-1')
    except UnicodeError:
        return None
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    i = text.find('coding')
    while i >= 0:
        j = i + len('coding')
        if j < len(text) and text[j] in ':=':
            j += 1
            while j < len(text) and text[j] in ' \t':
                j += 1
            k = j
            while k < len(text) and (text[k].isalnum() or text[k] in '-_.'):
                k += 1
            if k > j:
                return text[j:k]
        i = text.find('coding', i + 1)
    return None


def _normal_encoding(name):
    # tokenize's _get_normal_name: utf-8 and latin-1 under their aliases.
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
       enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _is_blank_or_comment(line):
    s = line.lstrip(b' \t\f')
    return not s or s[:1] in (b'#', b'\r', b'\n')


def _read_source_lines(fullname):
    """The lines of the file `fullname`, decoded as tokenize.open() decodes
    a Python source file, with universal newlines."""
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        first_lines = data.split(b'\n', 2)[:2]
        for i, line in enumerate(first_lines):
            found = _cookie_encoding(line)
            if found is not None:
                encoding = _normal_encoding(found)
                break
            # Only a blank or comment first line lets the second one speak.
            if i == 0 and not _is_blank_or_comment(line):
                break
    text = data.decode(encoding)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last)
    return lines
