try:
    type('abc', (1,), {})
except TypeError as e:
    print("TypeError", e)
