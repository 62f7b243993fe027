"""graphlib: topological sorting of a graph of hashable nodes (CPython 3.11).

TopologicalSorter(graph=None) with add(node, *predecessors), prepare(),
get_ready(), is_active()/__bool__, done(*nodes) and static_order(), and
CycleError (a ValueError whose args[1] is the cycle found, first node
repeated at the end).  The order of static_order() and get_ready(), the
cycle reported and the error messages are CPython's: they follow the
order in which nodes and edges were added.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Values of _NodeInfo.npredecessors once a node has left the count.
_NODE_OUT = -1      # returned by get_ready()
_NODE_DONE = -2     # marked by done()


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not done yet (or _NODE_OUT / _NODE_DONE).
        self.npredecessors = 0
        # Successor nodes, repeated once per edge added.
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    Only one cycle is reported, as args[1]: a list of nodes, each an
    immediate predecessor of the next, with the first and last the same.
    """
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None    # None until prepare()
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node and edges to it from each of predecessors (all hashable);
        adding the same node again adds to its dependencies."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._info(node).npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph.

        Raises CycleError if there is one; get_ready() can still be used
        to obtain the nodes that do not depend on the cycle.
        """
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready (whose
        predecessors are all done), marking them as passed out."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Return True if more progress can be made: nodes are ready, or
        some nodes passed out by get_ready() are not done yet."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, which may make
        their successors ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            status = info.npredecessors
            if status >= 0:
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            if status == _NODE_DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = n2i[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search from each node in insertion order, following
        # successors in the order added; an edge back to a node on the
        # current path closes a cycle.
        n2i = self._node2info
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(n2i[start].successors)]
            seen.add(start)
            while iters:
                node = next(iters[-1], _END)
                if node is _END:
                    del on_path[path.pop()]
                    iters.pop()
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                elif node not in seen:
                    seen.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    iters.append(iter(n2i[node].successors))
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order.

        Does not need prepare() or done(); raises CycleError for a cycle.
        """
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
