# hashlib.blake2b / blake2s: keys, salt, person, digest sizes, tree params.
import hashlib

for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE,
          cls.MAX_DIGEST_SIZE)
    print(cls(b"abc").hexdigest())
    print(cls(b"abc", digest_size=16).hexdigest())
    print(cls(b"abc", key=b"secret key").hexdigest())
    print(cls(key=b"k" * cls.MAX_KEY_SIZE).hexdigest())
    print(cls(b"abc", salt=b"salty", person=b"me").hexdigest())
    print(cls(b"data" * 50, digest_size=20, key=b"kk", salt=b"s" * cls.SALT_SIZE,
              person=b"p" * cls.PERSON_SIZE).hexdigest())
    print(cls(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=7,
              node_depth=1, inner_size=cls.MAX_DIGEST_SIZE // 2,
              last_node=True).hexdigest())
    h = cls(key=b"key")
    h.update(b"x" * h.block_size)
    c = h.copy()
    h.update(b"y")
    print(c.hexdigest() != h.hexdigest(), c.digest_size, h.name, h.block_size)
    print(cls(b"x" * h.block_size + b"y", key=b"key").hexdigest() == h.hexdigest())
    for kwargs in [dict(digest_size=0), dict(digest_size=cls.MAX_DIGEST_SIZE + 1),
                   dict(key=b"k" * (cls.MAX_KEY_SIZE + 1)),
                   dict(salt=b"s" * (cls.SALT_SIZE + 1)),
                   dict(person=b"p" * (cls.PERSON_SIZE + 1)),
                   dict(fanout=256), dict(depth=0), dict(node_depth=256),
                   dict(inner_size=cls.MAX_DIGEST_SIZE + 1),
                   dict(leaf_size=-1), dict(leaf_size=2 ** 32),
                   dict(digest_size="8")]:
        try:
            cls(**kwargs)
            print("accepted", kwargs)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        cls("text")
    except TypeError as e:
        print("TypeError", e)

print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest())
print(hashlib.new("blake2s", b"abc", key=b"k").hexdigest())

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
