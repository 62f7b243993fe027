# types.GenericAlias built directly, types.UnionType from |, new_class.
import types
from types import GenericAlias


class Node:
    pass


class Outer:
    class Inner:
        pass


def helper():
    pass


A = GenericAlias(list, int)
print(A, A.__origin__, A.__args__, A.__parameters__)
print(type(A), isinstance(A, GenericAlias))
print(GenericAlias(list, (int,)))
print(GenericAlias(dict, (str, GenericAlias(list, (int,)))))
print(GenericAlias(tuple, (int, ...)), GenericAlias(tuple, (int, str, float)))
print(GenericAlias(tuple, ()), GenericAlias(type, int), GenericAlias(set, bytes))
print(GenericAlias(frozenset, (float,)))
print(GenericAlias(list, Node), GenericAlias(dict, (str, Node)))
print(GenericAlias(list, Outer.Inner), GenericAlias(list, helper))
print(GenericAlias(list, None), GenericAlias(list, 'Node'), GenericAlias(list, 3))
print(GenericAlias(Node, (int, str)))
print(GenericAlias(list, GenericAlias(list, GenericAlias(list, int))))
print(GenericAlias(dict, (str, [int, str])))

# Equality and hashing by (origin, args).
print(GenericAlias(list, int) == GenericAlias(list, (int,)))
print(GenericAlias(list, int) == GenericAlias(list, str))
print(GenericAlias(list, int) == GenericAlias(set, int))
print(GenericAlias(list, int) != GenericAlias(list, int))
print(GenericAlias(list, int) == list, list == GenericAlias(list, int))
print(hash(GenericAlias(dict, (str, int))) == hash(GenericAlias(dict, (str, int))))
seen = {GenericAlias(list, int): 'a', GenericAlias(list, str): 'b'}
print(seen[GenericAlias(list, (int,))], len(seen))
print(len({GenericAlias(list, int), GenericAlias(list, int), GenericAlias(tuple, int)}))

# Calling it calls the origin.
print(GenericAlias(list, int)("ab"), GenericAlias(dict, (str, int))(a=1))
print(GenericAlias(tuple, (int, ...))([1, 2]), GenericAlias(set, int)())
n = GenericAlias(Node, int)()
print(type(n).__name__, n.__orig_class__)

# Other attributes come from the origin.
print(A.__name__, A.append is list.append)
print(A.__unpacked__, GenericAlias(tuple, (int,)).__typing_unpacked_tuple_args__)
print(A.__typing_unpacked_tuple_args__)
try:
    A.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)

# | makes a types.UnionType.
U = GenericAlias(list, int) | None
print(U, type(U), U.__args__)
print(int | GenericAlias(list, int), GenericAlias(list, int) | GenericAlias(dict, (str, int)))
print(GenericAlias(list, int) | GenericAlias(list, int))
print((GenericAlias(list, int) | int) == (int | GenericAlias(list, int)))
print(U | str)
print(GenericAlias(list, int).__or__(3), GenericAlias(list, int).__ror__('x'))

# __mro_entries__ and new_class.
print(A.__mro_entries__((A,)))
B = types.new_class('B', (GenericAlias(Node, int),))
print(B, B.__mro__, B.__orig_bases__)
C = types.new_class('C', (), {}, lambda ns: ns.update(x=1, double=lambda self: self.x * 2))
print(C, C.x, C().double())
print(types.resolve_bases((Node, GenericAlias(Node, int))))
print(types.prepare_class('D', (Node,)))
