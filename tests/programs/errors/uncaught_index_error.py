# An IndexError raised while walking past the end of a list.
fib = [0, 1]
for i in range(10):
    fib.append(fib[-1] + fib[-2])
print("fib:", fib)
print("ratios:", [round(fib[i + 1] / fib[i], 4) for i in range(1, len(fib) - 1)])


def pairs(seq, step):
    i = 0
    out = []
    while True:
        out.append((seq[i], seq[i + 1]))
        print("pair", i, seq[i], seq[i + 1], "diff", seq[i + 1] - seq[i])
        i += step
        if i == len(seq) - 1:
            return out


print("step 2:", pairs(fib, 2))
print("step 3:", pairs(fib, 3))
print("not reached")
