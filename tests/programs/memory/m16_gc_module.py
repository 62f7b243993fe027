# Item 16: the rest of the gc module: callbacks, freeze, errors, debug flags.
# corpus: skip-stress
import gc

gc.collect()
log = []


def cb(phase, info):
    log.append((phase, list(info.items())))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
print("collect(1) with a callback:", gc.collect(1))
gc.callbacks.remove(cb)
for entry in log:
    print(" ", entry)


def bad(phase, info):
    raise RuntimeError("boom " + phase)


gc.callbacks.append(bad)
print("a failing callback is reported, the collection goes on:", gc.collect())
gc.callbacks.clear()
gc.callbacks = ["not", "used"]
print("rebinding gc.callbacks changes nothing:", gc.collect())


class F:
    pass


keep = [F() for _ in range(3)]
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0, gc.get_count(), gc.get_objects(0) == [])
print("frozen objects are no referrers:", gc.get_referrers(keep[0]) == [])
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count(), gc.get_objects(1) == [])
print("debug flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.get_objects(3), lambda: gc.get_objects(-2),
            lambda: gc.get_objects("x"), lambda: gc.set_threshold()]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
print("get_objects(-1) is everything:", len(gc.get_objects(-1)) == len(gc.get_objects()))
gc.set_debug(gc.DEBUG_STATS)
print("DEBUG_STATS writes to stderr only:", gc.collect())
gc.set_debug(0)
o = object()
try:
    o.x = 1
except AttributeError as ex:
    print(ex, hasattr(o, "__dict__"))
