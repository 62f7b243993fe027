# list.sort releases the keys of a key function where the sort left them
# (CPython's listsort: ascending even with reverse=True), and after a key
# function fails, the keys made so far newest first.
import gc


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __del__(self):
        print("del key", self.v)


[3, 1, 2].sort(key=K)
gc.collect()  # (marksweep frees the keys here)
print("--")
sorted([5, 4, 6], key=K, reverse=True)
gc.collect()
print("--")


def failing_key(v):
    if v == 9:
        raise ValueError("no key for 9")
    return K(v)


try:
    sorted([7, 8, 9], key=failing_key)
except ValueError as e:
    print("failed:", e)
gc.collect()
print("end")


