# A builtin type's method called with a receiver of another type raises
# TypeError before its native code reads the receiver (CPython's descr_check).
cases = [
    lambda: list.append(1, 2), lambda: list.append(), lambda: str.upper(5),
    lambda: dict.__setitem__([], 1, 2), lambda: dict.__setitem__(),
    lambda: int.__add__('a', 1), lambda: set.add(frozenset(), 1),
    lambda: list.__len__(()), lambda: float.__repr__(1), lambda: tuple.index([1], 1),
    lambda: dict.keys([]), lambda: str.join(b'', []), lambda: set.update([], [1]),
    lambda: BaseException.with_traceback(1, None), lambda: type.mro(5),
    lambda: object.__setattr__(1, 2, 3), lambda: object.__getattribute__(1, 2),
    lambda: object.__delattr__(1, 5), lambda: getattr(1, 2),
]
for f in cases:
    try:
        r = f()
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)
class A:
    append = list.append
try:
    A().append(1)
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(True, 1), object.__repr__.__name__)
print(dict.fromkeys('ab'), list.__len__([1, 2]))
for a in [('abc', 5, {}), ('abc', (), 5), (5, (), {}), ('abc', (bool,), {}), ('abc', (int, int), {})]:
    try:
        type(*a)
    except TypeError as e:
        print("TypeError:", e)
