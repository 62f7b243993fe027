# Corners an external suite of small programs found: calling uses the
# type's __call__ only; str.format field and index parsing; format_map with
# positional fields; sum refuses bytes; fromhex skips any whitespace; a
# sequence's __add__ raises; super's own attributes and repr; object's
# __setattr__ refuses a class; __kwdefaults__ is writable.


class A:
    def __call__(self):
        return "type's __call__"


a = A()
a.__call__ = lambda: "instance attribute"
print(a())


class Deleg:
    __call__ = staticmethod(lambda *args: ("static", args))


print(Deleg()(1, 2))

print("{0[-1]}".format({"-1": "dash key"}))
print("{0[1]}".format(["zero", "one"]))
print("{0[+1]}".format({"+1": "plus key"}))
for template, args in [("{0[-1]}", ([1, 2],)), ("{+1}", (1,))]:
    try:
        print(template.format(*args))
    except (TypeError, KeyError) as e:
        print(template, type(e).__name__, e)
for template in ["{}", "{0}", "{x}{}"]:
    try:
        print(template.format_map({"x": 1}))
    except ValueError as e:
        print(template, e)
print("{x}".format_map({"x": "named"}))

for start in [b"", bytearray(), ""]:
    try:
        sum([], start)
    except TypeError as e:
        print(e)
print(bytes.fromhex("01\n02\t03 \r04\x0b05\x0c06"), bytearray.fromhex(" ff "))

for expr in ['"a".__add__(1)', '[1].__add__((2,))', '(1,).__add__([2])', '[].__mul__("a")', '"a".__mul__(2.0)']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print("a".__add__("b"), [1].__mul__(2), (1,).__add__((2,)))


class P:
    def f(self):
        return "P.f"


class Q(P):
    def f(self):
        return "Q.f+" + super().f()


q = Q()
s = super(Q, q)
print(s.__thisclass__, s.__self__ is q, s.__self_class__, repr(s))
s = super(Q, Q)
print(s.__thisclass__, s.__self__, s.__self_class__, repr(s), s.f(q))
s = super(Q)
print(s.__thisclass__, s.__self__, s.__self_class__, repr(s))
print(repr(super(int, 5)), q.f())
try:
    super(Q).f
except AttributeError as e:
    print(e)
try:
    super(5, q)
except TypeError as e:
    print(e)


class R(P):
    def f(self):
        del self
        return super().f()


try:
    R().f()
except RuntimeError as e:
    print(e)

try:
    object.__setattr__(P, "z", 1)
except TypeError as e:
    print(e)
try:
    object.__delattr__(P, "f")
except TypeError as e:
    print(e)
type.__setattr__(P, "z", 2)
print(P.z, Q.z)
type.__delattr__(P, "z")
print(hasattr(Q, "z"))


class Meta(type):
    def __setattr__(cls, k, v):
        super().__setattr__(k, v * 10)


class M(metaclass=Meta):
    pass


M.value = 4
print(M.value)


def h(*, k=1):
    return k


h.__kwdefaults__ = {"k": 7}
print(h(), h.__kwdefaults__)
h.__kwdefaults__ = None
try:
    h()
except TypeError as e:
    print(e)
try:
    h.__kwdefaults__ = 5
except TypeError as e:
    print(e)

print(int(b"12", 16), int(bytearray(b"ff"), 16), int(b"0x1f", 0), range(False, True), range(True))
try:
    int(b"zz", 16)
except ValueError as e:
    print(e)
try:
    int(5, 16)
except TypeError as e:
    print(e)
print(isinstance(1,(int,1)), issubclass(int,(int,1)), isinstance(1,((str,(int,)),5)))
for f in ['isinstance(1,(1,int))','issubclass(int,(1,))','isinstance(1, 1)']:
  try: eval(f)
  except TypeError as e: print(e)
for r in ['x', None, 1.5, 2, True]:
  try: print(sorted([2,1], reverse=r))
  except TypeError as e: print(e)
