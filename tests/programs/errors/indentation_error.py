# This file has an unexpected indent: it never runs, stdout is empty, exit status 1.
print("this line is never printed")


def mean(values):
    return sum(values) / len(values)


def spread(values):
    return max(values) - min(values)


def describe(values):
    return "n=" + str(len(values)) + " mean=" + str(mean(values))


readings = [3, 5, 8, 13, 21]
total = 0
for i in range(len(readings)):
    total += readings[i]
      print("unexpected indent here")
print(total, mean(readings), spread(readings))
