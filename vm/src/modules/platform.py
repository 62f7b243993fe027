"""The platform module: what system, machine and Python this is, from
os.uname(), sys and the C library (a subset of CPython's: no Windows, Java
or macOS parts; `platform()` as CPython builds it on Linux)."""

import collections
import os
import sys
import _os

__all__ = [
    "architecture", "freedesktop_os_release", "libc_ver", "machine", "node",
    "platform", "processor", "python_branch", "python_build",
    "python_compiler", "python_implementation", "python_revision",
    "python_version", "python_version_tuple", "release", "system",
    "system_alias", "uname", "uname_result", "version",
]


class uname_result(collections.namedtuple(
        "uname_result_base", "system node release version machine")):
    """os.uname() with the processor, which CPython finds lazily (`uname
    -p`, blank when 'unknown'): always blank here."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return ""

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        fields = zip(self._fields[:5], tuple.__iter__(self))
        return "uname_result(" + ", ".join(f"{n}={v!r}" for n, v in fields) + ")"

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the executable: a 64-bit ELF file here."""
    size = 64 if sys.maxsize > 2**32 else 32
    return (bits or f"{size}bit", linkage or "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """The C library and its version: ('glibc', '2.36')."""
    found = _os.libc_version()
    if found:
        return ("glibc", found)
    return (lib, version)


def system_alias(system, release, version):
    return system, release, version


def _sys_version():
    # "3.11.7 (build, date) [compiler]"; ouro's is "3.11.7 (ouro)".
    text = sys.version
    build, compiler = "", ""
    if "(" in text:
        inside = text[text.index("(") + 1:]
        if ")" in inside:
            inside, rest = inside.split(")", 1)
            compiler = rest.strip().strip("[]")
        parts = [p.strip() for p in inside.split(",", 1)]
        build = parts[0]
        date = parts[1] if len(parts) > 1 else ""
    else:
        date = ""
    return build, date, compiler


def python_implementation():
    return {"cpython": "CPython"}.get(sys.implementation.name, sys.implementation.name)


def python_version():
    v = sys.version_info
    return f"{v.major}.{v.minor}.{v.micro}"


def python_version_tuple():
    return tuple(python_version().split("."))


def python_build():
    build, date, _ = _sys_version()
    return (build, date)


def python_compiler():
    return _sys_version()[2]


def python_branch():
    return ""


def python_revision():
    return ""


def _platform(*args):
    # Joined with '-', runs of '-' folded, as CPython's _platform.
    text = "-".join(a.strip() for a in filter(None, args))
    for ch in " /\\:;\"()":
        text = text.replace(ch, "_")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def platform(aliased=False, terse=False):
    """'Linux-6.1.0-x86_64-with-glibc2.36'."""
    u = uname()
    lib, ver = libc_ver()
    # (On Linux CPython builds the same string whatever `terse` says.)
    return _platform(u.system, u.release, u.machine, u.processor, "with", lib + ver)


def freedesktop_os_release():
    """The /etc/os-release (or /usr/lib/os-release) fields as a dict."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                lines = f.read().splitlines()
            break
        except OSError:
            continue
    else:
        raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
            value = value.replace('\\"', '"').replace("\\'", "'").replace("\\$", "$")
            value = value.replace("\\`", "`").replace("\\\\", "\\")
        info[key] = value
    return info
