# warnings: formatting and showing, replacing showwarning/formatwarning,
# registries and the default filters.
import io
import sys
import warnings

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3,
                                  line="    x = old()   ")))
buf = io.StringIO()
warnings.showwarning("to a file", FutureWarning, "mod.py", 7, file=buf,
                     line="call()")
print(repr(buf.getvalue()))

# warn_explicit with a registry: the "default" action shows each
# (text, category, line) once, and the registry records it.
reg = {}
saved_stderr = sys.stderr
sys.stderr = err = io.StringIO()
for line in (5, 5, 6, 5):
    warnings.warn_explicit("careful", UserWarning, "lib.py", line, registry=reg)
warnings.warn_explicit("gone", DeprecationWarning, "lib.py", 9, module="lib")
warnings.warn_explicit("shown", DeprecationWarning, "app.py", 9,
                       module="__main__")
warnings.warn_explicit("hidden", PendingDeprecationWarning, "lib.py", 9)
warnings.warn_explicit("tracked", ResourceWarning, "lib.py", 9)
sys.stderr = saved_stderr
print(err.getvalue(), end="")
print(sorted(k for k in reg if k != 'version'))

# replacing the hooks
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, filename, lineno)
def fmt(message, category, filename, lineno, line=None):
    return "FMT: %s (%s)\n" % (message, category.__name__)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn_explicit("via show", UserWarning, "a.py", 1)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = fmt
    sys.stderr = err = io.StringIO()
    warnings.warn_explicit("via format", RuntimeWarning, "a.py", 2)
    warnings.warn("from warn", SyntaxWarning)
    sys.stderr = saved_stderr
    print(err.getvalue(), end="")
warnings.formatwarning = warnings._formatwarning_orig
print(warnings.showwarning is warnings._showwarning_orig)

# a warning shown once from a loop: same place every time
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("in a loop")
print(len(log), [str(m.message) for m in log])
m = warnings.WarningMessage("text", UserWarning, "w.py", 4)
print(str(m))
