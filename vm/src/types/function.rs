//! Python functions and builtin (native) functions.

use crate::object::{take_opt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// A function defined by `def` or `lambda`.
pub struct FunctionObject {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: Cell<ObjRef>,
    pub qualname: Cell<ObjRef>,
    /// The defining module's `__name__` (for `__module__`).
    pub module: Cell<ObjRef>,
    pub defaults: Cell<Option<ObjRef>>,
    pub kwdefaults: Cell<Option<ObjRef>>,
    pub closure: Option<ObjRef>,
    pub dict: Cell<Option<ObjRef>>,
    pub doc: Cell<ObjRef>,
}

impl Refs for FunctionObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.code);
        visit(self.globals);
        visit(self.name.get());
        visit(self.qualname.get());
        visit(self.module.get());
        visit(self.doc.get());
        for o in [
            self.defaults.get(),
            self.kwdefaults.get(),
            self.closure,
            self.dict.get(),
        ]
        .into_iter()
        .flatten()
        {
            visit(o);
        }
    }
    /// CPython's func_clear order: globals, module, name, qualname, doc,
    /// defaults, kwdefaults, dict, closure; then the code.
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend([
            self.globals,
            self.module.get(),
            self.name.get(),
            self.qualname.get(),
            self.doc.get(),
        ]);
        take_opt(&self.defaults, out);
        take_opt(&self.kwdefaults, out);
        take_opt(&self.dict, out);
        out.extend(self.closure);
        out.push(self.code);
    }
}
pub static FUNCTION_VT: TypeVTable =
    crate::object::refs_vtable::<FunctionObject>("function", Tag::Function, true);
payload!(FunctionObject, FUNCTION_VT);

/// A function implemented in Rust: an index into the vm's native table,
/// optionally bound to an object (`[].append`, or a module for module
/// functions).
pub struct BuiltinObject {
    pub name: &'static str,
    pub native: u32,
    pub self_: Option<ObjRef>,
    /// For method descriptors: the name of the owning type (`list`).
    pub owner: Option<&'static str>,
}
impl Refs for BuiltinObject {
    fn traverse(&self, visit: Visit<'_>) {
        if let Some(s) = self.self_ {
            visit(s);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.self_);
    }
}
pub static BUILTIN_VT: TypeVTable =
    crate::object::refs_vtable::<BuiltinObject>("builtin_function_or_method", Tag::Builtin, true);
payload!(BuiltinObject, BUILTIN_VT);
