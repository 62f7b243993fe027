import codecs
for name in ["UTF8", "latin1", "ascii", "utf-16", "Utf_8_Sig", "unicode_escape", "hex", "base64", "rot13", "cp1252"]:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, isinstance(info, tuple), len(info))
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo"), codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.decode(codecs.encode(b"zzzz" * 10, "zlib"), "zlib"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
dec = codecs.getincrementaldecoder("utf-8")()
data = "h€llo wörld".encode()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), codecs.getencoder("ascii")("abc"), codecs.getdecoder("latin-1")(b"\xe9"))
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(codecs.lookup_error("strict").__name__, codecs.decode(b"a\\nb", "unicode_escape"))
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (b.decode().lower(), len(b)), name="my-codec")
codecs.register(search)
print(codecs.encode("abc", "my_codec"), codecs.decode(b"ABC", "my-codec"), codecs.lookup("my_codec").name)
import io
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("δx")
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("a\nδ\n".encode()))
print(r.readline(), r.read())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
