# A KeyError escapes from a nested call; the last stderr line is "KeyError: 'port'".
defaults = {"host": "localhost", "timeout": 30}
profiles = {
    "dev": {"host": "127.0.0.1", "port": 8000},
    "test": {"port": 9000, "debug": True},
    "prod": {"host": "example.org"},
}


for name in sorted(profiles):
    print("profile", name, "sets", sorted(profiles[name]))


def setting(profile, key):
    merged = dict(defaults)
    merged.update(profiles[profile])
    return merged[key]


def describe(profile):
    return setting(profile, "host") + ":" + str(setting(profile, "port"))


for name in ["dev", "test", "prod"]:
    print(name, "->", describe(name))
print("unreachable")
