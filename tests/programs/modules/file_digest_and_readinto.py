# hashlib.file_digest over BytesIO and binary files; readinto only on
# binary files.
import hashlib, io
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha1').hexdigest())
with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.sha256).hexdigest() == hashlib.sha256(open(__file__, 'rb').read()).hexdigest())
try:
    with open(__file__) as f:
        hashlib.file_digest(f, 'md5')
except ValueError as e:
    print("ValueError", str(e).endswith("is not a file-like object in binary reading mode."))
f = open(__file__)
print(hasattr(f, "readinto"), hasattr(open(__file__, "rb"), "readinto"))
b = bytearray(5)
print(open(__file__, "rb").readinto(b), b)
