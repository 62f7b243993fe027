import copy, gc
class K:
    def __hash__(self):
        gc.collect()
        return 1
copy.deepcopy({K(): 1}); copy.deepcopy({K()})
