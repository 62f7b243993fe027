# Item 4: mutating a list is seen through every name bound to it.
import sys

team = ["ana", "ben"]
roster = team
captains = {"red": team}
history = (team, "2024")
print("start:", team, roster, captains, history)

roster.append("cleo")
print("append via roster:", team)
captains["red"].insert(0, "dan")
print("insert via dict:", team)
history[0].remove("ben")
print("remove via tuple:", team)
team[1:3] = ["eve", "fay", "gus"]
print("slice assignment via team:", roster)
del roster[0]
print("del item via roster:", captains["red"])
roster.sort(reverse=True)
print("sort via roster:", history[0])
roster.reverse()
print("reverse:", team)
team.extend(team)
print("extend with itself:", roster, len(roster))
roster.clear()
print("clear:", team, captains, history)
print("all the same object:", team is roster is captains["red"] is history[0])
print("refcount of team:", sys.getrefcount(team))

# A dict mutated through an alias.
config = {"debug": False, "level": 1}
settings = config
settings["debug"] = True
settings.setdefault("name", "ouro")
del settings["level"]
print("config:", config)
print("pop through alias:", settings.pop("name"), config)

# Nested mutation through a chain of references.
tree = {"left": {"value": 1, "kids": []}, "right": {"value": 2, "kids": []}}
node = tree["left"]
kids = node["kids"]
kids.append({"value": 3, "kids": []})
kids[0]["kids"].append({"value": 4, "kids": []})
print("tree:", tree)


def depth(t):
    best = 0
    for k in t["kids"]:
        best = max(best, depth(k))
    return best + 1


print("depth of left:", depth(tree["left"]), "right:", depth(tree["right"]))

# Functions that mutate their argument vs functions that rebind.
def mutate(seq):
    seq += [99]


def rebind(seq):
    seq = seq + [77]
    return seq


data = [1]
mutate(data)
print("after mutate:", data)
result = rebind(data)
print("after rebind:", data, result)

# Sets and instance attributes behave the same way.
tags = {1, 2}
same_tags = tags
same_tags |= {3}
same_tags.discard(1)
print("tags:", tags, tags is same_tags)
tags = tags | {4}
print("after | rebinding:", tags, same_tags, tags is same_tags)


class Account:
    def __init__(self, owner, entries):
        self.owner = owner
        self.entries = entries


shared = [10]
a1 = Account("a1", shared)
a2 = Account("a2", shared)
a1.entries.append(20)
print("a2 sees a1's entry:", a2.entries, a1.entries is a2.entries)
print("refcount of shared:", sys.getrefcount(shared))
a2.entries = list(a2.entries)
a2.entries.append(30)
print("after a2 copies:", a1.entries, a2.entries)
print("refcount of shared now:", sys.getrefcount(shared))
