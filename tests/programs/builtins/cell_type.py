# types.CellType: made empty or holding a value, compared by contents
# (an empty cell first), as cell_new and cell_richcompare do.
import types
C = types.CellType
print(C(1) == C(1), C(1) < C(2), C() == C(), C() < C(1), C(1) < C(), C(1) != C(2), C(1) >= C())
for f in (lambda: C(1, 2), lambda: C(contents=3), lambda: C(1) < 5):
    try:
        f()
    except TypeError as e:
        print(e)
print(C(1) == 1, C([1]).cell_contents, type(C()).__name__)
try:
    C().cell_contents
except ValueError as e:
    print(e)
