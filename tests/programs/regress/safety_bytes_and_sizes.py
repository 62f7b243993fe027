# bytes() once overflowed the Rust stack (an InstanceObject posing as bytes);
# huge sizes taken from the program must be MemoryError, never an abort.
print(bytes(), bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(b'xy'))
for f in [lambda: bytes(-1), lambda: bytes([300]), lambda: bytes('x'), lambda: bytes(['a'])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for t in [type(None), type(NotImplemented), type(...), type(len), type(iter([])), type({}.keys())]:
    try:
        print(repr(t()))
    except TypeError as e:
        print(e)
print(type(None)() is None, type(...)() is ...)
huge = [
    lambda: 'a'.ljust(2**62), lambda: 'a'.rjust(2**62), lambda: 'a'.center(2**62, 'é'),
    lambda: 'a'.zfill(2**62), lambda: 'x\ty'.expandtabs(2**62),
    lambda: format(1, '4611686018427387904'), lambda: format(1.5, '.4611686018427387904f'),
    lambda: '%.4611686018427387904f' % 1.5, lambda: 'x\ty'.expandtabs(2**31),
    lambda: '%4611686018427387904s' % 'a', lambda: 'x' * 2**62, lambda: [0] * 2**62,
    lambda: bytes(2**62), lambda: list(range(2**62)), lambda: tuple(range(2**40)),
    lambda: sorted(range(2**50)), lambda: ('a' * 1000).replace('a', 'x' * 2**52),
    lambda: ('x' * 2**20).join(['a'] * 2**33 if False else ['a', 'b']) and 'x'.zfill(2**62),
]
for f in huge:
    try:
        f()
        print("no error")
    except MemoryError:
        print("MemoryError")
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(len('%.100000f' % 1.0), len(format(2.5, '.70000f')), len('%.70000e' % 1.5))
import copy
try:
    copy.deepcopy([1], 5)
except AttributeError as e:
    print("AttributeError", e)
s = set()
s.update(s)
t = {1, 2}
t.update(t)
print(s, t)
