from collections import OrderedDict, namedtuple, deque, defaultdict, Counter, UserDict, UserList
from collections.abc import Mapping, Sequence
import array
def m(x):
    match x:
        case {"a": 1, **kw}:
            return f"map {kw}"
        case [a, b]:
            return f"seq2 {a} {b}"
        case [a, *rest]:
            return f"seq {a} {rest}"
        case _:
            return "none"
P = namedtuple("P", "x y")
class L(list): pass
class T(tuple): pass
class D(dict): pass
class MyMap(Mapping):
    def __getitem__(s, k): return {"a": 1, "b": 5}[k]
    def __iter__(s): return iter("ab")
    def __len__(s): return 2
class MySeq(Sequence):
    def __getitem__(s, i): return [7, 8, 9][i]
    def __len__(s): return 3
class Reg:
    def __getitem__(s, i): return [1, 2][i]
    def __len__(s): return 2
Sequence.register(Reg)
class SubReg(Reg): pass
for x in [OrderedDict(a=1, b=2), P(1, 2), deque([1, 2]), T((3, 4)), L([5, 6, 7]), D(a=1), defaultdict(int, a=1), Counter(a=1),
          MyMap(), MySeq(), Reg(), SubReg(), memoryview(b"ab"), array.array("i", [1, 2]), "ab", b"ab", bytearray(b"ab"), UserDict(a=1), UserList([1, 2]), range(2)]:
    print(type(x).__name__, m(x))
print("__abc_tpflags__" in Mapping.__dict__, "__abc_tpflags__" in Sequence.__dict__)
