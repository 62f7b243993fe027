"""mappingproxy: the read-only view of a mapping that a class's __dict__
(and vars(cls), types.MappingProxyType) gives, as CPython's
Objects/descrobject.c: every read goes to the mapping, nothing writes."""


class mappingproxy:
    __slots__ = ("_mappingproxy__mapping",)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(
                "mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__
            )
        self = object.__new__(cls)
        object.__setattr__(self, "_mappingproxy__mapping", mapping)
        return self

    def __getitem__(self, key):
        return self.__mapping[key]

    def get(self, key, default=None):
        return self.__mapping.get(key, default)

    def keys(self):
        return self.__mapping.keys()

    def values(self):
        return self.__mapping.values()

    def items(self):
        return self.__mapping.items()

    def copy(self):
        return self.__mapping.copy()

    # (CPython's has neither slot; defining one here would make the other's
    # absence an AttributeError, so both give CPython's TypeError.)
    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self.__mapping

    def __iter__(self):
        return iter(self.__mapping)

    def __reversed__(self):
        return reversed(self.__mapping)

    def __len__(self):
        return len(self.__mapping)

    def __eq__(self, other):
        return self.__mapping == other

    def __ne__(self, other):
        return self.__mapping != other

    # (Every comparison is the mapping's: CPython's mappingproxy_richcompare.)
    def __lt__(self, other):
        return self.__mapping < other

    def __le__(self, other):
        return self.__mapping <= other

    def __gt__(self, other):
        return self.__mapping > other

    def __ge__(self, other):
        return self.__mapping >= other

    def __or__(self, other):
        return self.__mapping | other

    def __ror__(self, other):
        return other | self.__mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return "mappingproxy(%r)" % (self.__mapping,)

    def __str__(self):
        return str(self.__mapping)

    __hash__ = None

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)


mappingproxy.__module__ = "builtins"
