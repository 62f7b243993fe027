# Found by the `run` fuzz target: a set subclass's `s[k]` found a
# `__getitem__` that sets do not have, which sent it back to `s[k]`: a Rust
# stack overflow. Sets are not subscriptable.
class S(set):
    pass


class F(frozenset):
    pass


for obj in [set(), frozenset(), S([1]), F([2])]:
    print(type(obj).__name__, hasattr(obj, "__getitem__"))
    try:
        obj[0]
    except TypeError as e:
        print("TypeError:", e)
    try:
        obj[[]]
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(list, "__getitem__"), hasattr(dict, "__getitem__"))
