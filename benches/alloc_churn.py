# Allocation and deallocation: short-lived lists, dicts and instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


total = 0
for i in range(200000):
    p = Point(i, i + 1)
    row = [p.x, p.y, i]
    d = {"a": row, "b": p}
    total += d["a"][2] + d["b"].y
print(total)
