# An AttributeError from a None that slipped into a list of objects.


class Sensor:
    def __init__(self, name, reading):
        self.name = name
        self.reading = reading

    def status(self):
        return "hot" if self.reading > 21 else "ok"


sensors = [Sensor("t" + str(i), 18 + i * 0.75) for i in range(8)]
sensors.insert(6, None)
print("sensors configured:", len(sensors))
total = 0.0
for s in sensors:
    print("sensor", s.name, "reads", s.reading, s.status())
    total += s.reading
print("average", total / len(sensors))
