class G:
    def __getitem__(self, k): return 1
d = {}
d.update(G())
