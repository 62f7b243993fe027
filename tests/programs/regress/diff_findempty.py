# Regression (differential testing against python3): findempty.
print("abc".find("", 100), "abc".find("", 3), "abc".rfind("", 100), "abc".count("", 100), "abc".index("", 3))
print("abc".startswith("", 4), "abc".endswith("", 5))
