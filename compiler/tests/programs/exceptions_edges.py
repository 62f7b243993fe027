# Exceptional paths through finally bodies, else clauses and nested handlers.
import sys


def swallow_with_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def swallow_with_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i


def swallow_with_continue():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def else_not_protected():
    try:
        try:
            pass
        except ValueError:
            return "wrong handler"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"outer caught {e}"


def break_from_handler():
    out = []
    for i in range(5):
        try:
            raise IndexError(i)
        except IndexError as e:
            out.append(e.args[0])
            if i == 2:
                break
    return out, sys.exc_info()[0]


def return_from_nested_handlers():
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return (repr(inner), repr(sys.exc_info()[1]))


def handler_raises_new():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise RuntimeError("second")
    except RuntimeError as e:
        return (repr(e), repr(e.__context__), repr(sys.exc_info()[1]))


def finally_runs_once_per_path(flag):
    log = []
    try:
        try:
            if flag:
                raise OSError("x")
            log.append("body")
        finally:
            log.append("finally")
    except OSError:
        log.append("handled")
    return log


def deep_unwind():
    log = []
    for a in range(2):
        try:
            for b in range(2):
                try:
                    try:
                        if b == 1:
                            return log
                    finally:
                        log.append(("inner", a, b))
                except Exception:
                    log.append("never")
        finally:
            log.append(("outer", a))
    return log


def del_exception_name():
    try:
        raise ValueError("v")
    except ValueError as e:
        del e
    return "ok"


def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("replacement")
    except KeyError as k:
        return (repr(k), repr(k.__context__))


class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def custom_hierarchy():
    results = []
    for exc in (Custom(7), ZeroDivisionError(), LookupError("l")):
        try:
            raise exc
        except ArithmeticError:
            results.append("arith")
        except Custom as c:
            results.append(c.code)
        except Exception as other:
            results.append(type(other).__name__)
    return results


def raise_class_and_instance():
    out = []
    for thing in (ValueError, ValueError("inst")):
        try:
            raise thing
        except ValueError as e:
            out.append(repr(e))
    return out


print(swallow_with_return(), swallow_with_break(), swallow_with_continue())
print(else_not_protected())
print(break_from_handler())
print(return_from_nested_handlers(), sys.exc_info())
print(handler_raises_new())
print(finally_runs_once_per_path(False), finally_runs_once_per_path(True))
print(deep_unwind())
print(del_exception_name(), exception_in_finally_replaces())
print(custom_hierarchy(), raise_class_and_instance())
try:
    raise Custom(3)
except Exception as top:
    print("top level", top, top.code)
print("top" in dir())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("chained")
except ValueError as v:
    print(type(v.__context__).__name__)
raise Custom(99)
