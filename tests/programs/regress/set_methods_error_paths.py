# Regression (found in review): set methods error paths. Must match CPython and stay
# clean under --verify-heap and --stress-gc.
class Bad:
    def __iter__(self): raise ValueError("no")
s = {1, 2}
for m in ("intersection", "difference", "symmetric_difference", "union", "issubset", "update", "intersection_update"):
    try: getattr(s, m)(Bad())
    except ValueError: print(m, "raised")
