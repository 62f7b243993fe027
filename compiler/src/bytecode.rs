//! The bytecode contract between the compiler and the vm.
//!
//! The compiler produces [`CodeObject`]s made of [`Instr`]s; the vm turns each
//! code object into a heap object (materialising its [`Constant`]s as heap
//! objects) and interprets the instructions. This module knows nothing of the
//! heap: constants are plain Rust values.
//!
//! Opcode names follow CPython 3.11 where the meaning is the same. Stack
//! effects are written `[before] -> [after]`, top of stack on the right.
//! A jump target is an index into `CodeObject::instructions` (not a byte
//! offset).
//!
//! Exceptions use a *block stack* (as CPython up to 3.10), not an exception
//! table: `SetupFinally(h)` pushes a block remembering the handler `h` and the
//! current value-stack depth; `PopBlock` pops it. When an exception is raised
//! while the frame's block stack is not empty, the vm pops the innermost block,
//! truncates the value stack to the remembered depth, pushes the exception
//! object and jumps to `h`. With no block, the exception leaves the frame.

use num_bigint::BigInt;
use std::rc::Rc;

/// Binary operators, for `BinaryOp`. Same set and order as CPython's `NB_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }
}

/// Unary operators, for `UnaryOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x`
    Negative,
    /// `+x`
    Positive,
    /// `~x`
    Invert,
    /// `not x` (always yields a bool)
    Not,
}

/// Rich comparison operators, for `CompareOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            eq_or_ne => eq_or_ne,
        }
    }
}

