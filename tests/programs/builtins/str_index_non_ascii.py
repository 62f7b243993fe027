# Indexing and slicing non-ASCII strs by character: the offsets ouro
# remembers for long ones must give python3's answers everywhere, also
# for strs made and freed over and over (the same memory reused).
alphabet = "aé€😀bç"
for n in (1, 63, 64, 65, 127, 128, 129, 300):
    s = "".join(alphabet[(i * 7) % 6] for i in range(n))
    picks = [0, n // 2, n - 1, -1, -n]
    picks += [i for i in (62, 63, 64, 65, 127, 128, 129, 191, 192) if i < n]
    print(n, len(s), "".join(s[i] for i in picks))
    for a, b in [(0, n), (1, n - 1), (63, 65), (64, 128), (60, 200), (n - 3, n + 5), (5, 2)]:
        t = s[a:b]
        print(" ", a, b, len(t), t[:3], t[-3:])
    print(" ", s[::-1][:5], s[3::64], s[::65][:6], s.find("😀", 70), s.rfind("é"))
total = 0
for k in range(200):
    s = ("é" * (k % 7) + "x" + "€" * 70)[:71]
    total += ord(s[k % 71]) + len(s[10:70])
print("total", total)
try:
    "é" * 100 + ""[5]
except IndexError as e:
    print("IndexError:", e)
