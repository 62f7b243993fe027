"""GC workload: building strings: concatenation in a loop, join of many
parts, formatting (f-strings, %, format), splitting and replacing, so
many short-lived strings and lists of them."""
import sys


def main(rounds):
    lines = []
    total = 0
    for r in range(rounds):
        s = ""
        for j in range(5):
            s += str(r * j) + ","
        parts = s.split(",")
        line = "%d:%s|%s" % (r, "-".join(parts), f"{r:08x}")
        line = line.replace("-", "+").upper()
        total += len(line) + len("{0}{1}".format(r, line[:4]))
        if r % 100 == 0:
            lines.append(line)
    text = "\n".join(lines)
    print("lines:", len(lines), "chars:", len(text), "checksum:", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