/// Conversion applied by `FormatValue` before formatting (`!s`, `!r`, `!a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. Arguments are indices into the code object's tables
/// unless said otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instr {
    Nop,

    // ---- stack manipulation -------------------------------------------
    /// `[a] -> []`
    PopTop,
    /// `[.., x_n, .., x_1] -> [.., x_n, .., x_1, x_n]`: push a copy of the
    /// n-th item (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item (n >= 2).
    Swap(u32),

    // ---- constants and names --------------------------------------------
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [varnames[i]]`; UnboundLocalError if unbound.
    LoadFast(u32),
    /// `[v] -> []`, bind `varnames[i]`.
    StoreFast(u32),
    /// Unbind `varnames[i]` (UnboundLocalError if unbound).
    DeleteFast(u32),
    /// `LoadFast(a)` directly followed by `LoadFast(b)` on the same line
    /// (made by the last compiler pass, never emitted directly; CPython's
    /// `LOAD_FAST__LOAD_FAST`): both in one step, skipping the second
    /// instruction, which stays in place (a jump may reach it, and an
    /// error in it is reported at it). Analyses treat it as `LoadFast(a)`.
    LoadFastLoadFast(u32, u32),
    /// `StoreFast(a)` then `LoadFast(b)` (`STORE_FAST__LOAD_FAST`), as
    /// `LoadFastLoadFast`.
    StoreFastLoadFast(u32, u32),
    /// `LoadFast(a)` then `LoadConst(c)` (`LOAD_FAST__LOAD_CONST`), as
    /// `LoadFastLoadFast`.
    LoadFastLoadConst(u32, u32),
    /// `StoreFast(a)` then `StoreFast(b)` (`STORE_FAST__STORE_FAST`: an
    /// unpacking's targets), as `LoadFastLoadFast`.
    StoreFastStoreFast(u32, u32),
    /// `ForIter(t)` then `StoreFast(a)` (`for x in ...`): the next item
    /// goes straight into the local, skipping the `StoreFast`, as
    /// `LoadFastLoadFast`. Analyses treat it as `ForIter(t)`.
    ForIterStoreFast(u32, u32),
    /// A `Jump(t)` whose target is a `ForIter` or `ForIterStoreFast` (a
    /// loop's end or `continue`), made by the last compiler pass: the jump
    /// and that instruction in one step. Analyses treat it as `Jump(t)`.
    JumpForIter(u32),
    /// `LoadFast(a)` then `LoadAttr(i)` (`self.x`): when the attribute's
    /// inline cache finds it, the value is pushed and the second
    /// instruction skipped (the local is never pushed); otherwise the
    /// local is pushed and the `LoadAttr` runs as itself. Analyses treat
    /// it as `LoadFast(a)`.
    LoadFastLoadAttr(u32, u32),
    /// `LoadFast(a)` then `StoreAttr(i)` (`self.x = v`), as
    /// `LoadFastLoadAttr`: stored in place when the cache finds the
    /// attribute.
    LoadFastStoreAttr(u32, u32),
    /// `LoadFast(a)` then `LoadMethod(i)` (`self.m(...)`), as
    /// `LoadFastLoadAttr`: the method and the local pushed when the
    /// method cache holds.
    LoadFastLoadMethod(u32, u32),
    /// Module and class bodies: look `names[i]` up in locals, then globals,
    /// then builtins (NameError).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `names[i]` in globals, then builtins (NameError).
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Cell variables: index into `cellvars ++ freevars` of this frame.
    /// `[] -> [cell contents]`; NameError "free variable ... referenced
    /// before assignment" / UnboundLocalError if empty.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `[] -> [cell]` (the cell object itself, to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies: look `cellvars ++ freevars`[i]'s *name* up in the
    /// class namespace first, then the cell.
    LoadClassDeref(u32),

    // ---- attributes -----------------------------------------------------
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []`, `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`, `del obj.names[i]`
    DeleteAttr(u32),
    /// `[obj] -> [func, obj]` when `names[i]` is a plain function found on
    /// the type (no bound method is created), else `[attr, NULL]`.
    /// Always followed (after the arguments) by `CallMethod`/`CallMethodKw`.
    LoadMethod(u32),

    // ---- operators --------------------------------------------------------
    /// `[a, b] -> [a op b]`; `inplace` selects `__iadd__` etc. (`a op= b`).
    BinaryOp {
        op: BinOp,
        inplace: bool,
    },
    /// `BinaryOp` then `StoreFast(local)` on the same line (`x = a + b`,
    /// `x += 1`): the result goes into the local as `StoreFast` would put
    /// it, skipping the `StoreFast`, as `LoadFastLoadFast`. Analyses treat
    /// it as `BinaryOp`.
    BinaryOpStoreFast {
        op: BinOp,
        inplace: bool,
        local: u32,
    },
    /// `[a] -> [op a]`
    UnaryOp(UnaryOp),
    /// `[a, b] -> [a op b]`
    CompareOp(CmpOp),
    /// `CompareOp` directly followed by `PopJumpIfFalse`/`PopJumpIfTrue`
    /// (made by the last compiler pass, never emitted directly). Where the
    /// comparison has no side effect (two small ints, two floats) the vm
    /// decides the jump itself and skips the jump instruction; otherwise it
    /// is exactly `CompareOp` and the jump instruction runs next. Analyses
    /// treat it as `CompareOp`.
    CompareOpJump(CmpOp),
    /// `[a, b] -> [a is b]`, or `a is not b` when the flag is true.
    IsOp(bool),
    /// `IsOp` directly followed by `PopJumpIfFalse`/`PopJumpIfTrue`, which
    /// the vm decides itself (an identity test has no side effect),
    /// skipping the jump instruction (see `CompareOpJump`).
    IsOpJump(bool),
    /// `[a, b] -> [a in b]`, or `a not in b` when the flag is true.
    ContainsOp(bool),

    // ---- subscripts and slices -------------------------------------------
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`, `container[key] = v`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[start, stop] -> [slice]` (n = 2) or `[start, stop, step] -> [slice]`
    /// (n = 3); missing parts are `None`.
    BuildSlice(u32),

    // ---- building containers ---------------------------------------------
    /// `[x_1 .. x_n] -> [(x_1, .., x_n)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k_1, v_1, .. k_n, v_n] -> [{k_1: v_1, ..}]`
    BuildMap(u32),
    /// `[s_1 .. s_n] -> [s_1 + .. + s_n]` (all str; f-strings).
    BuildString(u32),
    /// `[list, .. (i-1 items), v] -> [list, ..]`: append v to the list that
    /// is `i` items below the top *after* popping v (comprehensions).
    ListAppend(u32),
    /// Same shape as ListAppend, for sets.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]` with the dict `i` below after popping.
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]`: extend (for `[*a, *b]`, calls).
    ListExtend(u32),
    /// `[set, .., iterable] -> [set, ..]`
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]` (`{**a}`)
    DictUpdate(u32),
    /// Like DictUpdate but a repeated key is a TypeError (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,

    // ---- unpacking ----------------------------------------------------------
    /// `[seq] -> [x_n, .., x_1]`: x_1 ends on top (so stores run left to
    /// right). ValueError on a length mismatch.
    UnpackSequence(u32),
    /// Starred unpacking: `before` names, a starred list, `after` names.
    /// `[seq] -> [after items reversed.., list, before items reversed..]`
    /// with the first `before` item on top.
    UnpackEx {
        before: u32,
        after: u32,
    },

    // ---- f-strings ------------------------------------------------------------
    /// `[value] -> [str]` or, with `has_spec`, `[value, spec] -> [str]`.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    // ---- control flow ---------------------------------------------------------
    Jump(u32),
    /// `[cond] -> []`, jump if false.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[cond] -> [cond]` and jump if false, else `[cond] -> []`.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`, or when exhausted `[iterator] -> []`
    /// and jump to the target.
    ForIter(u32),

    // ---- calls ------------------------------------------------------------------
    /// `[callable, a_1 .. a_n] -> [result]`
    Call(u32),
    /// `[callable, a_1 .. a_n, kwnames] -> [result]`: `kwnames` is a tuple
    /// of str (from LoadConst); the last `len(kwnames)` of the n arguments
    /// are passed by those keywords.
    CallKw(u32),
    /// `[meth_or_attr, self_or_NULL, a_1 .. a_n] -> [result]` (after
    /// LoadMethod): calls `meth(self, a..)` or `attr(a..)`.
    CallMethod(u32),
    /// CallMethod with a trailing kwnames tuple, as CallKw.
    CallMethodKw(u32),
    /// `[callable, args_tuple] -> [result]` or, with the flag,
    /// `[callable, args_tuple, kwargs_dict] -> [result]`.
    CallFunctionEx {
        has_kwargs: bool,
    },
    /// Build a function from the code object on top:
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`;
    /// each optional item present iff its flag is set, in this order
    /// (defaults: tuple, kwdefaults: dict str -> value, annotations: dict,
    /// closure: tuple of cells).
    MakeFunction(MakeFunctionFlags),
    /// `[v] -> []`, return v to the caller.
    ReturnValue,
    /// `[v] -> []`: show v with `sys.displayhook` (interactive input).
    PrintExpr,

    // ---- generators -------------------------------------------------------------
    /// `[v] -> [sent]`: suspend the generator's frame and give `v` to
    /// whoever resumed it; the frame continues here with the value sent in
    /// (`None` for `next`) on top.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (a generator is its own
    /// iterator).
    GetYieldFromIter,
    /// `yield from`'s step: `[iter, v] -> [iter, yielded]`, sending `v` to
    /// the sub-iterator (`next` for None); when the sub-iterator returns,
    /// `[iter, v] -> [result]` and jump to the target. Always followed by
    /// `YieldValue` and a `Jump` back to this instruction: the vm finds a
    /// suspended generator's delegate by that shape.
    Send(u32),

    // ---- coroutines -------------------------------------------------------------
    /// `[obj] -> [awaitable iterator]` for `await` (the argument says what
    /// is awaited, for the error: 0 an `await` expression, 1 the result of
    /// `__aenter__`, 2 of `__aexit__`). Followed by the `Send` loop.
    GetAwaitable(u32),
    /// `[obj] -> [obj.__aiter__()]` for `async for`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: what `aiter.__anext__()` returns,
    /// made awaitable.
    GetANext,
    /// `[v] -> [wrapped v]`: an asynchronous generator's `yield` marks its
    /// value, telling it from what an `await` inside passes through.
    AsyncGenWrap,
    /// `async for`'s handler: `[aiter, exc] -> []` when exc is a
    /// `StopAsyncIteration`, else exc is raised again.
    EndAsyncFor,
    /// `async with`: `[mgr] -> [aexit, awaitable]`: the bound `__aexit__`
    /// and what `__aenter__()` returned.
    BeforeAsyncWith,

    // ---- match --------------------------------------------------------------------
    /// `[subject] -> [subject, bool]`: is it a mapping (a dict)?
    MatchMapping,
    /// `[subject] -> [subject, bool]`: is it a sequence for patterns (list,
    /// tuple, range; not str or bytes)?
    MatchSequence,
    /// `[o] -> [o, len(o)]`
    GetLen,
    /// `[subject, keys] -> [subject, keys, values]`: the values of the keys
    /// (a tuple, looked up with `subject.get`), or None if one is missing.
    MatchKeys,
    /// `[subject, keys] -> [subject, rest]`: a dict copy of the subject
    /// without those keys (`**rest`).
    CopyDictWithoutKeys,
    /// `[subject, cls, names] -> [attributes or None]`: if the subject is
    /// an instance of cls, a tuple of its n positional (`__match_args__`)
    /// and its keyword (`names`) attributes; None if not, or one is missing.
    MatchClass(u32),
    /// `[] -> [builtins.__build_class__]`; a class statement then calls it
    /// as `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass,
    /// `[] -> []`: give the local namespace (of a module or class body
    /// that annotates a name) an empty `__annotations__` dict unless it has
    /// one.
    SetupAnnotations,

    // ---- exceptions ---------------------------------------------------------------
    /// `raise` (n = 0: re-raise the exception being handled, RuntimeError
    /// "No active exception to reraise" if none), `raise x` (n = 1:
    /// `[x] -> []`), `raise x from y` (n = 2: `[x, y] -> []`).
    RaiseVarargs(u32),
    /// Push a handler block: on an exception, truncate the stack to its depth
    /// now, push the exception and jump to the target.
    SetupFinally(u32),
    /// `with`: a handler block as `SetupFinally`, but remembering the depth
    /// below the top of the stack (the `__enter__` result, about to be
    /// stored), so the handler finds `[exit, exc]`.
    SetupWith(u32),
    /// Pop the innermost block.
    PopBlock,
    /// At the start of a handler: `[exc] -> [prev_handled, exc]` and the
    /// handled exception (`sys.exc_info()`) becomes exc. `prev_handled` is
    /// None when nothing was being handled.
    PushExcInfo,
    /// `except* E`: `[exc, E] -> [rest, match]`, the part of exc matching E
    /// (an exception group; a bare exception that matches is wrapped in
    /// one) and the rest (None when all matched); `[exc, None]` when
    /// nothing matched. A match becomes the handled exception.
    CheckEgMatch,
    /// After the `except*` clauses: `[orig, raised] -> [exc or None]`, what
    /// to raise from the list of what the clauses raised or re-raised and
    /// the unmatched rest (CPython's `_PyExc_PrepReraiseStar`).
    PrepReraiseStar,
    /// `[prev_handled] -> []`: restore the handled exception.
    PopExcept,
    /// `with`: `[mgr] -> [exit, res]`: `exit` is `mgr.__exit__` bound, `res`
    /// what `mgr.__enter__()` returned (both looked up on the type; a
    /// missing one is CPython's TypeError).
    BeforeWith,
    /// `[exit, prev, exc] -> [exit, prev, exc, res]`: `res` is
    /// `exit(type(exc), exc, tb)`.
    WithExceptStart,
    /// `[exit] -> [exit(None, None, None)]`: leaving a `with` block
    /// normally. The bound `exit` stays on the stack while it runs (CPython
    /// calls it without unpacking it, so it holds the manager).
    WithExitCall,
    /// `[exc] -> []`, raise exc again without adding a traceback entry for
    /// this frame (the entry is already there).
    Reraise,
    /// `[exc, type] -> [exc, bool]`: `isinstance(exc, type)`, where `type`
    /// is an exception class or a tuple of them (TypeError otherwise).
    CheckExcMatch,
    /// `[] -> [AssertionError]` (the builtin class, even if shadowed).
    LoadAssertionError,

    // ---- imports ---------------------------------------------------------------------
    /// `[level, fromlist] -> [module]`, import `names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError if missing).
    ImportFrom(u32),
    /// `[module] -> []`: `from m import *` into the current namespace.
    ImportStar,
}

