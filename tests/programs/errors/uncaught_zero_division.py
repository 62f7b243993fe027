# An uncaught ZeroDivisionError ends the program with exit status 1.
scores = {
    "math": [90, 85, 77, 92],
    "art": [88, 95],
    "music": [70, 80, 90],
    "drama": [],
    "history": [60, 65],
}


def average(values):
    return sum(values) / len(values)


report = []
for subject, values in scores.items():
    avg = average(values)
    report.append((subject, avg))
    print(f"{subject:<8} n={len(values)} avg={avg:.2f} best={max(values)}")
print("report:", report)
