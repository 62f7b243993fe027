# A program that ends with an uncaught exception: everything printed before it
# is still on stdout, finally blocks run while it propagates, and the exit
# status is 1 with the traceback on stderr.


class Order:
    def __init__(self, item, quantity, price):
        self.item = item
        self.quantity = quantity
        self.price = price

    def total(self):
        return self.quantity * self.price


def parse(line):
    item, quantity, price = line.split(",")
    return Order(item.strip(), int(quantity), float(price))


def process(lines):
    grand = 0.0
    try:
        for line in lines:
            order = parse(line)
            grand += order.total()
            print(f"{order.item:<10}{order.quantity:>4} x {order.price:>6.2f} = {order.total():>8.2f}")
    finally:
        print(f"running total when stopping: {grand:.2f}")
    return grand


orders = [
    "apples, 3, 0.5",
    "bread, 1, 2.25",
    "cheese, 2, 7.8",
    "dates, many, 3.0",
    "eggs, 12, 0.3",
]
print("processing", len(orders), "orders")
print("grand total", process(orders))
print("not reached")