/// Which optional items precede the code object for `MakeFunction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MakeFunctionFlags {
    pub defaults: bool,
    pub kwdefaults: bool,
    pub annotations: bool,
    pub closure: bool,
}

/// A compile-time constant. Constants equal under [`Constant::same`] appear
/// once in a code object's table (`1`, `1.0`, `True` and `-0.0` are all
/// distinct, as in CPython).
#[derive(Debug, Clone)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// The items of a constant set display, made a frozenset in this
    /// order (CPython folds `{1, 2, 3}` to one).
    FrozenSet(Vec<Constant>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Identity for deduplication: same type and same value, floats compared
    /// by bits (so `0.0` and `-0.0` stay distinct, and NaN equals itself).
    pub fn same(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b))
            | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A source position: 1-based lines, 0-based UTF-8 character columns, as
/// CPython's `co_positions()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Code object flags (the subset of CPython's `CO_*` the vm needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Has `*args`: the tuple is the local after the positional and
    /// keyword-only parameters.
    pub varargs: bool,
    /// Has `**kwargs`: the dict is the local after `*args` (if any).
    pub varkeywords: bool,
    /// Locals are fast locals (functions); module and class bodies use
    /// `LoadName`/`StoreName` on a namespace dict instead.
    pub optimized: bool,
    /// A generator function or generator expression: a call returns a
    /// generator that runs the frame.
    pub generator: bool,
    /// An `async def`: a call returns a coroutine that runs the frame.
    pub coroutine: bool,
    /// An `async def` with `yield` (or an asynchronous generator
    /// expression): a call returns an asynchronous generator.
    pub async_generator: bool,
}

