# Aliases, shallow copies and deep copies.
#
#     ouro run --gc refcount examples/copies.py
import copy

board = [["x", "o"], ["o", "x"]]
alias = board
shallow = copy.copy(board)
deep = copy.deepcopy(board)


def show(title):
    print(title)
    print("  board  ", board)
    print("  alias  ", alias)
    print("  shallow", shallow)
    print("  deep   ", deep)


show("Four names, three outer lists:")
print("  alias is board:", alias is board, " shallow is board:", shallow is board, " deep is board:", deep is board)
print("  shallow shares rows:", shallow[0] is board[0], " deep has its own:", deep[0] is board[0])

board[0][0] = "!"
show("After board[0][0] = '!' (a row shared by board, alias and shallow):")

board.append(["new"])
show("After board.append([...]) (only the outer list of board/alias changes):")

print("Deep copies keep sharing and cycles intact:")
row = ["shared row"]
grid = [row, row]
grid.append(grid)
copied = copy.deepcopy(grid)
print("  copied[0] is copied[1]:", copied[0] is copied[1])
print("  copied[2] is copied:", copied[2] is copied)
print("  copied[0] is row:", copied[0] is row)
