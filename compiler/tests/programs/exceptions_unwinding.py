# return / break / continue crossing try, finally, except handlers and loops.
import sys

log = []


def ret_through_finally():
    try:
        return "body"
    finally:
        log.append("finally ran")


def finally_overrides_return():
    try:
        return 1
    finally:
        return 2


def ret_in_loop_in_finally(items):
    for item in items:
        try:
            if item == 2:
                return item * 10
        finally:
            log.append(f"cleanup {item}")
    return None


def break_and_continue():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append("no break")
    return out


def handler_return(x):
    try:
        1 / x
    except ZeroDivisionError as e:
        return f"caught {type(e).__name__}"
    else:
        return "no error"
    finally:
        log.append("handler_return done")


def name_cleared():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"cleared: {e}"


def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("from handler")
        finally:
            log.append("inner finally")
    except TypeError as t:
        return f"{t} (context {t.__context__!r})"


def reraise_bare():
    try:
        try:
            raise IndexError(3)
        except IndexError:
            log.append("re-raising")
            raise
    except IndexError as e:
        return e.args


def exc_info_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])


def loop_in_handler():
    total = 0
    for i in range(5):
        try:
            raise RuntimeError(i)
        except RuntimeError as e:
            if e.args[0] == 3:
                break
            if e.args[0] % 2:
                continue
            total += e.args[0]
    return total


def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return "exhausted"
    return "broke"


def raise_from():
    try:
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as r:
        return f"{r} <- {r.__cause__!r} suppress={r.__suppress_context__}"


def raise_from_none():
    try:
        try:
            [][0]
        except IndexError:
            raise ValueError("clean") from None
    except ValueError as v:
        return (v.__cause__, v.__suppress_context__)


class Resource:
    def __init__(self):
        self.closed = False


def finally_with_exception():
    r = Resource()
    try:
        try:
            raise OSError("disk")
        finally:
            r.closed = True
    except OSError as e:
        return (str(e), r.closed)


def multi_except(value):
    try:
        if value == 0:
            raise KeyError(value)
        if value == 1:
            raise IndexError(value)
        if value == 2:
            raise ZeroDivisionError(value)
        return "none"
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError:
        return "arith"


print(ret_through_finally())
print(finally_overrides_return())
print(ret_in_loop_in_finally([1, 2, 3]))
print(break_and_continue())
print(handler_return(0), handler_return(1))
print(name_cleared())
print(nested())
print(reraise_bare())
print(exc_info_restored())
print(sys.exc_info())
print(loop_in_handler())
print(while_else(5), while_else(20))
print(raise_from())
print(raise_from_none())
print(finally_with_exception())
print([multi_except(v) for v in range(4)])
print(log)
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
