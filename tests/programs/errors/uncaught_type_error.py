# A TypeError from mixing types in a running total.
entries = [("coffee", 3), ("bagel", 2), ("muffin", 4), ("juice", "4"), ("tea", 1)]


def receipt_line(name, price):
    return name.ljust(10, ".") + str(price).rjust(4)


print("RECEIPT")
for name, price in entries:
    print(receipt_line(name, price))
print("-" * 14)
total = 0
count = 0
for name, price in entries:
    count += 1
    print("adding item", count, name)
    total = total + price
    print("  subtotal", total)
print("total:", total)
