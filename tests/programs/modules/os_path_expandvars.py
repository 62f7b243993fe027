import os.path, os
os.environ["FOO"] = "bar"
for p in ["$FOO/x", "${FOO}y", "$NOPE/$FOO", "${NOPE}", "a$", "$", "${FOO", "$FOO_x", "$$FOO", "x${FOO}${FOO}", "~/$FOO", "${}", "$1a"]:
    print(repr(p), repr(os.path.expandvars(p)))
