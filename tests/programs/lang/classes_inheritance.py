# Single inheritance of user classes, super().__init__, overriding.


class Animal:
    kingdom = "animalia"

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs and says " + self.speak()


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, 4)
        self.breed = breed

    def speak(self):
        return "Woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self).lower() + "!"


class Bird(Animal):
    def __init__(self, name, can_fly=True):
        super().__init__(name, 2)
        self.can_fly = can_fly

    def speak(self):
        return "Tweet"

    def describe(self):
        base = Animal.describe(self)
        return base + (" and flies" if self.can_fly else " but cannot fly")


zoo = [Animal("thing", 0), Dog("rex", "lab"), Puppy("bit", "pug"), Bird("tweety"), Bird("pingu", False)]
for a in zoo:
    print(a.describe())
for a in zoo:
    print(type(a), isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Bird))
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Bird, object))
print("inherited class attribute:", Puppy.kingdom, zoo[2].kingdom)
print("puppy breed:", zoo[2].breed)


# Overriding a class attribute in a subclass.
class Shape:
    sides = 0

    def info(self):
        return str(type(self)) + " with " + str(self.sides) + " sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


for shape in [Shape(), Triangle(), Square()]:
    print(shape.info())