impl CodeFlags {
    /// Does a call of this code return a generator or coroutine object
    /// holding the frame, instead of running it?
    pub fn resumable(&self) -> bool {
        self.generator || self.coroutine || self.async_generator
    }

    /// May the code `await` (`async for`, `async with`)?
    pub fn is_async(&self) -> bool {
        self.coroutine || self.async_generator
    }
}

/// One compiled unit: a module, a class body, a function, a lambda or a
/// comprehension.
#[derive(Debug, Clone)]
pub struct CodeObject {
    /// `<module>`, the function name, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// Dotted path for reprs and tracebacks (`Outer.method.<locals>.inner`).
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub instructions: Vec<Instr>,
    /// One position per instruction (same length as `instructions`).
    pub positions: Vec<Position>,
    pub consts: Vec<Constant>,
    /// Global, attribute and imported names.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then the other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (deref indices 0..).
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions (deref indices after the
    /// cellvars); filled from the function's closure tuple, in this order.
    pub freevars: Vec<String>,
    /// For each cellvar, the index of the parameter it starts from, if it is
    /// a parameter (the vm copies the argument into the cell at call time).
    pub cell2arg: Vec<Option<u32>>,
    /// Upper bound on the value-stack depth this code needs.
    pub max_stack: u32,
    /// The top-level code of a compilation only: the constants of the
    /// source's literal and folded-constant nodes, in compile order —
    /// what CPython's AST arena holds while code it parsed from source
    /// runs (`vm/src/interp/constants.rs`).
    pub ast_constants: Vec<Constant>,
}

impl CodeObject {
    /// The source line of instruction `i` (0 when unknown).
    pub fn line_of(&self, i: usize) -> u32 {
        self.positions.get(i).map_or(0, |p| p.line)
    }

    /// Does control stay inside the instructions? True when there is at
    /// least one, every jump and handler target is an instruction, and
    /// the last one never continues with the next. Then every pc the
    /// interpreter can reach (0, a target, or one past an instruction
    /// that falls through) indexes an instruction: the vm fetches
    /// without a bounds check on this (`Frame::fetch`).
    pub fn control_stays_inside(&self) -> bool {
        let n = self.instructions.len();
        let targets_inside = self
            .instructions
            .iter()
            .filter_map(crate::codegen::jump_target)
            .all(|t| (t as usize) < n);
        targets_inside
            && self
                .instructions
                .last()
                .is_some_and(|i| !crate::codegen::falls_through(i))
    }
}
