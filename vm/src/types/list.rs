//! `list`: a mutable sequence of references.

use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

pub struct ListObject {
    /// Borrowed only briefly, never across a call back into the vm.
    pub items: RefCell<Vec<ObjRef>>,
    /// Bytes of the item buffer counted against the heap limit (kept in
    /// step with the capacity by `Vm::sync_account`).
    pub accounted: Cell<usize>,
}

impl ListObject {
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.items.borrow().get(i).copied()
    }
    /// A copy of the item handles (not counted: the caller increfs any it keeps).
    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.items.borrow().clone()
    }
}

/// Last item first, as CPython's `list_traverse`.
fn traverse(o: ObjRef, visit: Visit<'_>) {
    for &x in crate::object::vt_payload::<ListObject>(o)
        .items
        .borrow()
        .iter()
        .rev()
    {
        visit(x);
    }
}

/// CPython's list_dealloc releases items last to first.
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let items = std::mem::take(
        &mut *crate::object::vt_payload::<ListObject>(o)
            .items
            .borrow_mut(),
    );
    out.extend(items.iter().rev());
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<ListObject>(o)
        .items
        .borrow()
        .capacity()
        * 8
}

pub static LIST_VT: TypeVTable = TypeVTable {
    name: "list",
    tag: Tag::List as u32,
    size: layout_size::<ListObject>,
    extra_size: extra,
    accounted_bytes: |o| crate::object::vt_payload::<ListObject>(o).accounted.get(),
    traverse,
    clear,
    gc_clear: clear,
    drop_payload: layout_drop::<ListObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(ListObject, LIST_VT);

#[inline]
pub fn list_of<'a>(o: ObjRef) -> Option<&'a ListObject> {
    o.get::<ListObject>()
}
