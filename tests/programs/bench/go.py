"""Go workload: a small Monte-Carlo Go player on a 9x9 board. Each move is
chosen by UCT tree search (UCB1 selection, expansion of one untried move,
a random playout to the end of the game, area scoring, back-propagation);
the random numbers are seeded so the whole game is reproducible. In the
spirit of pyperformance's `go` benchmark. Stresses list indexing, small
integer arithmetic, flood fills, method calls and random numbers."""

import math
import random
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
COLUMNS = "ABCDEFGHJ"


def opponent(color):
    return BLACK + WHITE - color


def neighbours_table(size):
    table = []
    for p in range(size * size):
        x, y = p % size, p // size
        ns = []
        if x > 0:
            ns.append(p - 1)
        if x < size - 1:
            ns.append(p + 1)
        if y > 0:
            ns.append(p - size)
        if y < size - 1:
            ns.append(p + size)
        table.append(ns)
    return table


def diagonals_table(size):
    table = []
    for p in range(size * size):
        x, y = p % size, p // size
        ds = []
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            if 0 <= x + dx < size and 0 <= y + dy < size:
                ds.append((y + dy) * size + x + dx)
        table.append(ds)
    return table


NEIGHBOURS = neighbours_table(SIZE)
DIAGONALS = diagonals_table(SIZE)


