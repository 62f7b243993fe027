from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    items: list[dict[str, int]]

    def link(self, other: Node, weight: float = 1.0) -> Node:
        return other


print(Node.__annotations__)
print(Node.link.__annotations__)
x: undefined_but_fine = 1
print(__annotations__)
