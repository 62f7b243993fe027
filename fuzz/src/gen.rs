//! The structured programs of the `run` fuzz target. libFuzzer's bytes are
//! decoded (`arbitrary`) into a [`Program`] and rendered as Python source
//! aimed at the defects the reliability issue lists: user classes (some
//! subclassing builtins) whose dunders mutate the containers being operated
//! on, delete or rebind globals, raise, loop (a safepoint), resurrect `self`
//! or build cycles; builtins and methods of every type called with arguments
//! of every type, bound and unbound; generators, `with`, weakref and gc
//! callbacks, `__class__` assignment and `type()` with arbitrary bases.
//!
//! Every top-level statement is wrapped in `try`/`except Exception`, so one
//! program goes on after an error and exercises many paths.

use arbitrary::Arbitrary;
use std::fmt::Write;

mod vocab;
use vocab::*;

/// Globals the program's statements and dunders read, rebind and delete.
const VARS: usize = 6;
const MAX_DEPTH: usize = 4;

#[derive(Arbitrary, Debug)]
pub struct Program {
    pub collector: u8,
    pub stress: bool,
    classes: Vec<ClassDef>,
    body: Vec<Stmt>,
}

#[derive(Arbitrary, Debug)]
struct ClassDef {
    base: Base,
    slots: bool,
    methods: Vec<Method>,
}

#[derive(Arbitrary, Debug)]
struct Method {
    name: Dunder,
    effects: Vec<Effect>,
    ret: Ret,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Ret {
    /// A value of the type the dunder must return.
    Natural,
    /// Whatever the expression gives (often the wrong type).
    Any,
    /// `NotImplemented`.
    NotImpl,
    /// `super()`'s answer.
    Super,
}

#[derive(Arbitrary, Debug)]
enum Effect {
    ClearG,
    ClearD,
    ClearS,
    PopG,
    AppendG(Box<Expr>),
    SetD(Box<Expr>, Box<Expr>),
    DelVar(u8),
    SetVar(u8, Box<Expr>),
    ClearVar(u8),
    Keep,
    Cycle,
    SetAttr(Name, Box<Expr>),
    Raise(ExcKind),
    Loop,
    Collect,
    SliceG,
    Print(Box<Expr>),
    CallVar(u8),
}

#[derive(Arbitrary, Debug)]
enum Stmt {
    Assign(u8, Expr),
    Out(Expr),
    SetItem(Expr, Expr, Expr),
    DelItem(Expr, Expr),
    SetAttr(Expr, Name, Expr),
    DelAttr(Expr, Name),
    AugAssign(u8, BinOp, Expr),
    For(u8, Expr, Vec<Stmt>),
    While(Vec<Stmt>),
    With(Expr, Vec<Stmt>),
    TryFinally(Vec<Stmt>, Vec<Stmt>),
    Effect(Effect),
    Unpack(u8, u8, Expr),
    StarUnpack(u8, u8, Expr),
    SetClass(Expr, u8),
    Weakref(Expr, Vec<Effect>),
    GcCallback(Vec<Effect>),
    PatchClass(u8, Dunder, Expr),
    Match(Expr, Vec<Pattern>),
    Sort(Expr, bool),
    Send(Expr, Expr),
    Throw(Expr, ExcKind),
    Close(Expr),
    DelSlice(Expr, Option<Expr>, Option<Expr>),
    SetSlice(Expr, Option<Expr>, Option<Expr>, Expr),
}

#[derive(Arbitrary, Debug)]
enum Pattern {
    Literal(i8),
    Capture,
    Seq(u8),
    Star,
    Mapping,
    Class(u8),
    Or(i8, i8),
}

#[derive(Arbitrary, Debug)]
enum Expr {
    Int(i16),
    Big(u8),
    Float(Flt),
    Str(Txt),
    Bytes(Txt),
    None,
    True,
    Var(u8),
    G,
    D,
    S,
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Inst(u8, Vec<Expr>),
    Class(u8),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Un(UnOp, Box<Expr>),
    Call(Builtin, Vec<Expr>),
    Method(Box<Expr>, MethodName, Vec<Expr>),
    Unbound(TypeName, MethodName, Vec<Expr>),
    Dunder(Box<Expr>, Dunder, Vec<Expr>),
    Index(Box<Expr>, Box<Expr>),
    Slice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
    ),
    Attr(Box<Expr>, Name),
    ListComp(Box<Expr>),
    DictComp(Box<Expr>),
    GenExp(Box<Expr>),
    Gen(u8, Box<Expr>),
    FString(Box<Expr>, Spec),
    Percent(Txt, Vec<Expr>),
    Lambda(Box<Expr>),
    Type3(Vec<Expr>, Box<Expr>),
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    Star(Box<Expr>),
    KwCall(Box<Expr>, Box<Expr>),
    Walrus(u8, Box<Expr>),
    Getrefcount(Box<Expr>),
    Type(Box<Expr>),
}

