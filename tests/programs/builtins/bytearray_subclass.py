class BA(bytearray):
    def hello(self): return "hi " + str(len(self))
b = BA(b"ab")
print(b, repr(b), len(b), b.hello(), type(b).__name__, isinstance(b, bytearray))
b.append(99); b.extend(b"de"); b += b"f"
print(b, type(b), b[0], b[1:3], bytes(b), b.upper(), type(b.upper()))
b[0] = 65
del b[1]
print(b, list(b), b == bytearray(b"Acdef"), b.decode())
class BB(bytearray):
    def __init__(self, x, tag):
        super().__init__(x)
        self.tag = tag
c = BB([1, 2, 3], "t")
print(c, c.tag, c.hex(), BB.fromhex("0a0b") if False else "", BA(3), BA("xy", "ascii"))
print(b.__dict__, hasattr(b, "__dict__"))
b.x = 5; print(b.x, vars(b))
import copy
print(copy.copy(b), copy.deepcopy(b))
print(bytearray.__new__(BA), BA(b"q") + b"r")
# type() names the calling module, as a class statement does.
K = type("K", (), {})
print(K.__module__, K, type("J", (BA,), {"__module__": "elsewhere"}))
import dataclasses
P = dataclasses.dataclass(type("P", (), {"__annotations__": {"x": int}}))
print(P(3))
print(repr(bytearray(b"'")), repr(bytearray(b"a'b")), repr(bytearray(b"'\"")), repr(b"'"), BA(b"'"))
