//! Second symbol-table pass: resolve every name to a [`NameScope`]
//! (CPython's `analyze_block` / `analyze_name`).
//!
//! Invariant at the head of [`analyze_block`]: `bound` holds the names bound
//! in enclosing *function* scopes (`None` for the module), `global` the names
//! declared global in enclosing scopes. Both are copies owned by this call,
//! so a scope's declarations never leak into its siblings. On return, `free`
//! has gained the names this scope (or its children) needs from outside.

use crate::{HashMap, HashSet};

use super::flags::*;
use super::{NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::error::{CompileError, SourceInfo};

type Names = HashSet<String>;

pub(super) fn analyze(table: &mut SymbolTable, info: &SourceInfo<'_>) -> Result<(), CompileError> {
    let mut free = Names::default();
    analyze_block(table, 0, None, &mut free, Names::default(), info)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<Names>,
    free: &mut Names,
    mut global: Names,
    info: &SourceInfo<'_>,
) -> Result<(), CompileError> {
    let kind = table.scopes[id].kind;
    let mut new_global = Names::default();
    let mut new_bound = Names::default();
    // Class bodies pass their enclosing bindings through untouched: names
    // bound in a class are not visible to the functions inside it.
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        new_bound.extend(bound.iter().flatten().cloned());
    }
    let mut local = Names::default();
    let mut ctx = NameContext {
        bound: &mut bound,
        local: &mut local,
        free: &mut *free,
        global: &mut global,
    };
    let mut scopes = analyze_names(table, id, &mut ctx, info)?;
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".to_string());
    } else {
        if kind.is_function_like() {
            new_bound.extend(local.iter().cloned());
        }
        new_bound.extend(bound.iter().flatten().cloned());
        new_global.extend(global.iter().cloned());
    }
    let mut new_free = analyze_children(table, id, &new_bound, &new_global, info)?;
    if kind.is_function_like() {
        analyze_cells(&mut scopes, &mut new_free);
    } else if kind == ScopeKind::Class && new_free.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }
    update_symbols(table, id, &scopes, bound.as_ref(), &new_free);
    free.extend(new_free);
    Ok(())
}

/// Resolve each name of scope `id` on its own.
fn analyze_names(
    table: &mut SymbolTable,
    id: ScopeId,
    ctx: &mut NameContext<'_>,
    info: &SourceInfo<'_>,
) -> Result<HashMap<String, NameScope>, CompileError> {
    let mut scopes = HashMap::default();
    for name in table.scopes[id].order.clone() {
        let flags = table.scopes[id].flags_of(&name);
        let scope = analyze_name(ctx, &name, flags)
            .map_err(|msg| directive_error(table, id, &name, msg, info))?;
        if scope == NameScope::Free {
            table.scopes[id].has_free = true;
        }
        scopes.insert(name, scope);
    }
    Ok(scopes)
}

/// Analyze every child of scope `id`, each with its own copies of the sets;
/// returns the names they need from outside.
fn analyze_children(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: &Names,
    global: &Names,
    info: &SourceInfo<'_>,
) -> Result<Names, CompileError> {
    let mut all_free = Names::default();
    for child in table.scopes[id].children.clone() {
        let mut child_free = Names::default();
        analyze_block(
            table,
            child,
            Some(bound.clone()),
            &mut child_free,
            global.clone(),
            info,
        )?;
        all_free.extend(child_free);
        let child_scope = &table.scopes[child];
        if child_scope.has_free || child_scope.child_free {
            table.scopes[id].child_free = true;
        }
    }
    Ok(all_free)
}

/// The sets `analyze_name` reads and updates.
struct NameContext<'a> {
    bound: &'a mut Option<Names>,
    local: &'a mut Names,
    free: &'a mut Names,
    global: &'a mut Names,
}

/// Decide the scope of one name; `Err` carries a SyntaxError message.
fn analyze_name(ctx: &mut NameContext<'_>, name: &str, flags: u16) -> Result<NameScope, String> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(format!("name '{name}' is nonlocal and global"));
        }
        ctx.global.insert(name.to_string());
        if let Some(bound) = ctx.bound.as_mut() {
            bound.remove(name);
        }
        return Ok(NameScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        return match ctx.bound.as_ref() {
            None => Err("nonlocal declaration not allowed at module level".to_string()),
            Some(bound) if !bound.contains(name) => {
                Err(format!("no binding for nonlocal '{name}' found"))
            }
            Some(_) => {
                ctx.free.insert(name.to_string());
                Ok(NameScope::Free)
            }
        };
    }
    if flags & DEF_BOUND != 0 {
        ctx.local.insert(name.to_string());
        ctx.global.remove(name);
        return Ok(NameScope::Local);
    }
    // If an enclosing function binds the name, it is a free variable rather
    // than a global one.
    if ctx.bound.as_ref().is_some_and(|b| b.contains(name)) {
        ctx.free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    Ok(NameScope::GlobalImplicit)
}

/// A local that an inner scope uses freely becomes a cell, and is no longer
/// free further out.
fn analyze_cells(scopes: &mut HashMap<String, NameScope>, free: &mut Names) {
    for (name, scope) in scopes.iter_mut() {
        if *scope == NameScope::Local && free.remove(name) {
            *scope = NameScope::Cell;
        }
    }
}

/// Store the resolved scopes, and record the free names of children that
/// must pass through this scope to reach their binding.
fn update_symbols(
    table: &mut SymbolTable,
    id: ScopeId,
    scopes: &HashMap<String, NameScope>,
    bound: Option<&Names>,
    free: &Names,
) {
    let scope = &mut table.scopes[id];
    let is_class = scope.kind == ScopeKind::Class;
    for (name, resolved) in scopes {
        if let Some(symbol) = scope.symbols.get_mut(name) {
            symbol.scope = *resolved;
        }
    }
    let mut passing: Vec<&String> = free.iter().collect();
    passing.sort();
    for name in passing {
        if let Some(symbol) = scope.symbols.get_mut(name) {
            // A method's free variable that the class body also binds: the
            // class passes the outer cell through as well.
            if is_class && symbol.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                symbol.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        scope.order.push(name.clone());
        let symbol = super::Symbol {
            flags: 0,
            scope: NameScope::Free,
        };
        scope.symbols.insert(name.clone(), symbol);
    }
}

/// A SyntaxError located at the `global`/`nonlocal` declaration of `name`.
fn directive_error(
    table: &SymbolTable,
    id: ScopeId,
    name: &str,
    message: String,
    info: &SourceInfo<'_>,
) -> CompileError {
    let range = table.scopes[id]
        .directives
        .get(name)
        .copied()
        .unwrap_or_default();
    info.error(message, range)
}
