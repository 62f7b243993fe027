# OSError's errno, strerror and filename, its str, and OSError(errno, ...)
# making the subclass for that errno.
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(e), e.errno, e.strerror, e.filename, e.args)
print(OSError("plain"), OSError(1, "x"), OSError().errno, repr(OSError(3, "m", "f")))
try:
    raise PermissionError(13, "Permission denied", "/root/x")
except OSError as err:
    print(err, type(err).__name__, err.filename)
