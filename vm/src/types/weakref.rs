//! Weak references: `weakref.ref(obj, callback)`.
//!
//! A weak reference does not count: its `referent` is a plain pointer that
//! the vm's registry (`Vm::weakrefs`, referent address -> its weak
//! references) clears when the referent dies, under every collector. Only
//! the callback is an owned reference.

use crate::object::{take_opt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

pub struct WeakRefObject {
    /// The object referred to, uncounted; `None` once it died.
    pub referent: Cell<Option<ObjRef>>,
    /// Called with the weak reference when the referent dies.
    pub callback: Cell<Option<ObjRef>>,
    /// The referent's hash, once asked for (it outlives the referent).
    pub hash: Cell<Option<i64>>,
}

impl Refs for WeakRefObject {
    fn traverse(&self, visit: Visit<'_>) {
        if let Some(c) = self.callback.get() {
            visit(c);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.callback, out);
    }
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.callback, out);
    }
}

pub static WEAKREF_VT: TypeVTable =
    crate::object::refs_vtable::<WeakRefObject>("weakref.ReferenceType", Tag::WeakRef, true);
payload!(WeakRefObject, WEAKREF_VT, super::subclass::WEAKREF_SUB_VT);
