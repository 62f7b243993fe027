"""GC workload: dicts made, grown, updated, merged and dropped: string and
int keys, nested dicts, comprehension-built records."""
import sys


def main(rounds):
    checksum = 0
    index = {}
    for r in range(rounds):
        record = {"id": r, "name": "item%d" % r, "tags": {"a": r % 3, "b": r % 5}}
        record["score"] = record["id"] * 7 % 101
        counts = {}
        for word in ("alpha", "beta", "gamma", "beta", "alpha", "beta"):
            counts[word] = counts.get(word, 0) + 1
        merged = {**record, **counts}
        squares = {i: i * i for i in range(r % 20)}
        checksum += len(merged) + sum(squares.values()) + merged["beta"]
        index[r % 5000] = record
        if r % 7 == 0:
            index.pop((r // 7) % 5000, None)
    print("records kept:", len(index), "checksum:", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
