# Regression (differential testing against python3): round_nd.
class R:
    def __round__(self, nd=None): return ("round", nd)
print(round(R()), round(R(), 2))
