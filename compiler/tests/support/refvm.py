"""Reference interpreter for ouro bytecode, used only by the compiler tests.

It executes the code objects ouro's compiler produces (dumped as JSON by
tests/support/mod.rs) with real CPython objects for values, so that running a
program through it and through CPython must print the same thing. This checks
the *compiler*: stack discipline, block-stack exception handling, closures,
calls, unpacking... independently of ouro's vm. It follows the instruction
semantics documented in compiler/src/bytecode.rs and nothing else.

Usage: refvm.py CODE.json   (stdout: the program's output; on an uncaught
exception, the last traceback line on stderr and exit status 1)
"""

import builtins
import json
import operator
import re
import sys
import types

NULL = object()       # the "no self" marker pushed by LoadMethod
UNBOUND = object()    # an unassigned fast local

BINOPS = {
    "Add": (operator.add, operator.iadd), "And": (operator.and_, operator.iand),
    "FloorDiv": (operator.floordiv, operator.ifloordiv),
    "LShift": (operator.lshift, operator.ilshift), "MatMul": (operator.matmul, operator.imatmul),
    "Mul": (operator.mul, operator.imul), "Mod": (operator.mod, operator.imod),
    "Or": (operator.or_, operator.ior), "Pow": (operator.pow, operator.ipow),
    "RShift": (operator.rshift, operator.irshift), "Sub": (operator.sub, operator.isub),
    "TrueDiv": (operator.truediv, operator.itruediv), "Xor": (operator.xor, operator.ixor),
}
CMPOPS = {"Lt": operator.lt, "Le": operator.le, "Eq": operator.eq, "Ne": operator.ne,
          "Gt": operator.gt, "Ge": operator.ge}
UNARY = {"Negative": operator.neg, "Positive": operator.pos, "Invert": operator.invert,
         "Not": operator.not_}
CONVERSIONS = {"None": lambda v: v, "Str": str, "Repr": repr, "Ascii": ascii}


def parse_instr(text):
    """`LoadConst(3)` -> ("LoadConst", [3]); `BinaryOp { op: Add, inplace: false }`
    -> ("BinaryOp", ["Add", False])."""
    name = re.match(r"\w+", text).group(0)
    rest = text[len(name):]
    if "{" in rest:
        raw = re.findall(r":\s*(\w+)", rest)
    elif rest.startswith("("):
        raw = [part.strip() for part in rest[1:-1].split(",")]
    else:
        raw = []
    args = []
    for r in raw:
        if r.isdigit():
            args.append(int(r))
        elif r in ("true", "false"):
            args.append(r == "true")
        else:
            args.append(r)
    return name, args


class RefVMBug(Exception):
    """Broken invariant of the bytecode (a compiler bug), never caught."""


def check(condition, message):
    if not condition:
        raise RefVMBug(message)


class Code:
    def __init__(self, d):
        self.__dict__.update(d)
        self.instrs = [parse_instr(i) for i in d["instructions"]]
        self.consts = [make_const(c) for c in d["consts"]]
        self.derefs = self.cellvars + self.freevars


def make_const(c):
    t = c["t"]
    if t == "none":
        return None
    if t == "ellipsis":
        return ...
    if t == "bool":
        return c["v"]
    if t == "int":
        return int(c["v"])
    if t == "float":
        return float(c["v"])
    if t == "complex":
        return complex(float(c["re"]), float(c["im"]))
    if t == "str":
        return c["v"]
    if t == "bytes":
        return bytes(c["v"])
    if t == "tuple":
        return tuple(make_const(x) for x in c["v"])
    if t == "frozenset":
        return frozenset(make_const(x) for x in c["v"])
    if t == "code":
        return Code(c["v"])
    raise ValueError(t)


def new_cell(value=UNBOUND):
    """A real cell object (type() insists on one for __classcell__)."""
    return types.CellType() if value is UNBOUND else types.CellType(value)


def cell_get(cell):
    try:
        return cell.cell_contents
    except ValueError:
        return UNBOUND


