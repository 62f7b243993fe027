import pickle
import io


def outer():
    def local():
        pass
    return local


class Slots:
    __slots__ = ("a",)


class BadReduce:
    def __reduce__(self):
        return 42


class BadReduceLen:
    def __reduce__(self):
        return (BadReduceLen,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class WrongClass:
    def __reduce__(self):
        return (object.__new__.__class__, ())


def attempt(label, fn):
    try:
        r = fn()
        print(label, "OK", r)
    except Exception as e:
        print(label, type(e).__name__, isinstance(e, pickle.PickleError))


for proto in (0, 2, 4):
    attempt("lambda%d" % proto, lambda: pickle.dumps(lambda: 1, proto))
    attempt("local%d" % proto, lambda: pickle.dumps(outer(), proto))
    attempt("badreduce%d" % proto, lambda: pickle.dumps(BadReduce(), proto))
    attempt("badreducelen%d" % proto, lambda: pickle.dumps(BadReduceLen(), proto))
    attempt("notcallable%d" % proto, lambda: pickle.dumps(NotCallable(), proto))
attempt("slots1", lambda: pickle.dumps(Slots(), 1))
attempt("proto6", lambda: pickle.dumps(1, 6))
attempt("proto-1", lambda: len(pickle.dumps([1], -1)))
attempt("nowrite", lambda: pickle.Pickler(object()))
attempt("bufcb", lambda: pickle.dumps(1, 4, buffer_callback=print))
attempt("empty", lambda: pickle.loads(b""))
attempt("str", lambda: pickle.loads("N."))
attempt("badkey", lambda: pickle.loads(b"\xff"))
attempt("truncated", lambda: pickle.loads(b"\x80\x04\x8c\x05ab"))
attempt("nostop", lambda: pickle.loads(b"K\x01"))
attempt("memo", lambda: pickle.loads(b"h\x05."))
attempt("nomark", lambda: pickle.loads(b"t."))
attempt("underflow", lambda: pickle.loads(b"."))
attempt("badproto", lambda: pickle.loads(b"\x80\x09N."))
attempt("nopersload", lambda: pickle.loads(b"Pabc\n."))
attempt("badglobal", lambda: pickle.loads(b"cnosuchmodule_xyz\nthing\n."))
attempt("badattr", lambda: pickle.loads(b"cbuiltins\nnosuchthing\n."))
attempt("unquoted", lambda: pickle.loads(b"Sabc\n."))
attempt("nobuffers", lambda: pickle.loads(b"\x80\x05\x97."))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))

# a restricted unpickler
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


def restricted_loads(s):
    return Restricted(io.BytesIO(s)).load()


attempt("restricted-ok", lambda: sorted(restricted_loads(pickle.dumps({1, 2}, 2))))
attempt("restricted-bad", lambda: restricted_loads(pickle.dumps(len, 2)))
attempt("restricted-str", lambda: restricted_loads(pickle.dumps([1, "x", (2.5,)], 0)))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
