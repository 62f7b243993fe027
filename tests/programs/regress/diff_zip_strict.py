print(list(zip("ab", "c", strict=True)))
