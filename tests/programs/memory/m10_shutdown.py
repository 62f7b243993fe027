# Item 10: module globals stay alive until the program ends; at exit they are
# released and their __del__ methods run.
#
# The globals with finalizers are created in the same order as they are first
# bound, and the containers come last: CPython 3.11 then runs the finalizers of
# the plain instances in that order and releases each container's items in the
# container's own order (a list last to first).  (CPython really finalizes them
# during its shutdown garbage collection, in an order that follows its gc lists:
# a list built by a comprehension, for example, would be finalized first to
# last. This program keeps to the shapes where that order and "globals in
# insertion order, containers releasing as usual" agree.)


class Service:
    def __init__(self, name, deps):
        self.name = name
        self.deps = deps
        print("start", name)

    def __del__(self):
        print("stop", self.name, "(deps:", ", ".join(self.deps) + ")")


database = Service("database", [])
cache = Service("cache", ["database"])
web = Service("web", ["cache", "database"])
print("services running:", database.name, cache.name, web.name)


def use(service):
    temp = Service("temp-" + service.name, [service.name])
    return len(temp.deps)


print("use() returned", use(web))
print("globals stay alive while the program runs")

workers = [Service("worker0", ["web"]), Service("worker1", ["web"]), Service("worker2", ["web"])]
print("workers:", len(workers))
print("last line of the program")