class Function:
    """A function made by MakeFunction; a descriptor like CPython's.

    The implementation lives in a slot, not in `__dict__`, so that
    `functools.wraps` (which copies `__dict__`) cannot overwrite it.
    """

    __slots__ = ("_impl", "__dict__")

    def __init__(self, code, globals_, defaults, kwdefaults, closure):
        self._impl = (code, globals_, defaults, kwdefaults, closure)
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__module__ = globals_.get("__name__")
        first = code.consts[0] if code.consts else None
        self.__doc__ = first if isinstance(first, str) and code.optimized else None

    __code__ = property(lambda self: self._impl[0])
    __globals__ = property(lambda self: self._impl[1])
    __defaults__ = property(lambda self: self._impl[2])
    __kwdefaults__ = property(lambda self: self._impl[3])
    __closure__ = property(lambda self: self._impl[4])

    def __get__(self, obj, objtype=None):
        return self if obj is None else types.MethodType(self, obj)

    def __call__(self, *args, **kwargs):
        fast = bind_arguments(self, args, kwargs)
        return VM.run(self.__code__, self.__globals__, fast=fast, closure=self.__closure__)

    def __repr__(self):
        return f"<function {self.__qualname__}>"


def bind_arguments(func, args, kwargs):
    code = func.__code__
    n, kwonly = code.argcount, code.kwonlyargcount
    total = n + kwonly
    name = func.__qualname__
    fast = [UNBOUND] * len(code.varnames)
    for i in range(min(len(args), n)):
        fast[i] = args[i]
    if code.varargs:
        fast[total] = tuple(args[n:])
    elif len(args) > n:
        raise TypeError(f"{name}() takes {n} positional argument{'s' if n != 1 else ''} "
                        f"but {len(args)} {'were' if len(args) != 1 else 'was'} given")
    extra = None
    if code.varkeywords:
        extra = {}
        fast[total + int(code.varargs)] = extra
    for key, value in kwargs.items():
        names = code.varnames[code.posonlyargcount:total]
        if key in names:
            index = code.posonlyargcount + names.index(key)
            if fast[index] is not UNBOUND:
                raise TypeError(f"{name}() got multiple values for argument '{key}'")
            fast[index] = value
        elif extra is not None:
            extra[key] = value
        else:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
    defaults = func.__defaults__ or ()
    first_default = n - len(defaults)
    missing = [code.varnames[i] for i in range(n) if fast[i] is UNBOUND and i < first_default]
    if missing:
        raise TypeError(f"{name}() missing {len(missing)} required positional argument"
                        f"{'s' if len(missing) > 1 else ''}: "
                        + ", ".join(repr(m) for m in missing).replace(", '" + missing[-1] + "'",
                                                                      " and '" + missing[-1] + "'"))
    for i in range(first_default, n):
        if fast[i] is UNBOUND:
            fast[i] = defaults[i - first_default]
    for i in range(n, total):
        if fast[i] is UNBOUND:
            kwdefaults = func.__kwdefaults__ or {}
            if code.varnames[i] in kwdefaults:
                fast[i] = kwdefaults[code.varnames[i]]
            else:
                raise TypeError(f"{name}() missing 1 required keyword-only argument: "
                                f"'{code.varnames[i]}'")
    return fast


