# A coroutine that dies never awaited is reported through the warnings
# module (CPython's _PyErr_WarnUnawaitedCoroutine): catch_warnings records
# it, filters apply ("error" makes it an unraisable RuntimeWarning, not an
# exception the program sees), and the text goes to sys.stderr as it is.
import gc
import io
import sys
import warnings


async def coro():
    return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = coro()
    del c
    gc.collect()  # (marksweep finalizes it only at a collection)
print(len(w), [x.category.__name__ for x in w], str(w[0].message))
print(type(w[0].source).__name__)

buf = io.StringIO()
sys.stderr = buf
with warnings.catch_warnings():
    warnings.simplefilter("always")
    c = coro()
    del c
    gc.collect()  # (marksweep finalizes it only at a collection)
    warnings.simplefilter("error")
    try:
        coro()
        gc.collect()
        print("no exception reaches the program")
    except RuntimeWarning:
        print("raised")
    warnings.simplefilter("ignore")
    coro()
    gc.collect()
sys.stderr = sys.__stderr__
out = buf.getvalue()
print("never awaited:", out.count("was never awaited"))
print("as unraisable:", "Exception ignored in: <coroutine object coro" in out)
print("end")
