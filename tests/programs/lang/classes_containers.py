# Container and callable special methods: __len__, __getitem__, __setitem__,
# __contains__, __iter__/__next__, __call__ and __bool__ via __len__.

class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __setitem__(self, index, value):
        self.songs[index] = value

    def __contains__(self, song):
        return song.lower() in [s.lower() for s in self.songs]

    def __iter__(self):
        return iter(self.songs)

    def __call__(self, n):
        return self.songs[:n]


p = Playlist("mix", ["Alpha", "Beta", "Gamma", "Delta"])
print("len:", len(p), "first:", p[0], "last:", p[-1], "slice:", p[1:3])
p[1] = "Bravo"
print("after setitem:", p.songs)
print("contains:", "gamma" in p, "omega" in p, "BRAVO" not in p)
for song in p:
    print("  playing", song)
print("call:", p(2))
print("list():", list(p), "sorted:", sorted(p), "enumerate:", list(enumerate(p))[:2])
print("empty playlist is falsy:", bool(Playlist("empty", [])), bool(p))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print("countdown:", list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "exhausted"))
for n in Countdown(3):
    print("  tick", n)
print("zip with a countdown:", list(zip("abc", Countdown(10))))
print("sum of a countdown:", sum(Countdown(100)))
