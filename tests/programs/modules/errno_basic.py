# errno: Linux constants and the errorcode table.
import errno

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(list(errno.errorcode.items()) == [(k, errno.errorcode[k]) for k in errno.errorcode])
print(list(errno.errorcode)[:20])
print(errno.errorcode)
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EPIPE)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
try:
    open("/nonexistent-dir-for-errno-test/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(type(errno.errorcode).__name__, sorted(errno.errorcode)[:5],
      max(errno.errorcode))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
