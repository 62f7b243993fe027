# platform and os.uname describe this machine (printed as facts that hold
# on any Linux machine, not as its names).
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == platform.system() == os.uname().sysname == "Linux")
print(u.node == platform.node() == os.uname().nodename, u.machine == os.uname()[4])
print(u.release == platform.release(), u.version == platform.version(), u[5] == u.processor)
print(repr(u).startswith("uname_result(system='Linux', node="), repr(os.uname()).startswith("posix.uname_result(sysname='Linux'"))
print(platform.architecture(), platform.python_implementation())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(platform.python_version().split(".")))
lib, version = platform.libc_ver()
print(lib, version.count(".") == 1 and version.replace(".", "").isdigit())
p = platform.platform()
print(p.startswith("Linux-" + platform.release()), p.endswith("-with-glibc" + version))
print(p == platform.platform(terse=True) == platform.platform(aliased=True))
info = platform.freedesktop_os_release()
print(isinstance(info, dict), "ID" in info and "NAME" in info)
