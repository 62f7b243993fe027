# A replaced sys.excepthook receives the uncaught exception (type, value,
# traceback); the exit status stays 1.
import sys
print(sys.excepthook is sys.__excepthook__, type(sys.excepthook).__name__)
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is v.__traceback__, tb.tb_lineno if tb else None)
sys.excepthook = hook
print("before")
raise ValueError("boom")
