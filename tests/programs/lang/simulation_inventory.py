# A small inventory simulation mixing classes, dicts, lists and exceptions.


class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(sku, wanted, available)
        self.sku = sku
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.available} left"


class Product:
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.stock})"


class Warehouse:
    def __init__(self):
        self.products = {}
        self.ledger = []

    def add(self, product):
        self.products[product.sku] = product

    def order(self, sku, qty):
        product = self.products[sku]
        if qty > product.stock:
            raise OutOfStock(sku, qty, product.stock)
        product.stock -= qty
        cost = qty * product.price
        self.ledger.append((sku, qty, cost))
        return cost

    def restock(self, threshold, amount):
        refilled = []
        for sku in sorted(self.products):
            p = self.products[sku]
            if p.stock < threshold:
                p.stock += amount
                refilled.append(sku)
        return refilled

    def value(self):
        return sum([p.price * p.stock for p in self.products.values()])


w = Warehouse()
for sku, name, price, stock in [("A1", "anvil", 120, 3), ("B2", "bucket", 7, 40), ("C3", "chain", 15, 12), ("D4", "drill", 89, 5)]:
    w.add(Product(sku, name, price, stock))
print("initial value:", w.value())
orders = [("B2", 10), ("A1", 2), ("C3", 12), ("A1", 2), ("D4", 1), ("Z9", 1), ("B2", 31), ("B2", 30)]
for day, (sku, qty) in enumerate(orders, 1):
    try:
        cost = w.order(sku, qty)
        print(f"day {day}: {qty:>3} x {sku} -> {cost:>5}")
    except OutOfStock as e:
        print(f"day {day}: out of stock ({e})")
    except KeyError as e:
        print(f"day {day}: unknown sku {e}")
    if day % 3 == 0:
        print("  restocked:", w.restock(5, 10))
print("ledger:", w.ledger)
revenue = {}
for sku, qty, cost in w.ledger:
    revenue[sku] = revenue.get(sku, 0) + cost
print("revenue by sku:", revenue)
print("best seller:", max(revenue, key=lambda k: revenue[k]))
print("final stock:", [(p.sku, p.stock) for p in w.products.values()])
print("final value:", w.value())
print("products:", sorted(w.products.values(), key=lambda p: -p.price))
low = [p.name for p in w.products.values() if p.stock < 10]
print("low stock:", low if low else "none")
