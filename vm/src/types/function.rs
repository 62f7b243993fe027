//! Python functions and builtin (native) functions.

use crate::object::{take_opt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// A function defined by `def` or `lambda`.
pub struct FunctionObject {
    /// The code object (owned); `f.__code__ = ...` replaces it.
    pub code: Cell<ObjRef>,
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
    /// `__annotations__`: the dict the definition built, or one made when
    /// first asked for.
    pub annotations: Cell<Option<ObjRef>>,
    /// The builtins its frames look names up in, when not the builtins
    /// module's (CPython's `func_builtins`, taken from the defining
    /// frame; owned).
    pub builtins: Cell<Option<ObjRef>>,
}

impl Refs for FunctionObject {
    /// CPython's func_traverse order: code, globals, builtins, module,
    /// defaults, kwdefaults, doc, name, dict, closure, annotations,
    /// qualname (`gc.get_referents` shows it).
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.code.get());
        visit(self.globals);
        if let Some(b) = self.builtins.get() {
            visit(b);
        }
        visit(self.module.get());
        for o in [self.defaults.get(), self.kwdefaults.get()]
            .into_iter()
            .flatten()
        {
            visit(o);
        }
        visit(self.doc.get());
        visit(self.name.get());
        for o in [self.dict.get(), self.closure, self.annotations.get()]
            .into_iter()
            .flatten()
        {
            visit(o);
        }
        visit(self.qualname.get());
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
        take_opt(&self.annotations, out);
        take_opt(&self.builtins, out);
        out.push(self.code.get());
    }
    /// What of CPython's func_clear leaves a callable function here.
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.defaults, out);
        take_opt(&self.kwdefaults, out);
        take_opt(&self.dict, out);
        take_opt(&self.annotations, out);
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
    /// For methods of a builtin type: the type, which the receiver must be
    /// an instance (or, for a class method, a subclass) of.
    pub owner: Option<Owner>,
    /// Can the call path run it on the arguments where they lie (with
    /// `self_` in front when bound; `Vm::call_builtin`)? Decided once,
    /// when it is made: not a bytes or bytearray method (whose buffer
    /// arguments are converted first) and not one whose argument tuple
    /// CPython keeps.
    pub direct: bool,
}

/// The builtin type a native method belongs to. Native methods read their
/// receiver's payload as the owner's layout, so the call path checks the
/// receiver against `ty` before the native code runs (CPython's
/// `descr_check`): `list.append(1, 2)` is a TypeError, never a misread.
#[derive(Clone, Copy)]
pub struct Owner {
    pub name: &'static str,
    /// The builtin type object. Not counted: builtin types live as long as
    /// the vm (its type table holds them).
    pub ty: ObjRef,
    /// A class method receives the class, not an instance.
    pub class_method: bool,
}
/// Is `name` one of the type slots CPython exposes through slot wrappers
/// (`typeobject.c`'s `slotdefs`)? A builtin type's method of that name is
/// a `wrapper_descriptor` (`list.__len__`), bound a `method-wrapper`; any
/// other method is a `method_descriptor`, bound a builtin method.
pub fn is_slot_name(name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "getattribute",
        "getattr",
        "setattr",
        "delattr",
        "repr",
        "hash",
        "call",
        "str",
        "lt",
        "le",
        "eq",
        "ne",
        "gt",
        "ge",
        "iter",
        "next",
        "get",
        "set",
        "delete",
        "init",
        "del",
        "await",
        "aiter",
        "anext",
        "neg",
        "pos",
        "abs",
        "bool",
        "invert",
        "int",
        "float",
        "index",
        "len",
        "getitem",
        "setitem",
        "delitem",
        "contains",
    ];
    const BINARY: &[&str] = &[
        "add", "sub", "mul", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or",
        "floordiv", "truediv", "matmul",
    ];
    let Some(inner) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    SLOTS.contains(&inner)
        || BINARY.contains(&inner)
        || inner.strip_prefix('r').is_some_and(|b| BINARY.contains(&b))
        || inner
            .strip_prefix('i')
            .is_some_and(|b| b != "divmod" && BINARY.contains(&b))
}

impl BuiltinObject {
    /// The Python type's name for this builtin, as CPython splits them:
    /// `len` and `[].append` are `builtin_function_or_method`; `list.append`
    /// a `method_descriptor`, `list.__len__` a `wrapper_descriptor`,
    /// `[].__len__` a `method-wrapper`, `dict.__dict__['fromkeys']` a
    /// `classmethod_descriptor`. (`__new__` is a builtin method of its
    /// type in CPython, bound or not.)
    pub fn type_name(&self) -> &'static str {
        let Some(owner) = self.owner else {
            return "builtin_function_or_method";
        };
        if self.name == "__new__" {
            return "builtin_function_or_method";
        }
        let slot = !owner.class_method && is_slot_name(self.name);
        match (self.self_.is_some(), owner.class_method, slot) {
            (true, _, true) => "method-wrapper",
            (true, _, false) => "builtin_function_or_method",
            (false, true, _) => "classmethod_descriptor",
            (false, false, true) => "wrapper_descriptor",
            (false, false, false) => "method_descriptor",
        }
    }
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
