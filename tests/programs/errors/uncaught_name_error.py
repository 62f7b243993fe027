# A NameError for a name that was never defined, raised inside a function.
inventory = {"widgets": 4, "gadgets": 0, "sprockets": 11}


def report(items):
    for item, count in items.items():
        status = "out of stock" if count == 0 else "in stock"
        print(f"{item:<10} {count:>3}  {status}")
    return sum(items.values())


def restock(items, name):
    print("restocking", name)
    items[name] += quantity_that_was_never_defined
    return items[name]


print("total units:", report(inventory))
for name in ["gadgets", "widgets"]:
    print("now", restock(inventory, name))
print("not reached")
