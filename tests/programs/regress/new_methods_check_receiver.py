# The new builtin methods check their receiver: called from the class with
# an object of another type they raise CPython's TypeError.
G = type(x for x in [])
async def c(): pass
co = c()
C = type(co)
co.close()
for f in [lambda: G.send(5, 1), lambda: G.close([]), lambda: C.send((x for x in []), None),
          lambda: str.translate(5, {}), lambda: int.to_bytes("x"), lambda: int.bit_count(2.5),
          lambda: type(iter([])).__next__(5), lambda: type(iter([])).__next__(iter((1,)))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
