# try/except/else/finally, re-raise, raise from, and the order things happen in.


def attempt(label, action):
    print("attempt", label)
    try:
        result = action()
    except (ZeroDivisionError, ValueError) as e:
        print("  caught", repr(e))
        return "recovered"
    except KeyError as e:
        print("  key error for", e)
        return "missing key"
    except Exception as e:
        print("  generic handler:", type(e), e)
        return "generic"
    else:
        print("  no exception, result", result)
        return result
    finally:
        print("  finally for", label)


print(attempt("ok", lambda: 10 // 2))
print(attempt("divide", lambda: 1 / 0))
print(attempt("parse", lambda: int("twelve")))
print(attempt("lookup", lambda: {}["absent"]))
print(attempt("index", lambda: [][3]))
print(attempt("attribute", lambda: (5).nothing))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")


print(finally_overrides())


def loop_with_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return "loop done"


print(loop_with_finally())


def nested_finally(n):
    log = []
    try:
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError("one")
            if n == 2:
                return log + ["returned early"]
        except ValueError:
            log.append("inner except")
            raise KeyError("from inner handler")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer except " + str(e))
    finally:
        log.append("outer finally")
    return log


for n in range(3):
    print(n, nested_finally(n))


def count_attempts(limit):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < limit:
                raise RuntimeError("try again")
            return attempts
        except RuntimeError as e:
            print("  attempt", attempts, "failed:", e)
        finally:
            print("  finally after attempt", attempts)


print("attempts needed:", count_attempts(3))
