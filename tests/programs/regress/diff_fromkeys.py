# Regression (differential testing against python3): fromkeys.
print(dict.fromkeys([1, 2], 0))
