class C(Exception):
    def __init__(self):
        for i in range(3): pass
class E(Exception): pass
try:
    raise E('x') from C
except E as e:
    print(type(e.__cause__).__name__)
