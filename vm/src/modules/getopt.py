"""getopt: command-line options in the style of C's getopt(), with GNU
long options (`--name`, `--name=value`) and `gnu_getopt`'s mixing of
options and arguments."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    msg = ""
    opt = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options until the first argument that is not one (or `--`), then
    the rest: `(opts, args)`."""
    return _parse(args, shortopts, longopts, gnu=False)


def gnu_getopt(args, shortopts, longopts=[]):
    """`getopt`, but options may follow arguments (unless the short
    options start with `+` or POSIXLY_CORRECT is set)."""
    import os
    gnu = True
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        gnu = False
    elif os.environ.get("POSIXLY_CORRECT"):
        gnu = False
    return _parse(args, shortopts, longopts, gnu)


def _parse(args, shortopts, longopts, gnu):
    if isinstance(longopts, str):
        longopts = [longopts]
    longopts = list(longopts)
    opts = []
    rest = []
    args = list(args)
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg.startswith("--"):
            i = _long(opts, arg[2:], longopts, args, i)
        elif arg.startswith("-") and arg != "-":
            i = _short(opts, arg[1:], shortopts, args, i)
        elif gnu:
            rest.append(arg)
        else:
            rest.extend(args[i - 1:])
            break
    return opts, rest


def _long(opts, text, longopts, args, i):
    name, eq, value = text.partition("=")
    matches = [o for o in longopts if o.startswith(name)]
    exact = [o for o in matches if o.rstrip("=") == name]
    if exact:
        chosen = exact[0]
    elif not matches:
        raise GetoptError("option --%s not recognized" % name, name)
    elif len(matches) > 1 and len({o.rstrip("=") for o in matches}) > 1:
        raise GetoptError("option --%s not a unique prefix" % name, name)
    else:
        chosen = matches[0]
    takes_value = chosen.endswith("=")
    full = chosen.rstrip("=")
    if takes_value:
        if not eq:
            if i >= len(args):
                raise GetoptError("option --%s requires argument" % full, full)
            value = args[i]
            i += 1
    elif eq:
        raise GetoptError("option --%s must not have an argument" % full, full)
    opts.append(("--" + full, value))
    return i


def _short(opts, text, shortopts, args, i):
    while text:
        c, text = text[0], text[1:]
        at = shortopts.find(c)
        if c == ":" or at < 0:
            raise GetoptError("option -%s not recognized" % c, c)
        if shortopts.startswith(":", at + 1):
            if not text:
                if i >= len(args):
                    raise GetoptError("option -%s requires argument" % c, c)
                text = args[i]
                i += 1
            opts.append(("-" + c, text))
            text = ""
        else:
            opts.append(("-" + c, ""))
    return i
