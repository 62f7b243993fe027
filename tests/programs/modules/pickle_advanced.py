import pickle
import io
import copyreg


class Rec:
    def __init__(self, name):
        self.name = name


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Rec):
            return ("Rec", obj.name)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        tag, name = pid
        return "loaded:" + name


for proto in range(1, 6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Rec("a"), 1, Rec("b")])
    data = f.getvalue()
    print(proto, data)
    print(DBUnpickler(io.BytesIO(data)).load())


class StrPid(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid%d" % obj if type(obj) is int and obj > 100 else None


class StrLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid.upper()


for proto in (0, 2):
    f = io.BytesIO()
    StrPid(f, proto).dump([1, 500])
    print(proto, f.getvalue(), StrLoad(io.BytesIO(f.getvalue())).load())


class Point:
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    return (Point, (p.x * 2,))


f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Point] = reduce_point
p.dump(Point(21))
print(f.getvalue(), pickle.loads(f.getvalue()).x)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (str, ("point%d" % obj.x,))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([Point(1), 2])
print(f.getvalue(), pickle.loads(f.getvalue()))

# several pickles in one file, memo clear
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
lst = [1, 2]
pk.dump(lst)
pk.dump(lst)
pk.clear_memo()
pk.dump(lst)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load(), up.load())
f = io.BytesIO()
pickle.dump({"a": (1, 2)}, f, protocol=5)
f.seek(0)
print(pickle.load(f))

# hand-written / Python 2 style pickles
old = [
    b"(lp0\nI1\naS'two'\np1\naF3.5\naL12345678901234567890L\na.",
    b"(dp0\nS'k'\np1\n(I1\nI2\ntp2\ns.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"S'esc\\n\\x41\\101\\'q'\np0\n.",
    b'U\x03abcq\x00.',
    b'T\x03\x00\x00\x00xyzq\x00.',
    b"c__builtin__\nunicode\np0\n.",
    b"c__builtin__\nxrange\n(I0\nI5\nI1\ntR.",
    b"Vsnow\\u2603 \\\\u1234\np0\n.",
    b"(I1\nI2\nt.",
    b"\x80\x02]q\x00(K\x01K\x02e2.",
    b"(I1\n0I2\n.",
    b"(I1\n1I7\n.",
    b"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x8c\x03abc\x94h\x00\x86\x94.",
    b"\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.",
    b"\x80\x02\x8a\x01\xff.",
    b"\x80\x02\x8b\x02\x00\x00\x00\x00\x80.",
    b"\x80\x03B\x02\x00\x00\x00hi.",
    b"\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00hi.",
    b"\x80\x04\x8d\x02\x00\x00\x00\x00\x00\x00\x00hi.",
    b"\x80\x04\x8f(K\x01K\x02\x90.",
    b"\x80\x04(K\x03\x91.",
    b"}(K\x01K\x02K\x03K\x04u.",
    b"I01\nI00\n\x86.",
    b"M\x00\x01J\xff\xff\xff\xff\x86.",
    b"G@\t!\xfbTD-\x18.",
]
for data in old:
    try:
        v = pickle.loads(data)
        if isinstance(v, set):
            v = sorted(v)
        print(repr(data), "->", repr(v))
    except Exception as e:
        print(repr(data), "ERR", type(e).__name__, e)


class Inst:
    def __init__(self, *args):
        self.args = args


print(vars(pickle.loads(b"(I1\nI2\ni__main__\nInst\np0\n(dp1\nS'extra'\np2\nI3\nsb.")))
print(vars(pickle.loads(b"(c__main__\nInst\nI9\no.")))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding="latin1"))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding="bytes"))
print(pickle.loads(b"\x80\x02U\x02hiq\x00.", encoding="bytes"))

# extension registry
copyreg.add_extension(__name__, "Inst", 240)
for proto in range(6):
    data = pickle.dumps(Inst, proto)
    print(proto, data, pickle.loads(data) is Inst)
copyreg.remove_extension(__name__, "Inst", 240)
print(pickle.dumps(Inst, 2))

# PickleBuffer
pb = pickle.PickleBuffer(b"raw")
print(pickle.dumps(pb, 5), pickle.loads(pickle.dumps(pb, 5)))
pb2 = pickle.PickleBuffer(bytearray(b"rw"))
print(pickle.dumps(pb2, 5), pickle.loads(pickle.dumps(pb2, 5)))
bufs = []
data = pickle.dumps([pb, pb2], 5, buffer_callback=bufs.append)
print(data, len(bufs))
print(pickle.loads(data, buffers=[b"raw", bytearray(b"rw")]))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
