# Regression (found in review): deepcopy error paths. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
import copy
class Bad:
    def __deepcopy__(self, memo): raise ValueError("x")
for c in ([1, Bad()], {1: Bad()}, {"a": [Bad()]}):
    try: copy.deepcopy(c)
    except ValueError: print("raised")
