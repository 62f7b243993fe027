//! The symbol table: which scope every name belongs to.
//!
//! Built in two passes, as CPython's `Python/symtable.c`:
//!
//! 1. [`build`] walks the AST and records, per scope (module, class,
//!    function, lambda, comprehension), each name with flags saying how it is
//!    used there (assigned, a parameter, read, declared `global`/`nonlocal`).
//! 2. [`analyze`] resolves every name to a [`NameScope`] by passing the set of
//!    names bound in enclosing function scopes down the scope tree and the set
//!    of free names back up: a name assigned in a function is local to it; a
//!    name read but not bound is free if an enclosing *function* binds it
//!    (class bodies are skipped), otherwise global; a local captured by an
//!    inner scope becomes a cell.
//!
//! The code generator asks it, for a scope and a (mangled) name, how to load
//! and store that name. Scopes are found by the address of the AST node that
//! creates them, which is stable because the AST is not modified after
//! parsing.

mod analyze;
mod build;
#[cfg(test)]
mod tests;

use crate::HashMap;

use ruff_text_size::TextRange;

use crate::error::{CompileError, SourceInfo};

pub(crate) use build::{comprehension_key, node_key};

/// Index of a scope in [`SymbolTable::scopes`]; the module is scope 0.
pub(crate) type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function, lambda and comprehension scopes have fast locals and can
    /// own cells; CPython calls all three a `FunctionBlock`.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ... scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameScope {
    /// Bound in this scope (a fast local in functions, a namespace entry in
    /// module and class bodies).
    Local,
    /// Declared `global` here (or, at module level, anywhere).
    GlobalExplicit,
    /// Never bound in this scope nor in an enclosing function.
    GlobalImplicit,
    /// Bound in an enclosing function (or declared `nonlocal`).
    Free,
    /// A local of this function that an inner scope captures.
    Cell,
}

/// How a name is used within one scope (CPython's `DEF_*` flags).
pub(crate) mod flags {
    pub const DEF_GLOBAL: u16 = 1;
    pub const DEF_LOCAL: u16 = 2;
    pub const DEF_PARAM: u16 = 4;
    pub const DEF_NONLOCAL: u16 = 8;
    pub const USE: u16 = 16;
    /// A free variable of a method that the class body itself also binds.
    pub const DEF_FREE_CLASS: u16 = 32;
    pub const DEF_IMPORT: u16 = 64;
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: u16 = 128;
    /// The target of an annotated assignment (`x: int`).
    pub const DEF_ANNOT: u16 = 256;
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

#[derive(Debug, Clone)]
pub(crate) struct Symbol {
    pub flags: u16,
    /// Filled in by the analysis pass.
    pub scope: NameScope,
}

/// One scope: its names in order of first appearance, and its children.
#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, Symbol>,
    /// Names in the order they were first seen (for deterministic output).
    pub order: Vec<String>,
    /// Parameters in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Where each `global`/`nonlocal` declaration was, for error messages.
    pub directives: HashMap<String, TextRange>,
    /// The class body needs a `__class__` cell (a method uses `super` or
    /// `__class__`).
    pub needs_class_closure: bool,
    /// Set for the children analysis: this scope has free variables.
    pub has_free: bool,
    pub child_free: bool,
    /// The scope contains `yield` or `yield from` (or is a generator
    /// expression): calling its code makes a generator.
    pub generator: bool,
    /// A comprehension with `async for` or `await` (CPython's
    /// `ste_coroutine`): a coroutine, or an asynchronous generator for a
    /// generator expression.
    pub coroutine: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::default(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            directives: HashMap::default(),
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            generator: false,
            coroutine: false,
        }
    }

    /// The flags of `name`, 0 if the scope never mentions it.
    pub fn flags_of(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name`, `None` if the scope never mentions it.
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// Names resolved as cells, sorted (CPython's `co_cellvars` order), plus
    /// `__class__` for a class body that needs it.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure {
            cells.push("__class__".to_string());
        }
        cells.sort();
        cells
    }

    /// Free names, sorted (CPython's `co_freevars` order). A class body also
    /// passes through names its methods capture that it binds itself.
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| {
                s.scope == NameScope::Free
                    || (self.kind == ScopeKind::Class && s.flags & flags::DEF_FREE_CLASS != 0)
            })
            .map(|(n, _)| n.clone())
            .collect();
        free.sort();
        free
    }
}

#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope created by each function, class, lambda or comprehension node,
    /// keyed by [`node_key`].
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Build and analyze the table for a module body.
    pub fn build(
        body: &[ruff_python_ast::Stmt],
        info: &SourceInfo<'_>,
    ) -> Result<SymbolTable, CompileError> {
        let mut table = build::build(body, info)?;
        analyze::analyze(&mut table, info)?;
        Ok(table)
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope a node creates, if the builder saw it.
    pub fn scope_for(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

/// CPython's private name mangling: inside class `C`, `__x` becomes `_C__x`
/// (dunder names and dotted names are left alone).
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class_name) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
