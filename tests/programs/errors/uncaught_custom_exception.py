# A user-defined exception that nobody catches.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, available {available}")
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amount in [30, 25, 40, 10]:
    try:
        print("withdraw", amount, "->", acct.withdraw(amount))
    except InsufficientFunds as e:
        print("declined:", e, "| short by", e.needed - e.available)
print("final balance", acct.balance)
acct.withdraw(1000)
print("never printed")
