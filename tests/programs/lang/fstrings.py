# f-strings and format specifications.
name = "Ada"
age = 36
pi = 3.14159265358979
big = 1234567.891
items = ["x", 'y']
print(f"{name} is {age}")
print(f"{name!r} {items!r} {items} {name!s}")
print(f"{age + 1} next year, {age * 12} months, {'even' if age % 2 == 0 else 'odd'}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}]")
print(f"[{age:5}] [{age:<5}] [{age:^5}] [{age:05}] [{age:+}] [{-age:+}] [{age: }]")
print(f"[{pi:.2f}] [{pi:8.3f}] [{pi:<8.1f}] [{pi:08.2f}] [{-pi:.4f}] [{pi:.0f}]")
print(f"[{big:,.2f}] [{big:_.1f}] [{1234567:,}] [{10**9:_}]")
print(f"[{big:e}] [{big:.3e}] [{0.000123:.2e}] [{pi:E}]")
print(f"[{255:x}] [{255:X}] [{255:o}] [{255:b}] [{255:#x}] [{255:#b}] [{5:08b}]")
print(f"[{0.25:%}] [{0.125:.1%}] [{1:.0%}]")
print(f"[{pi:g}] [{big:g}] [{1e20:g}] [{0.00001:g}] [{100.0:g}]")
print(f"[{True}] [{None}] [{3 > 2!r}]")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}]")
print(f"{{braces}} {'{'}inner{'}'}")
print(f"nested quotes: {'single'} {len('four')}")
print(f"expression: {[n * n for n in range(4)]} {dict(a=1)} {(1, 2)}")
print(f"method call: {name.upper()} {', '.join(items)} {'-'.join([str(n) for n in range(3)])}")
table = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
grand = 0
for item, qty, price in table:
    total = qty * price
    grand += total
    print(f"{item:<10}|{qty:>5}|{price:>8.2f}|{total:>9.2f}")
print("-" * 35)
print(f"{'grand total':<25}{grand:>10.2f}")
for n in [0, 7, 42, 255, 1000, -3]:
    print(f"{n:>5d} {n:>6x} {n:>12b} {str(n):>5} {n:+05d}")
for v in [0.1, 0.5, 1.0, 2.675, 1e-7, 123.456, -0.0]:
    print(f"{v!r:>8} {v:>10.3f} {v:>12.4e} {v:>8g} {str(v):>8}")
print(f"{'left':<{width}}|{'right':>{width}}|{'center':^{width}}|")
print("str.format equivalents:", "{:>6.2f}|{:<4}|{:^7}|{!r}".format(pi, "ab", "mid", "q"))
