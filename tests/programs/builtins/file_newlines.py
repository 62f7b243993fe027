import gc, io, os
p = "_file_newlines_%d.tmp" % os.getpid()
f = open(p, "w")
f.write("data")
del f
gc.collect()  # mark-and-sweep closes it at a collection
print(repr(open(p).read()))
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"a\rb\nc\r\nd")
with open(p, newline="") as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(f.readlines())
print(io.StringIO("x\r\ny", newline=None).readlines())
print(io.StringIO("x\r\ny\rz", newline="").readlines())
s = io.StringIO(newline="\r\n"); s.write("a\nb"); print(repr(s.getvalue()))
f = open(p)
print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
f.close()
f = open(p, "rb")
print(type(f).__name__, isinstance(f, io.BufferedIOBase))
f.close()
print(type(open(p, "wb")).__name__, type(open(p, "r+b")).__name__)
s = io.StringIO()
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO()
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
os.remove(p)
