# An instance's attributes are released in the order its class first saw
# their names (CPython 3.11's shared keys), not the order the instance got
# them; a dict that stops sharing keeps its own insertion order.
import gc


class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")


def run(title, f):
    print(title, end=": ")
    f()
    gc.collect()  # (marksweep finalizes here)
    print()


class A: pass
first = A(); first.x = D("x"); first.y = D("y")


def reversed_order():
    b = A(); b.y = D("y"); b.x = D("x"); del b


def new_name_first():
    b = A(); b.z = D("z"); b.y = D("y"); b.x = D("x"); del b


def materialized():
    b = A(); b.y = D("y"); b.x = D("x"); b.__dict__; del b


def dict_outlives_instance():
    b = A(); b.y = D("y"); b.x = D("x"); d = b.__dict__; del b
    print("|", end=" "); del d


def non_str_key():
    b = A(); b.y = D("y"); b.x = D("x"); b.__dict__[1] = D("int"); del b


def cleared():
    b = A(); b.y = D("y"); b.x = D("x"); b.__dict__.clear(); print("|", end=" "); del b


def deleted_and_set_again():
    b = A(); b.y = D("y"); b.x = D("x"); del b.y; b.y = D("y2"); del b


def copied_dict():
    b = A(); b.y = D("y"); b.x = D("x"); c = b.__dict__.copy(); del b
    print("|", end=" "); del c


def merged_dict():
    b = A(); b.y = D("y"); b.x = D("x"); c = b.__dict__ | {"w": D("w")}; del b
    print("|", end=" "); del c


def popitem():
    b = A(); b.y = D("y"); b.x = D("x"); b.w = D("w"); b.__dict__.popitem(); del b


def vars_new_key():
    b = A(); b.y = D("y"); b.x = D("x"); vars(b)["w"] = D("w"); del b


def copy_copy():
    import copy
    b = A(); b.y = D("y"); b.x = D("x"); c = copy.copy(b); del b
    print("|", end=" "); del c


for f in [reversed_order, new_name_first, materialized, dict_outlives_instance,
          non_str_key, cleared, deleted_and_set_again, copied_dict, merged_dict,
          popitem, vars_new_key, copy_copy]:
    run(f.__name__, f)


def per_class():
    class B(A): pass
    b = B(); b.y = D("y"); b.x = D("x"); c = B(); c.x = D("x2"); c.y = D("y2")
    del b; del c


def full_table():
    # 29 names fit after one instance; the 30th does not.
    class Q: pass
    q = Q()
    for i in range(29): setattr(q, "k%d" % i, i)
    r = Q(); r.k28 = D("k28"); r.k27 = D("k27"); del r
    class P: pass
    p = P()
    for i in range(30): setattr(p, "k%d" % i, i)
    r = P(); r.k29 = D("k29"); r.k0 = D("k0"); del r


def many_instances():
    # Each new instance takes one name's room while more than one is left.
    class M: pass
    ms = [M() for i in range(40)]
    m = M(); m.a = D("a"); m.b = D("b"); n = M(); n.b = D("b2"); n.a = D("a2")
    del n; del m; del ms


def slots_with_dict():
    class T:
        __slots__ = ("a", "__dict__")
    t = T(); t.x = D("x"); t.y = D("y"); t2 = T(); t2.y = D("y2"); t2.x = D("x2")
    del t2; del t


def builtin_subclasses():
    for base in (list, dict, set, str, float, int, tuple, bytes):
        class S(base): pass
        print(base.__name__, end=" ")
        s = S(); s.x = D("x"); s.y = D("y"); s2 = S(); s2.y = D("y2"); s2.x = D("x2")
        del s2; del s


def exception_subclass():
    class E(Exception): pass
    e = E(); e.x = D("x"); e.y = D("y"); f = E(); f.y = D("y2"); f.x = D("x2")
    del f; del e


def slotted_base():
    class Base:
        __slots__ = ("a",)
    class Sub(Base): pass
    s = Sub(); s.x = D("x"); s.y = D("y"); s2 = Sub(); s2.y = D("y2"); s2.x = D("x2")
    del s2; del s


for f in [per_class, full_table, many_instances, slots_with_dict,
          builtin_subclasses, exception_subclass, slotted_base]:
    run(f.__name__, f)
del first
print()
print("done")