/// Modules a program may name; each is imported only if the program uses it
/// (a module's source is compiled at every run).
const MODULES: [&str; 13] = [
    "copy",
    "heapq",
    "bisect",
    "json",
    "collections",
    "functools",
    "itertools",
    "struct",
    "array",
    "re",
    "math",
    "operator",
    "io",
];

const PRELUDE: &str = r#"import gc, sys, weakref
G = [1, 'a', (2, 3), [4]]
D = {'k': 1, 2: [3], (1, 2): 'v'}
S = {1, 2, 'x'}
KEEP = []
v0 = v1 = v2 = v3 = v4 = v5 = None
def out(x):
    try:
        r = repr(x)
    except Exception as e:
        r = type(e).__name__
    print(r if len(r) < 300 else r[:300])
def _next(self):
    n = KEEP.count(self)
    KEEP.append(self)
    if n > 2:
        raise StopIteration
    return n
def _item(a):
    if isinstance(a, int) and a > 3:
        raise IndexError(a)
    return a
def _attr(a):
    if a.startswith('__'):
        raise AttributeError(a)
    return 1
def gen0(it):
    for x in it:
        yield x
def gen1(it):
    try:
        r = yield from it
        G.append(r)
    finally:
        G.append('fin')
def gen2(it):
    x = yield it
    while x is not None:
        x = yield x
def gen3(it):
    with _Ctx():
        yield it
        yield it
class _Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        G.append(a[0])
        return len(G) % 2 == 0
GENS = [gen0, gen1, gen2, gen3]
"#;

struct Out {
    src: String,
    classes: usize,
}

impl Program {
    /// The program as Python source.
    pub fn render(&self) -> String {
        let classes = self.classes.len().min(4);
        let mut o = Out {
            src: PRELUDE.to_string(),
            classes,
        };
        for (i, c) in self.classes.iter().take(4).enumerate() {
            o.class(i, c);
        }
        for s in self.body.iter().take(48) {
            o.src.push_str("try:\n");
            o.stmt(s, 1, 0);
            o.src
                .push_str("except Exception as e:\n    print(type(e).__name__)\n");
        }
        o.src.push_str("gc.collect()\nprint('end')\n");
        let used: Vec<&str> = MODULES
            .iter()
            .copied()
            .filter(|m| o.src.contains(&format!("{m}.")))
            .collect();
        if used.is_empty() {
            return o.src;
        }
        format!("import {}\n{}", used.join(", "), o.src)
    }
}

fn indent(n: usize) -> String {
    "    ".repeat(n)
}

impl Out {
    fn line(&mut self, level: usize, text: &str) {
        self.src.push_str(&indent(level));
        self.src.push_str(text);
        self.src.push('\n');
    }

