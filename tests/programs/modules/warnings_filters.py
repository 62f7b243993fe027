# warnings: filters and actions, recorded with catch_warnings(record=True).
import warnings

def run(action, calls, **filter_args):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.filterwarnings(action, **filter_args)
        reg = {}
        for text, cat, line in calls:
            warnings.warn_explicit(text, cat, "prog.py", line, registry=reg)
    print(action, [(str(m.message), m.category.__name__, m.lineno) for m in log])

calls = [("a", UserWarning, 1), ("a", UserWarning, 1), ("a", UserWarning, 2),
         ("b", RuntimeWarning, 1), ("a", UserWarning, 3)]
for action in ("default", "always", "once", "module", "ignore"):
    run(action, calls)
run("always", calls, category=RuntimeWarning)
run("always", calls, message="A")             # case-insensitive, anchored
run("always", calls, lineno=2)
run("always", calls, module="prog$")
run("always", calls, module="other")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn(FutureWarning("instance wins"), UserWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(42)
for m in log:
    print(type(m).__name__, repr(m.message), m.category.__name__,
          m.file, m.line, m.source)

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("ignored")
    print(len(log), warnings.filters[0])

print(warnings.filters)
for bad in (5, str):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
