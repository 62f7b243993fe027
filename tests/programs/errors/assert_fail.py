# A failing assert ends the program with AssertionError and its message.


def check_sorted(values):
    for i in range(len(values) - 1):
        assert values[i] <= values[i + 1], f"not sorted at index {i}: {values[i]} > {values[i + 1]}"
    return True


def insertion_sort(values):
    result = []
    for v in values:
        pos = 0
        while pos < len(result) and result[pos] <= v:
            pos += 1
        result.insert(pos, v)
    return result


samples = [[5, 2, 9, 1], [3, 3, 1], [], [7], [10, -1, 4, 4, 0]]
for data in samples:
    out = insertion_sort(data)
    print(data, "->", out, "checked:", check_sorted(out))
assert insertion_sort([2, 1]) == [1, 2], "tiny case"
print("all sorted outputs verified; now checking raw inputs")
for data in samples:
    print(data, "->", check_sorted(data))
print("not reached")
