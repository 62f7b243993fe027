# sys.exit(3) ends the program with exit status 3; finally blocks still run,
# and nothing is printed on stderr.
import sys

checks = [("config", True), ("disk", True), ("network", False), ("auth", True), ("dns", False)]


def run_check(name, ok):
    status = "ok" if ok else "FAILED"
    print(f"check {name:<8} {status}")
    return 0 if ok else 1


failed = 0
try:
    for name, ok in checks:
        failed += run_check(name, ok)
    print(failed, "check(s) failed")
    if failed:
        print("exiting with status 3")
        sys.exit(3)
    print("not reached")
finally:
    print("cleanup in finally")
print("not reached either")