def move_name(p):
    if p == PASS:
        return "pass"
    return "%s%d" % (COLUMNS[p % SIZE], SIZE - p // SIZE)


class Board:
    def __init__(self):
        self.stones = [EMPTY] * (SIZE * SIZE)
        # The empty points, and each point's index in that list (or -1).
        self.empties = list(range(SIZE * SIZE))
        self.empty_pos = list(range(SIZE * SIZE))
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = {BLACK: 0, WHITE: 0}
        self.history = []

    def copy(self):
        b = Board.__new__(Board)
        b.stones = self.stones[:]
        b.empties = self.empties[:]
        b.empty_pos = self.empty_pos[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.captures = dict(self.captures)
        b.history = []
        return b

    def set_stone(self, p, color):
        self.stones[p] = color
        if color == EMPTY:
            self.empty_pos[p] = len(self.empties)
            self.empties.append(p)
        else:
            i = self.empty_pos[p]
            last = self.empties.pop()
            if last != p:
                self.empties[i] = last
                self.empty_pos[last] = i
            self.empty_pos[p] = -1

    def group(self, p):
        """Flood-fill the group at p: (its stones, False) if it has no
        liberty, or (a partial list, True) as soon as one is found."""
        stones = self.stones
        color = stones[p]
        members = [p]
        seen = {p}
        i = 0
        while i < len(members):
            q = members[i]
            i += 1
            for n in NEIGHBOURS[q]:
                c = stones[n]
                if c == EMPTY:
                    return members, True
                if c == color and n not in seen:
                    seen.add(n)
                    members.append(n)
        return members, False

    def is_eye(self, p, color):
        """A point surrounded by `color` that the owner shouldn't fill."""
        stones = self.stones
        for n in NEIGHBOURS[p]:
            if stones[n] != color:
                return False
        bad = 0
        for d in DIAGONALS[p]:
            if stones[d] == opponent(color):
                bad += 1
        if len(DIAGONALS[p]) < 4:
            return bad == 0
        return bad <= 1

    def legal(self, p):
        if p == PASS:
            return True
        if self.stones[p] != EMPTY or p == self.ko:
            return False
        color = self.to_move
        other = opponent(color)
        stones = self.stones
        for n in NEIGHBOURS[p]:
            if stones[n] == EMPTY:
                return True
        # No empty neighbour: legal only if it captures or joins a group
        # that keeps a liberty elsewhere.
        stones[p] = color
        try:
            for n in NEIGHBOURS[p]:
                if stones[n] == other and not self.group(n)[1]:
                    return True
            return self.group(p)[1]
        finally:
            stones[p] = EMPTY

    def play(self, p):
        color = self.to_move
        self.history.append(p)
        self.to_move = opponent(color)
        if p == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        stones = self.stones
        self.set_stone(p, color)
        other = opponent(color)
        captured = []
        for n in NEIGHBOURS[p]:
            if stones[n] == other:
                members, alive = self.group(n)
                if not alive:
                    for q in members:
                        self.set_stone(q, EMPTY)
                    captured.extend(members)
        self.captures[color] += len(captured)
        self.ko = None
        if len(captured) == 1:
            # A lone stone that took a lone stone and now has exactly that
            # point as its only liberty: retaking at once would be ko.
            lone = True
            libs = 0
            for n in NEIGHBOURS[p]:
                if stones[n] == color:
                    lone = False
                elif stones[n] == EMPTY:
                    libs += 1
            if lone and libs == 1:
                self.ko = captured[0]

    def candidate_moves(self):
        color = self.to_move
        return [p for p in range(SIZE * SIZE)
                if self.stones[p] == EMPTY and not self.is_eye(p, color)
                and self.legal(p)]


    def random_move(self):
        """A random legal move that doesn't fill an own eye, or PASS."""
        empties = self.empties
        n = len(empties)
        if not n:
            return PASS
        color = self.to_move
        start = random.randrange(n)
        for k in range(n):
            p = empties[(start + k) % n]
            if not self.is_eye(p, color) and self.legal(p):
                return p
        return PASS

    def playout(self, limit):
        for _ in range(limit):
            if self.passes >= 2:
                break
            self.play(self.random_move())

    def score(self):
        """Area score: black minus white, komi included."""
        stones = self.stones
        black = stones.count(BLACK)
        white = stones.count(WHITE)
        seen = [False] * (SIZE * SIZE)
        for p in range(SIZE * SIZE):
            if stones[p] != EMPTY or seen[p]:
                continue
            region = [p]
            seen[p] = True
            borders = 0
            i = 0
            while i < len(region):
                q = region[i]
                i += 1
                for n in NEIGHBOURS[q]:
                    c = stones[n]
                    if c == EMPTY:
                        if not seen[n]:
                            seen[n] = True
                            region.append(n)
                    else:
                        borders |= c
            if borders == BLACK:
                black += len(region)
            elif borders == WHITE:
                white += len(region)
        return black - white - KOMI

    def render(self):
        rows = []
        for y in range(SIZE):
            row = " ".join(".XO"[self.stones[y * SIZE + x]]
                           for x in range(SIZE))
            rows.append("%d %s" % (SIZE - y, row))
        rows.append("  " + " ".join(COLUMNS))
        return "\n".join(rows)


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.wins = 0
        self.visits = 0
        # The colour that made `move`, i.e. whose win this node counts.
        self.player = opponent(board.to_move)
        self.untried = board.candidate_moves()
        if not self.untried:
            self.untried = [PASS]

    def select_child(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = (child.wins / child.visits +
                     math.sqrt(2.0 * log_n / child.visits))
            if value > best_value:
                best_value = value
                best = child
        return best


def uct_move(board, playouts):
    root = Node(None, None, board)
    for _ in range(playouts):
        node = root
        b = board.copy()
        while not node.untried and node.children:
            node = node.select_child()
            b.play(node.move)
        if node.untried and b.passes < 2:
            i = random.randrange(len(node.untried))
            move = node.untried.pop(i)
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        b.playout(2 * SIZE * SIZE)
        black_wins = b.score() > 0
        while node is not None:
            node.visits += 1
            if (node.player == BLACK) == black_wins:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, c.wins, -c.move))
    return best.move, best.wins, best.visits


def main(moves, playouts):
    random.seed(42)
    board = Board()
    lines = []
    for i in range(moves):
        if board.passes >= 2:
            break
        move, wins, visits = uct_move(board, playouts)
        lines.append("%2d %s %-4s %d/%d" % (
            i + 1, "B" if board.to_move == BLACK else "W",
            move_name(move), wins, visits))
        board.play(move)
    for line in lines:
        print(line)
    print(board.render())
    print("captures B %d W %d" % (board.captures[BLACK],
                                  board.captures[WHITE]))
    print("score %.1f" % board.score())
    # Finish with one seeded random playout and score that too.
    board.playout(3 * SIZE * SIZE)
    print("after playout %.1f, %d moves played"
          % (board.score(), len(board.history)))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `10 200`.
    moves = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    playouts = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    main(moves, playouts)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 75
