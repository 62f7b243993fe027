# An uncaught JSONDecodeError is reported under CPython's qualified name,
# json.decoder.JSONDecodeError (the last line of stderr is compared).
import json

print(json.JSONDecodeError, json.JSONEncoder, json.JSONDecoder)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__)
print(repr(json.JSONDecodeError('Extra data', '[1] 2', 4)))
config = json.loads('{"retries": 3, "hosts": ["a", "b"]}')
print(config['retries'], config['hosts'])
json.loads('{"retries": 3,\n "hosts": ["a", "b",]\n}')
print('not reached')
