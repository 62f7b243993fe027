import sys,gc
for f in [lambda: sys.getrefcount(), lambda: sys.getrefcount(1,2), lambda: sys.getrefcount(x=1), lambda: gc.isenabled(1), lambda: gc.is_tracked(), lambda: sys.intern()]:
    try: f()
    except TypeError as e: print(e)
import math, time
for f in [lambda: math.fsum(), lambda: math.factorial(1, 2), lambda: time.time(1), lambda: gc.get_count(x=1), lambda: len()]:
    try: f()
    except TypeError as e: print(e)