    fn class(&mut self, i: usize, c: &ClassDef) {
        let base = c.base.text(i);
        self.line(0, &format!("class C{i}({base}):"));
        if c.slots && matches!(c.base, Base::Object) {
            self.line(1, "__slots__ = ('x', 'y', '__weakref__', '__dict__')");
        }
        self.line(1, &format!("tag = {i}"));
        let mut seen = Vec::new();
        for m in c.methods.iter().take(8) {
            if seen.contains(&m.name) {
                continue;
            }
            seen.push(m.name);
            let first = if m.name.is_classmethod() {
                self.line(1, "@classmethod");
                "cls"
            } else if m.name == Dunder::New {
                "cls"
            } else {
                "self"
            };
            self.line(
                1,
                &format!("def {}({first}{}):", m.name.name(), m.name.params()),
            );
            if first == "cls" {
                self.line(2, "self = cls");
            }
            self.line(2, "global v0, v1, v2, v3, v4, v5");
            for e in m.effects.iter().take(4) {
                self.effect(e, 2, 1, true);
            }
            let ret = match m.ret {
                Ret::Natural => m.name.natural().to_string(),
                Ret::Any => {
                    let mut s = String::new();
                    self.expr_into(
                        &mut s,
                        m.effects.first().map_or(&Expr::None, effect_expr),
                        2,
                    );
                    s
                }
                Ret::NotImpl => "NotImplemented".to_string(),
                Ret::Super => {
                    let args = match m.name.params() {
                        "" => "",
                        ", a" => "a",
                        ", a, b" => "a, b",
                        _ => "*a, **k",
                    };
                    format!("super().{}({args})", m.name.name())
                }
            };
            self.line(2, &format!("return {ret}"));
        }
    }

    fn effect(&mut self, e: &Effect, level: usize, depth: usize, in_method: bool) {
        let me = if in_method { "self" } else { "G" };
        let text = match e {
            Effect::ClearG => "G.clear()".to_string(),
            Effect::ClearD => "D.clear()".to_string(),
            Effect::ClearS => "S.clear()".to_string(),
            Effect::PopG => "G and G.pop()".to_string(),
            Effect::AppendG(x) => format!("G.append({})", self.expr(x, depth)),
            Effect::SetD(k, v) => {
                format!("D[{}] = {}", self.expr(k, depth), self.expr(v, depth))
            }
            Effect::DelVar(v) => format!("v{0} = None; del v{0}", var(*v)),
            Effect::SetVar(v, x) => format!("v{} = {}", var(*v), self.expr(x, depth)),
            Effect::ClearVar(v) => {
                format!("v{0}.clear() if hasattr(v{0}, 'clear') else None", var(*v))
            }
            Effect::Keep => format!("KEEP.append({me})"),
            Effect::Cycle => "G.append(G); D['d'] = D".to_string(),
            Effect::SetAttr(n, x) => {
                format!("setattr({me}, '{}', {})", n.text(), self.expr(x, depth))
            }
            Effect::Raise(k) => format!("raise {}", k.text()),
            Effect::Loop => "for _i in range(3): pass".to_string(),
            Effect::Collect => "gc.collect()".to_string(),
            Effect::SliceG => "G[:] = G[::-1]".to_string(),
            Effect::Print(x) => format!("out({})", self.expr(x, depth)),
            Effect::CallVar(v) => format!("v{}()", var(*v)),
        };
        self.line(level, &text);
    }

