import sys
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(eg).__mro__)
try:
    raise eg
except* ValueError as e:
    print("V", repr(e), sys.exc_info()[1] is e)
except* TypeError as e:
    print("T", repr(e))
m, r = eg.split(ValueError)
print(m, r)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(KeyError))
b = BaseExceptionGroup("b", [ValueError(1)])
print(type(b).__name__)
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
for bad in [(1, []), ("m", []), ("m", [1]), ("m", 5)]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# nested split
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
# naked exception caught by except*
try:
    raise KeyError("k")
except* KeyError as e:
    print("naked", repr(e))
# unhandled remainder re-raised
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as e:
    print("rest", repr(e))
# raise inside except*
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("raised", repr(e), repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("plain", repr(e))
# bare raise re-raises
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
m, r = MyEG("mine", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, repr(m), type(r).__name__)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
# else clause
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
