try:
    raise ValueError("x")
except ValueError as e:
    try:
        e.__cause__ = 12345
    except TypeError as t:
        print("TypeError", t)
    try:
        e.__context__ = 12345
    except TypeError as t:
        print("TypeError", t)
raise ValueError("y")
