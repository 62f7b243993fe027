# Item 10: after an uncaught exception the traceback goes to stderr, the exit
# status is 1, and the module globals are still released at shutdown.


class Connection:
    def __init__(self, host):
        self.host = host
        print("connected to", host)

    def __del__(self):
        print("disconnected from", self.host)


primary = Connection("primary")
replica = Connection("replica")
budget = {"primary": 3, "replica": 0}


def requests_per_slot(host):
    return 12 // budget[host]


for host in ["primary", "replica"]:
    print(host, "->", requests_per_slot(host))
print("not reached")
