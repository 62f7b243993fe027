//! Code generation: AST + symbol table -> [`CodeObject`]s.
//!
//! The generator follows CPython 3.11's `Python/compile.c` function by
//! function (the names in comments refer to it), with two differences that
//! come from ouro's instruction set: exceptions use a block stack
//! (`SetupFinally`/`PopBlock`, as CPython 3.10) instead of an exception
//! table, and calls need no `PUSH_NULL`/`PRECALL`.
//!
//! The [`Compiler`] keeps a stack of [`Unit`]s, one per code object being
//! built (module, then nested functions, classes, lambdas, comprehensions).
//! Files by concern:
//!
//! * `mod.rs` — the compiler state, emission helpers, name resolution;
//! * `stmt.rs` — statements; `fblock.rs` — loops, `try`, and unwinding for
//!   `return`/`break`/`continue`;
//! * `expr.rs` — expressions; `call.rs` — calls and container displays;
//! * `target.rs` — assignment and `del` targets;
//! * `scope.rs` — functions, lambdas, classes, comprehensions, closures;
//! * `unit.rs` — a code object under construction; `stack.rs` — stack depth.

mod call;
mod expr;
mod fblock;
mod pattern;
mod scope;
mod stack;

pub(crate) use stack::{falls_through, jump_target};
mod stmt;
mod target;
mod unit;

use std::rc::Rc;

use ruff_python_ast::{ModModule, Stmt};
use ruff_text_size::TextRange;

use crate::bytecode::{CodeObject, Constant, Instr};
use crate::error::{CompileError, SourceInfo};
use crate::fold::Folder;
use crate::stack_guard::{with_stack, MAX_NESTING, TOO_DEEP};
use crate::symtable::{mangle, NameScope, Scope, ScopeId, ScopeKind, SymbolTable};
use unit::{Label, Unit};

type Result<T = ()> = std::result::Result<T, CompileError>;

/// CPython's `STACK_USE_GUIDELINE`: beyond this many items, displays and
/// calls are built incrementally instead of all on the stack.
const STACK_USE_GUIDELINE: usize = 30;

/// Compile a parsed and analyzed module.
pub(crate) fn compile(
    module: &ModModule,
    table: &SymbolTable,
    info: &SourceInfo<'_>,
    interactive: bool,
) -> Result<Rc<CodeObject>> {
    let mut compiler = Compiler {
        module: &module.body,
        table,
        info,
        folder: Folder::default(),
        units: Vec::new(),
        nesting: 0,
        interactive,
        ast_constants: Vec::new(),
    };
    compiler.enter_unit(0, ScopeKind::Module, "<module>", 1);
    if interactive {
        // No docstring in interactive input: a string is shown.
        if find_annotation(&module.body) {
            compiler.emit(Instr::SetupAnnotations);
        }
        compiler.compile_stmts(&module.body)?;
    } else {
        compiler.compile_body(&module.body)?;
    }
    compiler.finish_top()
}

/// `eval()`'s code: the one expression statement's value is returned.
pub(crate) fn compile_eval(
    body: &[Stmt],
    table: &SymbolTable,
    info: &SourceInfo<'_>,
) -> Result<Rc<CodeObject>> {
    let mut compiler = Compiler {
        module: body,
        table,
        info,
        folder: Folder::default(),
        units: Vec::new(),
        nesting: 0,
        interactive: false,
        ast_constants: Vec::new(),
    };
    compiler.enter_unit(0, ScopeKind::Module, "<module>", 1);
    let Some(Stmt::Expr(e)) = body.first() else {
        return Err(compiler.internal_error("eval without an expression"));
    };
    compiler.set_loc(e.range);
    compiler.compile_expr(&e.value)?;
    compiler.emit(Instr::ReturnValue);
    compiler.finish_top()
}

/// Load, store or delete, as CPython's `expr_context`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a, 'i, 's> {
    /// The module body (for checks that look at the whole file).
    module: &'a [Stmt],
    table: &'a SymbolTable,
    info: &'i SourceInfo<'s>,
    folder: Folder,
    units: Vec<Unit<'a>>,
    nesting: u32,
    /// Interactive input: module-level expression statements are shown.
    interactive: bool,
    /// The constants of the AST nodes compiled, in order
    /// (`CodeObject::ast_constants`).
    ast_constants: Vec<Constant>,
}

impl<'a> Compiler<'a, '_, '_> {
    // ---- units ----------------------------------------------------------

