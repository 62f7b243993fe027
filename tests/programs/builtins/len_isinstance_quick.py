# len() and isinstance() run without the builtin call's argument handling
# (CPython's CALL_NO_KW_LEN / CALL_NO_KW_ISINSTANCE): the same results,
# errors, __instancecheck__ calls, and a rebound or deleted builtin.
import builtins
class Meta(type):
    def __instancecheck__(cls, inst):
        print("check", type(inst).__name__)
        return True
class A(metaclass=Meta): pass
a = A()
print(isinstance(a, A), isinstance(1, A), isinstance(1, (str, A)), isinstance(True, int))
print(len([1, 2]), len("héllo"), len(range(10**20)) if False else 0)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e:
    print(e)
real_len = len
def fake(x): return 42
builtins.len = fake
print(len([1]))
builtins.len = real_len
del builtins.len
try:
    len([1])
except NameError as e:
    print(e)
builtins.len = real_len
print(len([1, 2, 3]))
