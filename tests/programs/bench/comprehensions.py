"""Comprehensions workload: list, dict, set and generator comprehensions
with conditions and nesting over a small table of records -- filtering,
grouping, inverting and flattening -- the shapes ordinary programs are
made of; in the spirit of pyperformance's `comprehensions`."""
import sys


def make_records(n):
    return [
        {"id": i, "kind": ("alpha", "beta", "gamma", "delta")[i % 4],
         "score": (i * 7919) % 1000, "tags": [t for t in range(i % 5)]}
        for i in range(n)
    ]


def one_round(records):
    high = [r["id"] for r in records if r["score"] > 500]
    by_kind = {k: [r["score"] for r in records if r["kind"] == k]
               for k in {r["kind"] for r in records}}
    totals = {k: sum(v) for k, v in by_kind.items()}
    inverted = {v: k for k, v in totals.items()}
    flat = [t for r in records for t in r["tags"] if t]
    pairs = sum(a * b for a, b in zip(high, high[1:]))
    squares = {x * x % 97 for x in flat}
    matrix = [[i * j for j in range(8)] for i in range(8)]
    transposed = [[row[i] for row in matrix] for i in range(8)]
    diag = sum(transposed[i][i] for i in range(8))
    return len(high) + len(flat) + len(squares) + diag + pairs % 1000 + len(inverted)


def main(n, rounds):
    records = make_records(n)
    checksum = 0
    for _ in range(rounds):
        checksum += one_round(records)
    print("records", n, "rounds", rounds, "checksum", checksum)


if __name__ == "__main__":
    # Small by default (the test corpus runs it).
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    main(n, rounds)
# bench-args: 200 9000