    fn unit(&self) -> &Unit<'a> {
        let last = self.units.len() - 1;
        &self.units[last]
    }

    fn unit_mut(&mut self) -> &mut Unit<'a> {
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    fn module_body(&self) -> &'a [Stmt] {
        self.module
    }

    fn scope(&self) -> &'a Scope {
        self.table.scope(self.unit().scope)
    }

    /// Start a new code object for `scope` (CPython's `compiler_enter_scope`).
    fn enter_unit(&mut self, scope: ScopeId, kind: ScopeKind, name: &str, first_line: u32) {
        let qualname = self.qualname_for(kind, name);
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit::new(scope, kind, name, qualname);
        unit.first_line = first_line;
        unit.private = private;
        let symbols = self.table.scope(scope);
        // The symbol table names scopes as CPython's does: `top`, `f`,
        // `lambda`, `listcomp`, ...; the code object adds the angle brackets.
        debug_assert!(
            symbols.name == name.trim_matches(['<', '>']) || (kind == ScopeKind::Module),
            "scope {} used for code object {name}",
            symbols.name
        );
        for param in &symbols.params {
            unit.varnames.insert(param);
        }
        unit.flags.generator = symbols.generator && kind.is_function_like();
        unit.cellvars = symbols.cellvars();
        unit.freevars = symbols.freevars();
        unit.loc.line = first_line;
        unit.loc.end_line = first_line;
        self.units.push(unit);
    }

    /// CPython's `compiler_set_qualname`: `outer.<locals>.name` inside a
    /// function, `Class.name` inside a class, plain `name` at module level or
    /// when the name is declared global in the enclosing scope.
    fn qualname_for(&self, kind: ScopeKind, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            let parent_scope = self.table.scope(parent.scope);
            if parent_scope.scope_of(&mangled) == Some(NameScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    /// Finish the innermost unit: add the implicit `return None` if control
    /// can reach the end, and assemble it.
    fn finish_unit(&mut self) -> Result<Rc<CodeObject>> {
        if self.unit().falls_off_end() {
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
        let Some(unit) = self.units.pop() else {
            return Err(self.internal_error("no unit to finish"));
        };
        let name = unit.name.clone();
        unit.assemble(self.info.filename.clone())
            .map(Rc::new)
            .map_err(|msg| self.internal_error(&format!("in {name}: {msg}")))
    }

    // ---- emission -------------------------------------------------------

    fn emit(&mut self, instr: Instr) {
        self.unit_mut().emit(instr);
    }

    /// Finish the top-level unit, which carries the AST constants.
    fn finish_top(&mut self) -> Result<Rc<CodeObject>> {
        let mut code = self.finish_unit()?;
        if let Some(c) = Rc::get_mut(&mut code) {
            c.ast_constants = std::mem::take(&mut self.ast_constants);
        }
        Ok(code)
    }

    /// Load `c`, the value of an AST node (a literal, or what CPython's
    /// AST optimizer folds a node to).
    fn load_ast_const(&mut self, c: Constant) {
        self.ast_constants.push(c.clone());
        self.load_const(c);
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.unit_mut().add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn new_label(&mut self) -> Label {
        self.unit_mut().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.unit_mut().bind(label);
    }

    /// Emit a jump-family instruction to `label` (resolved at assembly).
    fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    /// The index of `name` (mangled) in the names table.
    fn name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit().private.as_deref(), name);
        self.unit_mut().names.insert(&mangled)
    }

    fn set_loc(&mut self, range: TextRange) {
        let pos = self.info.position(range);
        self.unit_mut().loc = pos;
        self.unit_mut().loc_range = range;
    }

    // ---- errors ---------------------------------------------------------

    fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        self.info.error(message, range)
    }

    fn unsupported(&self, what: &str, range: TextRange) -> CompileError {
        self.error(format!("{what} not supported by ouro yet"), range)
    }

    fn internal_error(&self, what: &str) -> CompileError {
        self.error(
            format!("internal compiler error: {what}"),
            TextRange::default(),
        )
    }

    /// Run one level of the recursive code generation with a stack to do
    /// it on and within the nesting limit (see [`crate::stack_guard`]).
    fn nested(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> Result) -> Result {
        if self.nesting >= MAX_NESTING {
            return Err(self
                .info
                .error_of_kind(crate::ErrorKind::RecursionError, TOO_DEEP, range));
        }
        self.nesting += 1;
        let result = with_stack(|| f(self));
        self.nesting -= 1;
        result
    }

    /// The source text of `range`.
    fn source_text(&self, range: TextRange) -> &str {
        self.info
            .source
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("")
    }

    // ---- names ----------------------------------------------------------

    /// CPython's `forbidden_name` for a name bound other than by an
    /// assignment to a variable (a parameter, a keyword argument, an
    /// attribute): `__debug__` cannot be assigned.
    fn check_bindable(&self, name: &str, range: TextRange) -> Result {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        Ok(())
    }

    /// The parameters of a `def` or `lambda` (CPython's
    /// `compiler_check_debug_args`).
    fn check_parameters(&self, params: &ruff_python_ast::Parameters, range: TextRange) -> Result {
        let named = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in named {
            self.check_bindable(&p.name, range)?;
        }
        Ok(())
    }

    /// Load, store or delete a variable (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: Ctx, range: TextRange) -> Result {
        if ctx != Ctx::Load && name == "__debug__" {
            let verb = if ctx == Ctx::Store {
                "assign to"
            } else {
                "delete"
            };
            return Err(self.error(format!("cannot {verb} __debug__"), range));
        }
        let mangled = mangle(self.unit().private.as_deref(), name);
        let kind = self.unit().kind;
        let function_like = kind.is_function_like();
        let instr = match self.scope().scope_of(&mangled) {
            Some(NameScope::Free | NameScope::Cell) => {
                let i = self.deref_index(&mangled)?;
                match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    Ctx::Load => Instr::LoadDeref(i),
                    Ctx::Store => Instr::StoreDeref(i),
                    Ctx::Del => Instr::DeleteDeref(i),
                }
            }
            Some(NameScope::Local) if function_like => {
                let i = self.unit_mut().varnames.insert(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Some(NameScope::GlobalExplicit) => self.global_op(&mangled, ctx),
            Some(NameScope::GlobalImplicit) if function_like => self.global_op(&mangled, ctx),
            _ => {
                let i = self.unit_mut().names.insert(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    fn global_op(&mut self, mangled: &str, ctx: Ctx) -> Instr {
        let i = self.unit_mut().names.insert(mangled);
        match ctx {
            Ctx::Load => Instr::LoadGlobal(i),
            Ctx::Store => Instr::StoreGlobal(i),
            Ctx::Del => Instr::DeleteGlobal(i),
        }
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    fn deref_index(&self, name: &str) -> Result<u32> {
        let unit = self.unit();
        let index = match unit.cellvars.iter().position(|c| c == name) {
            Some(i) => Some(i),
            None => unit
                .freevars
                .iter()
                .position(|f| f == name)
                .map(|i| i + unit.cellvars.len()),
        };
        index
            .and_then(|i| u32::try_from(i).ok())
            .ok_or_else(|| self.internal_error(&format!("no cell for '{name}'")))
    }

    // ---- bodies ---------------------------------------------------------

    /// A module or class body: the docstring goes to `__doc__`, then the
    /// statements (CPython's `compiler_body`).
    fn compile_body(&mut self, body: &'a [Stmt]) -> Result {
        if let Some(first) = body.first() {
            self.set_loc(ruff_text_size::Ranged::range(first));
        }
        // CPython's compiler_body: the namespace gets `__annotations__`
        // before the docstring when any statement annotates a name.
        if find_annotation(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if let Some((doc, range)) = docstring(body) {
            self.load_ast_const(Constant::Str(doc));
            self.name_op("__doc__", Ctx::Store, range)?;
            rest = &body[1..];
        }
        self.compile_stmts(rest)
    }

    fn compile_stmts(&mut self, body: &'a [Stmt]) -> Result {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }
}

/// Does `body` annotate a name at its own level (CPython's `find_ann`:
/// nested blocks count, nested functions and classes do not, nor `match`
/// cases in 3.11)?
pub(crate) fn find_annotation(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_annotation(&f.body) || find_annotation(&f.orelse),
        Stmt::While(w) => find_annotation(&w.body) || find_annotation(&w.orelse),
        Stmt::If(i) => {
            find_annotation(&i.body) || i.elif_else_clauses.iter().any(|c| find_annotation(&c.body))
        }
        Stmt::With(w) => find_annotation(&w.body),
        Stmt::Try(t) => {
            find_annotation(&t.body)
                || find_annotation(&t.orelse)
                || find_annotation(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ruff_python_ast::ExceptHandler::ExceptHandler(h) => find_annotation(&h.body),
                })
        }
        _ => false,
    })
}

/// The docstring of a body: its first statement, if that is a string
/// literal expression.
fn docstring(body: &[Stmt]) -> Option<(String, TextRange)> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            ruff_python_ast::Expr::StringLiteral(s) => {
                Some((s.value.to_str().to_string(), e.range))
            }
            _ => None,
        },
        _ => None,
    }
}
