# Regression (differential testing against python3): dictview_eq.
d = {1: "a"}
print(d.items() == {1: "a"}.items(), d.keys() == {1}, d.keys() == {1: 0}.keys(), d.items() == {(1, "a")})
