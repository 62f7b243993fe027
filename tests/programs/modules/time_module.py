# The time module's clocks and sleep (values vary; only their kinds and
# order are printed).
import time
t0 = time.perf_counter()
time.sleep(0.01)
t1 = time.perf_counter()
print(t1 - t0 >= 0.01, type(time.time()).__name__, time.time() > 1.7e9, type(time.time_ns()).__name__, time.monotonic_ns() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
