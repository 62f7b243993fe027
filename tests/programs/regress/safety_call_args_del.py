# After a native call, call_owned releases the arguments one by one, then the
# callable; D.__del__ runs while later args and the callable are unrooted.
class D:
    def __del__(self):
        for i in range(300): pass
print(isinstance(D(), list))
