# When an exception unwinds to a handler, the dropped stack values are
# released one by one; D.__del__ runs while the later ones are unrooted.
class D:
    def __del__(self):
        for i in range(300): pass
try:
    x = [D(), [1], 1 / 0]
except ZeroDivisionError:
    print('caught')