def build_class(func, name, *bases, **kwds):
    """builtins.__build_class__ for our Function objects."""
    meta = kwds.pop("metaclass", None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(base_meta, meta):
                meta = base_meta
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare else {}
    cell = VM.run(func.__code__, func.__globals__, ns=ns, closure=func.__closure__)
    cls = meta(name, bases, ns, **kwds)
    if isinstance(cell, types.CellType):
        cell.cell_contents = cls
    return cls


class Frame:
    def __init__(self, code, globals_, ns, fast, closure):
        self.code = code
        self.globals = globals_
        self.ns = ns
        self.fast = fast if fast is not None else [UNBOUND] * len(code.varnames)
        cells = []
        for i, _ in enumerate(code.cellvars):
            arg = code.cell2arg[i]
            cells.append(new_cell(self.fast[arg] if arg is not None else UNBOUND))
        self.cells = cells + list(closure or ())
        self.stack = []
        self.blocks = []


class VM:
    handled = None   # sys.exc_info() of the interpreted program
    frames = []

    @classmethod
    def run(cls, code, globals_, ns=None, fast=None, closure=None):
        frame = Frame(code, globals_, ns, fast, closure)
        cls.frames.append(frame)
        try:
            return execute(frame)
        finally:
            cls.frames.pop()


def zero_arg_super(frame):
    code = frame.code
    if "__class__" not in code.freevars or not code.varnames:
        raise RuntimeError("super(): no arguments")
    cell = frame.cells[len(code.cellvars) + code.freevars.index("__class__")]
    first = code.varnames[0]
    if first in code.cellvars:
        obj = cell_get(frame.cells[code.cellvars.index(first)])
    else:
        obj = frame.fast[0]
    return builtins.super(cell_get(cell), obj)


def call(frame, func, args, kwargs=None):
    if func is builtins.super and not args and not kwargs:
        return zero_arg_super(frame)
    if func is sys.exc_info:
        h = VM.handled
        return (None, None, None) if h is None else (type(h), h, h.__traceback__)
    return func(*args, **(kwargs or {}))


def lookup_name(frame, name):
    if frame.ns is not None and name in frame.ns:
        return frame.ns[name]
    return lookup_global(frame, name)


def lookup_global(frame, name):
    if name in frame.globals:
        return frame.globals[name]
    if name == "__build_class__":
        return build_class
    if hasattr(builtins, name):
        return getattr(builtins, name)
    raise NameError(f"name '{name}' is not defined")


def load_deref(frame, i):
    value = cell_get(frame.cells[i])
    if value is UNBOUND:
        name = frame.code.derefs[i]
        if i < len(frame.code.cellvars):
            raise unbound_local(name)
        raise NameError(f"cannot access free variable '{name}' where it is not associated "
                        "with a value in enclosing scope")
    return value


def unbound_local(name):
    return UnboundLocalError(
        f"cannot access local variable '{name}' where it is not associated with a value")


def unpack(seq, n):
    items = list(seq)
    if len(items) != n:
        if len(items) < n:
            raise ValueError(f"not enough values to unpack (expected {n}, got {len(items)})")
        raise ValueError(f"too many values to unpack (expected {n})")
    return items


def check_exc_match(kind):
    kinds = kind if isinstance(kind, tuple) else (kind,)
    for k in kinds:
        if not (isinstance(k, type) and issubclass(k, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")


def make_exception(value):
    if isinstance(value, type) and issubclass(value, BaseException):
        return value()
    if isinstance(value, BaseException):
        return value
    raise TypeError("exceptions must derive from BaseException")


def execute(frame):
    code = frame.code
    instrs = code.instrs
    stack = frame.stack
    push, pop = stack.append, stack.pop
    pc = 0
    while True:
        name, args = instrs[pc]
        pc += 1
        try:
            if name == "LoadConst":
                push(code.consts[args[0]])
            elif name in ("LoadFast", "LoadFastLoadFast", "LoadFastLoadConst", "LoadFastLoadAttr",
                          "LoadFastStoreAttr", "LoadFastLoadMethod"):
                # (A fused pair runs as its first instruction here; the
                # second follows.)
                value = frame.fast[args[0]]
                if value is UNBOUND:
                    raise unbound_local(code.varnames[args[0]])
                push(value)
            elif name in ("StoreFast", "StoreFastLoadFast", "StoreFastStoreFast"):
                frame.fast[args[0]] = pop()
            elif name == "DeleteFast":
                if frame.fast[args[0]] is UNBOUND:
                    raise unbound_local(code.varnames[args[0]])
                frame.fast[args[0]] = UNBOUND
            elif name == "LoadName":
                push(lookup_name(frame, code.names[args[0]]))
            elif name == "StoreName":
                frame.ns[code.names[args[0]]] = pop()
            elif name == "DeleteName":
                key = code.names[args[0]]
                if key not in frame.ns:
                    raise NameError(f"name '{key}' is not defined")
                del frame.ns[key]
            elif name == "LoadGlobal":
                push(lookup_global(frame, code.names[args[0]]))
            elif name == "StoreGlobal":
                frame.globals[code.names[args[0]]] = pop()
            elif name == "DeleteGlobal":
                key = code.names[args[0]]
                if key not in frame.globals:
                    raise NameError(f"name '{key}' is not defined")
                del frame.globals[key]
            elif name == "LoadDeref":
                push(load_deref(frame, args[0]))
            elif name == "StoreDeref":
                frame.cells[args[0]].cell_contents = pop()
            elif name == "DeleteDeref":
                load_deref(frame, args[0])
                del frame.cells[args[0]].cell_contents
            elif name == "LoadClosure":
                push(frame.cells[args[0]])
            elif name == "LoadClassDeref":
                key = code.derefs[args[0]]
                push(frame.ns[key] if key in frame.ns else load_deref(frame, args[0]))
            elif name == "PopTop":
                pop()
            elif name == "Copy":
                push(stack[-args[0]])
            elif name == "Swap":
                n = args[0]
                stack[-1], stack[-n] = stack[-n], stack[-1]
            elif name == "Nop":
                pass
            elif name == "LoadAttr":
                push(getattr(pop(), code.names[args[0]]))
            elif name == "StoreAttr":
                obj = pop()
                setattr(obj, code.names[args[0]], pop())
            elif name == "DeleteAttr":
                delattr(pop(), code.names[args[0]])
            elif name == "LoadMethod":
                push(getattr(pop(), code.names[args[0]]))
                push(NULL)
            elif name in ("BinaryOp", "BinaryOpStoreFast"):
                right = pop()
                left = pop()
                plain, inplace = BINOPS[args[0]]
                push((inplace if args[1] else plain)(left, right))
            elif name == "UnaryOp":
                push(UNARY[args[0]](pop()))
            elif name in ("CompareOp", "CompareOpJump"):
                right = pop()
                push(CMPOPS[args[0]](pop(), right))
            elif name in ("IsOp", "IsOpJump"):
                right = pop()
                push((pop() is right) != args[0])
            elif name == "ContainsOp":
                right = pop()
                push((pop() in right) != args[0])
            elif name == "BinarySubscr":
                key = pop()
                push(pop()[key])
            elif name == "StoreSubscr":
                key = pop()
                container = pop()
                container[key] = pop()
            elif name == "DeleteSubscr":
                key = pop()
                del pop()[key]
            elif name == "BuildSlice":
                items = [pop() for _ in range(args[0])][::-1]
                push(slice(*items))
            elif name in ("BuildTuple", "BuildList", "BuildSet", "BuildString"):
                n = args[0]
                items = stack[len(stack) - n:]
                del stack[len(stack) - n:]
                push({"BuildTuple": tuple, "BuildList": list, "BuildSet": set,
                      "BuildString": "".join}[name](items))
            elif name == "BuildMap":
                n = args[0]
                items = stack[len(stack) - 2 * n:]
                del stack[len(stack) - 2 * n:]
                d = {}
                for i in range(n):
                    d[items[2 * i]] = items[2 * i + 1]
                push(d)
            elif name == "ListAppend":
                v = pop()
                stack[-args[0]].append(v)
            elif name == "SetAdd":
                v = pop()
                stack[-args[0]].add(v)
            elif name == "MapAdd":
                v = pop()
                k = pop()
                stack[-args[0]][k] = v
            elif name == "ListExtend":
                v = pop()
                stack[-args[0]].extend(v)
            elif name == "SetUpdate":
                v = pop()
                stack[-args[0]].update(v)
            elif name in ("DictUpdate", "DictMerge"):
                v = pop()
                target = stack[-args[0]]
                if not hasattr(v, "keys"):
                    raise TypeError(f"'{type(v).__name__}' object is not a mapping")
                for k in v.keys():
                    if name == "DictMerge" and k in target:
                        raise TypeError(f"got multiple values for keyword argument '{k}'")
                    target[k] = v[k]
            elif name == "ListToTuple":
                push(tuple(pop()))
            elif name == "UnpackSequence":
                stack.extend(reversed(unpack(pop(), args[0])))
            elif name == "UnpackEx":
                before, after = args
                items = list(pop())
                if len(items) < before + after:
                    raise ValueError(f"not enough values to unpack (expected at least "
                                     f"{before + after}, got {len(items)})")
                tail = items[len(items) - after:] if after else []
                middle = items[before:len(items) - after]
                stack.extend(reversed(tail))
                push(middle)
                stack.extend(reversed(items[:before]))
            elif name == "FormatValue":
                spec = pop() if args[1] else ""
                push(format(CONVERSIONS[args[0]](pop()), spec))
            elif name in ("Jump", "JumpForIter"):
                pc = args[0]
            elif name == "PopJumpIfFalse":
                if not pop():
                    pc = args[0]
            elif name == "PopJumpIfTrue":
                if pop():
                    pc = args[0]
            elif name == "JumpIfFalseOrPop":
                if not stack[-1]:
                    pc = args[0]
                else:
                    pop()
            elif name == "JumpIfTrueOrPop":
                if stack[-1]:
                    pc = args[0]
                else:
                    pop()
            elif name == "GetIter":
                push(iter(pop()))
            elif name in ("ForIter", "ForIterStoreFast"):
                try:
                    push(next(stack[-1]))
                except StopIteration:
                    pop()
                    pc = args[0]
            elif name == "Call":
                n = args[0]
                fargs = stack[len(stack) - n:]
                del stack[len(stack) - n:]
                push(call(frame, pop(), fargs))
            elif name in ("CallKw", "CallMethod", "CallMethodKw"):
                kwnames = pop() if name.endswith("Kw") else ()
                n = args[0]
                fargs = stack[len(stack) - n:]
                del stack[len(stack) - n:]
                if name.startswith("CallMethod"):
                    self_or_null = pop()
                    if self_or_null is not NULL:
                        fargs.insert(0, self_or_null)
                positional = fargs[:len(fargs) - len(kwnames)]
                kwargs = dict(zip(kwnames, fargs[len(fargs) - len(kwnames):]))
                push(call(frame, pop(), positional, kwargs))
            elif name == "CallFunctionEx":
                kwargs = pop() if args[0] else {}
                positional = pop()
                if type(positional) is not tuple:
                    # `f(*x)` alone: x itself, made a tuple here.
                    positional = tuple(positional)
                push(call(frame, pop(), positional, kwargs))
            elif name == "MakeFunction":
                defaults_, kwdefaults_, annotations_, closure_ = args
                fcode = pop()
                closure = pop() if closure_ else None
                annotations = pop() if annotations_ else None
                kwdefaults = pop() if kwdefaults_ else None
                defaults = pop() if defaults_ else None
                f = Function(fcode, frame.globals, defaults, kwdefaults, closure)
                if annotations is not None:
                    f.__annotations__ = annotations
                push(f)
            elif name == "ReturnValue":
                value = pop()
                check(not frame.blocks, f"return with {len(frame.blocks)} blocks left in {code.name}")
                return value
            elif name == "LoadBuildClass":
                push(build_class)
            elif name == "SetupAnnotations":
                if "__annotations__" not in frame.ns:
                    frame.ns["__annotations__"] = {}
            elif name == "RaiseVarargs":
                n = args[0]
                if n == 0:
                    if VM.handled is None:
                        raise RuntimeError("No active exception to reraise")
                    raise VM.handled
                cause = pop() if n == 2 else NULL
                exc = make_exception(pop())
                if cause is not NULL:
                    exc.__cause__ = None if cause is None else make_exception(cause)
                if VM.handled is not None and VM.handled is not exc:
                    exc.__context__ = VM.handled
                raise exc
            elif name == "SetupFinally":
                frame.blocks.append((args[0], len(stack)))
            elif name == "PopBlock":
                frame.blocks.pop()
            elif name == "PushExcInfo":
                exc = pop()
                push(VM.handled)
                push(exc)
                VM.handled = exc
            elif name == "PopExcept":
                VM.handled = pop()
            elif name == "Reraise":
                raise pop()
            elif name == "CheckExcMatch":
                kind = pop()
                check_exc_match(kind)
                push(isinstance(stack[-1], kind))
            elif name == "LoadAssertionError":
                push(AssertionError)
            elif name == "ImportName":
                fromlist = pop()
                level = pop()
                push(__import__(code.names[args[0]], frame.globals, None, fromlist, level))
            elif name == "ImportFrom":
                attr = code.names[args[0]]
                try:
                    push(getattr(stack[-1], attr))
                except AttributeError:
                    raise ImportError(f"cannot import name '{attr}'") from None
            elif name == "ImportStar":
                module = pop()
                names = getattr(module, "__all__", None)
                if names is None:
                    names = [k for k in vars(module) if not k.startswith("_")]
                for k in names:
                    frame.ns[k] = getattr(module, k)
            else:
                raise RefVMBug(f"unknown instruction {name}")
        except BaseException as exc:  # noqa: BLE001 - the program's exceptions
            if isinstance(exc, RefVMBug) or not frame.blocks:
                raise
            handler, depth = frame.blocks.pop()
            check(len(stack) >= depth, f"stack below block depth in {code.name}")
            del stack[depth:]
            push(exc)
            pc = handler


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        code = Code(json.load(f))
    module = {"__name__": "__main__", "__builtins__": builtins}
    sys.setrecursionlimit(20000)
    try:
        VM.run(code, module, ns=module)
    except (SystemExit, RefVMBug):
        raise
    except BaseException as exc:  # noqa: BLE001
        sys.stdout.flush()
        name = type(exc).__qualname__
        text = str(exc)
        print(f"{name}: {text}" if text else name, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
