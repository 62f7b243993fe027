def check(x):
    if x % 2:
        raise ValueError(f"odd {x}")
    raise TypeError(f"even {x}")

errors = []
for x in range(3):
    try:
        check(x)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("checks failed", errors)
except* ValueError:
    print("the ValueError part was handled")