    fn stmt(&mut self, s: &Stmt, level: usize, depth: usize) {
        let d = depth + 1;
        match s {
            Stmt::Assign(v, x) => {
                let t = format!("v{} = {}", var(*v), self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::Out(x) => {
                let t = format!("out({})", self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::SetItem(a, k, v) => {
                let t = format!(
                    "{}[{}] = {}",
                    self.expr(a, d),
                    self.expr(k, d),
                    self.expr(v, d)
                );
                self.line(level, &t);
            }
            Stmt::DelItem(a, k) => {
                let t = format!("del {}[{}]", self.expr(a, d), self.expr(k, d));
                self.line(level, &t);
            }
            Stmt::SetAttr(a, n, v) => {
                let t = format!("{}.{} = {}", self.expr(a, d), n.text(), self.expr(v, d));
                self.line(level, &t);
            }
            Stmt::DelAttr(a, n) => {
                let t = format!("del {}.{}", self.expr(a, d), n.text());
                self.line(level, &t);
            }
            Stmt::AugAssign(v, op, x) => {
                let op = if op.augmentable() { op.text() } else { "+" };
                let t = format!("v{} {op}= {}", var(*v), self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::For(v, it, body) => {
                let t = format!("for v{} in {}:", var(*v), self.expr(it, d));
                self.line(level, &t);
                self.block(body, level + 1, d);
            }
            Stmt::While(body) => {
                self.line(level, "_n = 0");
                self.line(level, "while _n < 3:");
                self.line(level + 1, "_n += 1");
                self.block(body, level + 1, d);
            }
            Stmt::With(x, body) => {
                let t = format!("with {} as v0:", self.expr(x, d));
                self.line(level, &t);
                self.block(body, level + 1, d);
            }
            Stmt::TryFinally(body, fin) => {
                self.line(level, "try:");
                self.block(body, level + 1, d);
                self.line(level, "finally:");
                self.block(fin, level + 1, d);
            }
            Stmt::Effect(e) => self.effect(e, level, d, false),
            Stmt::Unpack(a, b, x) => {
                let t = format!("v{}, v{} = {}", var(*a), var(*b), self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::StarUnpack(a, b, x) => {
                let t = format!("v{}, *v{} = {}", var(*a), var(*b), self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::SetClass(x, c) => {
                let c = self.class_name(*c);
                let t = format!("{}.__class__ = {c}", self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::Weakref(x, effects) => {
                self.line(level, "def _cb(r):");
                self.line(level + 1, "global v0, v1, v2, v3, v4, v5");
                self.line(level + 1, "pass");
                for e in effects.iter().take(3) {
                    self.effect(e, level + 1, d, false);
                }
                let t = format!("KEEP.append(weakref.ref({}, _cb))", self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::GcCallback(effects) => {
                self.line(level, "def _gccb(phase, info):");
                self.line(level + 1, "global v0, v1, v2, v3, v4, v5");
                self.line(level + 1, "pass");
                for e in effects.iter().take(3) {
                    self.effect(e, level + 1, d, false);
                }
                self.line(level, "gc.callbacks.append(_gccb)");
            }
            Stmt::PatchClass(c, dunder, x) => {
                let c = self.class_name(*c);
                let t = format!(
                    "setattr({c}, '{}', lambda *a, **k: {})",
                    dunder.name(),
                    self.expr(x, d)
                );
                self.line(level, &t);
            }
            Stmt::Match(x, patterns) => {
                let t = format!("match {}:", self.expr(x, d));
                self.line(level, &t);
                for p in patterns.iter().take(4) {
                    let pat = match p {
                        Pattern::Literal(n) => n.to_string(),
                        Pattern::Capture => "v1 if v1".to_string(),
                        Pattern::Seq(n) => {
                            let items: Vec<String> =
                                (0..n % 4).map(|i| format!("v{}", i % VARS as u8)).collect();
                            format!("[{}]", items.join(", "))
                        }
                        Pattern::Star => "[v2, *v3]".to_string(),
                        Pattern::Mapping => "{'k': v4, **v5}".to_string(),
                        Pattern::Class(c) => format!("{}(x=v2)", self.class_name(*c)),
                        Pattern::Or(a, b) => format!("{a} | {b}"),
                    };
                    self.line(level + 1, &format!("case {pat}:"));
                    self.line(level + 2, "out(v1)");
                }
                self.line(level + 1, "case _:");
                self.line(level + 2, "pass");
            }
            Stmt::Sort(x, reverse) => {
                let t = format!(
                    "G.sort(key={}, reverse={})",
                    match x {
                        Expr::Lambda(_) => self.expr(x, d),
                        _ => format!("lambda _x: {}", self.expr(x, d)),
                    },
                    if *reverse { "True" } else { "False" }
                );
                self.line(level, &t);
            }
            Stmt::Send(g, x) => {
                let t = format!("out({}.send({}))", self.expr(g, d), self.expr(x, d));
                self.line(level, &t);
            }
            Stmt::Throw(g, k) => {
                let t = format!("out({}.throw({}))", self.expr(g, d), k.text());
                self.line(level, &t);
            }
            Stmt::Close(g) => {
                let t = format!("{}.close()", self.expr(g, d));
                self.line(level, &t);
            }
            Stmt::DelSlice(a, lo, hi) => {
                let t = format!(
                    "del {}[{}:{}]",
                    self.expr(a, d),
                    self.opt(lo, d),
                    self.opt(hi, d)
                );
                self.line(level, &t);
            }
            Stmt::SetSlice(a, lo, hi, v) => {
                let t = format!(
                    "{}[{}:{}] = {}",
                    self.expr(a, d),
                    self.opt(lo, d),
                    self.opt(hi, d),
                    self.expr(v, d)
                );
                self.line(level, &t);
            }
        }
    }

    fn block(&mut self, body: &[Stmt], level: usize, depth: usize) {
        self.line(level, "pass");
        if depth > MAX_DEPTH {
            return;
        }
        for s in body.iter().take(6) {
            self.stmt(s, level, depth);
        }
    }

    fn class_name(&self, c: u8) -> String {
        if self.classes == 0 {
            "object".to_string()
        } else {
            format!("C{}", c as usize % self.classes)
        }
    }

    fn opt(&mut self, e: &Option<Expr>, depth: usize) -> String {
        e.as_ref().map_or(String::new(), |e| self.expr(e, depth))
    }

    fn expr(&mut self, e: &Expr, depth: usize) -> String {
        let mut s = String::new();
        self.expr_into(&mut s, e, depth);
        s
    }

    fn list(&mut self, items: &[Expr], depth: usize) -> String {
        let parts: Vec<String> = items
            .iter()
            .take(5)
            .map(|x| self.expr(x, depth + 1))
            .collect();
        parts.join(", ")
    }

    fn expr_into(&mut self, s: &mut String, e: &Expr, depth: usize) {
        if depth > MAX_DEPTH {
            s.push_str("(1)");
            return;
        }
        let d = depth + 1;
        let _ = match e {
            Expr::Int(n) => write!(s, "({n})"),
            Expr::Big(n) => write!(s, "(1 << {})", 60 + (*n as u32 % 100)),
            Expr::Float(f) => s.write_str(match f {
                Flt::Zero => "0.0",
                Flt::Half => "0.5",
                Flt::Neg => "(-2.5)",
                Flt::Inf => "float('inf')",
                Flt::Nan => "float('nan')",
                Flt::Big => "1e308",
            }),
            Expr::Str(t) => write!(s, "{:?}", t.text()),
            Expr::Bytes(t) => write!(s, "b{:?}", t.text().replace(|c: char| !c.is_ascii(), "z")),
            Expr::None => s.write_str("None"),
            Expr::True => s.write_str("True"),
            Expr::Var(v) => write!(s, "v{}", var(*v)),
            Expr::G => s.write_str("G"),
            Expr::D => s.write_str("D"),
            Expr::S => s.write_str("S"),
            Expr::List(items) => write!(s, "[{}]", self.list(items, d)),
            Expr::Tuple(items) if items.is_empty() => s.write_str("()"),
            Expr::Tuple(items) => write!(s, "({},)", self.list(items, d)),
            Expr::Set(items) if items.is_empty() => s.write_str("set()"),
            Expr::Set(items) => write!(s, "{{{}}}", self.list(items, d)),
            Expr::Dict(pairs) => {
                let parts: Vec<String> = pairs
                    .iter()
                    .take(4)
                    .map(|(k, v)| format!("{}: {}", self.expr(k, d), self.expr(v, d)))
                    .collect();
                write!(s, "{{{}}}", parts.join(", "))
            }
            Expr::Inst(c, args) => {
                let c = self.class_name(*c);
                write!(s, "{c}({})", self.list(args, d))
            }
            Expr::Class(c) => s.write_str(&self.class_name(*c)),
            Expr::Bin(op, a, b) => {
                let (a, b) = (self.expr(a, d), self.expr(b, d));
                match op {
                    // No huge powers or shifts: bounded by the heap cap anyway,
                    // but slow to compute.
                    BinOp::Pow => write!(s, "pow({a}, {b}, 1000003)"),
                    BinOp::LShift => write!(s, "({a} << (({b}) % 70))"),
                    _ => write!(s, "({a} {} {b})", op.text()),
                }
            }
            Expr::Un(op, a) => {
                let op = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    UnOp::Invert => "~",
                    UnOp::Not => "not ",
                };
                write!(s, "({op}{})", self.expr(a, d))
            }
            Expr::Call(b, args) => write!(s, "{}({})", b.text(), self.list(args, d)),
            Expr::Method(x, m, args) => {
                write!(
                    s,
                    "{}.{}({})",
                    self.expr(x, d),
                    m.text(),
                    self.list(args, d)
                )
            }
            Expr::Unbound(t, m, args) => {
                write!(s, "{}.{}({})", t.text(), m.text(), self.list(args, d))
            }
            Expr::Dunder(x, m, args) => {
                write!(
                    s,
                    "{}.{}({})",
                    self.expr(x, d),
                    m.name(),
                    self.list(args, d)
                )
            }
            Expr::Index(a, k) => write!(s, "{}[{}]", self.expr(a, d), self.expr(k, d)),
            Expr::Slice(a, lo, hi, st) => {
                let part = |o: &mut Out, x: &Option<Box<Expr>>| {
                    x.as_ref().map_or(String::new(), |x| o.expr(x, d))
                };
                let (a, lo, hi, st) = (
                    self.expr(a, d),
                    part(self, lo),
                    part(self, hi),
                    part(self, st),
                );
                write!(s, "{a}[{lo}:{hi}:{st}]")
            }
            Expr::Attr(a, n) => write!(s, "{}.{}", self.expr(a, d), n.text()),
            Expr::ListComp(it) => write!(s, "[_x for _x in {}]", self.expr(it, d)),
            Expr::DictComp(it) => write!(s, "{{_x: G for _x in {}}}", self.expr(it, d)),
            Expr::GenExp(it) => write!(s, "(_x for _x in {})", self.expr(it, d)),
            Expr::Gen(g, it) => write!(s, "GENS[{}]({})", g % 4, self.expr(it, d)),
            Expr::FString(x, spec) => {
                let x = self.expr(x, d);
                if x.contains('\'') || x.contains('\\') {
                    // 3.11 allows neither in an f-string's expression.
                    return s.push_str(&format!("format({x}, '')"));
                }
                match spec {
                    Spec::None => write!(s, "f'{{{x}}}'"),
                    Spec::Repr => write!(s, "f'{{{x}!r}}'"),
                    Spec::Width => write!(s, "f'{{{x}:>6}}'"),
                    Spec::Float => write!(s, "f'{{{x}:.3f}}'"),
                    Spec::Hex => write!(s, "f'{{{x}:#x}}'"),
                    Spec::Nested => write!(s, "f'{{{x}:{{v1}}}}'"),
                    Spec::Huge => write!(s, "f'{{{x}:99999999999}}'"),
                }
            }
            Expr::Percent(t, args) => {
                let fmt = format!("{}%s %r %d", t.text());
                match self.list(args, d) {
                    a if a.is_empty() => write!(s, "({fmt:?} % ())"),
                    a => write!(s, "({fmt:?} % ({a},))"),
                }
            }
            Expr::Lambda(x) => write!(s, "(lambda *a, **k: {})", self.expr(x, d)),
            Expr::Type3(bases, ns) => {
                let bases = match self.list(bases, d) {
                    b if b.is_empty() => "()".to_string(),
                    b => format!("({b},)"),
                };
                write!(s, "type('T', {bases}, {})", self.expr(ns, d))
            }
            Expr::Ternary(c, a, b) => write!(
                s,
                "({} if {} else {})",
                self.expr(a, d),
                self.expr(c, d),
                self.expr(b, d)
            ),
            Expr::Star(x) => write!(s, "[*{}, *G]", self.expr(x, d)),
            Expr::KwCall(f, x) => write!(s, "{}(**{})", self.expr(f, d), self.expr(x, d)),
            Expr::Walrus(v, x) => write!(s, "(v{} := {})", var(*v), self.expr(x, d)),
            Expr::Getrefcount(x) => write!(s, "sys.getrefcount({})", self.expr(x, d)),
            Expr::Type(x) => write!(s, "type({})", self.expr(x, d)),
        };
    }
}

fn var(v: u8) -> u8 {
    v % VARS as u8
}

/// The expression an effect carries, if any (a dunder's `Any` return).
fn effect_expr(e: &Effect) -> &Expr {
    match e {
        Effect::AppendG(x)
        | Effect::SetD(x, _)
        | Effect::SetVar(_, x)
        | Effect::SetAttr(_, x)
        | Effect::Print(x) => x,
        _ => &Expr::None,
    }
}
