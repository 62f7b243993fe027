# String building, splitting, joining, dict counting.
words = []
for i in range(60000):
    words.append("w" + str(i % 997))
text = " ".join(words)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), max(counts.values()), sorted(counts)[:3])
