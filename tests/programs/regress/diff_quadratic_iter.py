# Regression (differential testing against python3): quadratic_iter.
# timing-only: ouro takes ~7s (python3 ~0.01s); scales quadratically
print(len(list(range(200000))))
