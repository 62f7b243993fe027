# Error messages name a class CPython writes in C by its tp_name, module
# and all ('collections.deque'); a class of the program's own, even one
# derived from such a class, by its bare name.
import collections, itertools, functools, decimal, datetime, struct, io, re, operator, array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hash(collections.deque()))
t(lambda: collections.OrderedDict() + 1)
t(lambda: collections.defaultdict(int) - 1)
t(lambda: collections.Counter() @ 1)
t(lambda: len(itertools.count()))
t(lambda: functools.partial(int) + 1)
t(lambda: decimal.Decimal(1) + 1.5)
t(lambda: datetime.date(2023, 1, 1) + 5)
t(lambda: datetime.timedelta(1) + "x")
t(lambda: struct.Struct("i") + 1)
t(lambda: re.compile("a") + 1)
t(lambda: io.StringIO() + 1)
t(lambda: operator.itemgetter(1) + 1)
t(lambda: array.array("i") @ 1)
t(lambda: collections.deque().nope)
print(type(io.StringIO()), type(io.BytesIO()).__module__)


class MyDeque(collections.deque):
    pass


t(lambda: hash(MyDeque()))
t(lambda: MyDeque() + 1)
