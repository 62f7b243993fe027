# uuid: the UUID class, its views, name-based uuid3/uuid5, uuid1/uuid4 shape.
import copy
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
for spelling in ["{12345678-1234-5678-1234-567812345678}",
                 "12345678123456781234567812345678",
                 "urn:uuid:12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(spelling) == u)
print(repr(u), str(u), u.hex, u.urn)
print(u.int, int(u), u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
for v in range(1, 6):
    w = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, w, w.version, w.variant)
for n in [0, 0x4000 << 48, 0x8000 << 48, 0xC000 << 48, 0xE000 << 48]:
    w = uuid.UUID(int=n)
    print(w.variant, w.version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/\u00e9"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=ouro"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "").version)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError", e)

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b)
print(a == 1, a.__eq__(1), sorted([b, a]) == [a, b], hash(a) == hash(uuid.UUID(int=1)))
print(len({a, b, uuid.UUID(int=1)}))
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
try:
    a.int = 5
except TypeError as e:
    print("TypeError", e)
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__())
s = uuid.UUID(int=9, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s.__getstate__(), copy.copy(s).is_safe)
print(list(uuid.SafeUUID), uuid.SafeUUID(None), uuid.SafeUUID(-1))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

errors = [dict(), dict(hex="123"), dict(hex="x" * 32), dict(bytes=b"short"),
          dict(bytes_le=b"short"), dict(fields=(1, 2)),
          dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
          dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
          dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
          dict(int=-1), dict(int=1 << 128), dict(int=1, version=6),
          dict(hex="12345678123456781234567812345678", int=5)]
for kwargs in errors:
    try:
        uuid.UUID(**kwargs)
        print("accepted", kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), len(r.bytes))
print(uuid.uuid4() != uuid.uuid4())
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.time <= t2.time)
print(t1.node == uuid.getnode(), 0 <= uuid.getnode() < 1 << 48)
t3 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(hex(t3.node), hex(t3.clock_seq), t3.version)

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
