//! `list`: a mutable sequence of references.

use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// A list: its items in a `Vec` (pointer, capacity, length: CPython's
/// `ob_item`, `allocated`, `ob_size`; `sys.getsizeof([])` is 56 as there).
///
/// The `Vec` is taken out of its cell for the length of one operation
/// (which leaves an empty `Vec`, allocating nothing) and put back; no
/// operation calls back into the vm meanwhile. So there is no borrow
/// flag, and a mistake would show an empty list, never a dangling item.
/// The bytes counted against the heap limit are the capacity's (8 per
/// slot), so the capacity changes only through `Vm::list_mut`, which
/// counts the change.
pub struct ListObject {
    items: Cell<Vec<ObjRef>>,
}

impl ListObject {
    pub fn new(items: Vec<ObjRef>) -> ListObject {
        ListObject {
            items: Cell::new(items),
        }
    }

    /// Run `f` on the items, which it must leave at the same capacity
    /// (see `Vm::list_mut` for changes that move it).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<ObjRef>) -> R) -> R {
        let mut v = self.items.take();
        let cap = v.capacity();
        let r = f(&mut v);
        debug_assert_eq!(
            cap,
            v.capacity(),
            "list capacity changed outside Vm::list_mut"
        );
        self.put_back(v);
        r
    }

    /// Run `f` on the items, whatever it does to the capacity: only for
    /// `Vm::list_mut`, which counts the change.
    #[inline]
    pub(crate) fn with_resizing<R>(&self, f: impl FnOnce(&mut Vec<ObjRef>) -> R) -> R {
        let mut v = self.items.take();
        let r = f(&mut v);
        self.put_back(v);
        r
    }

    #[inline]
    fn put_back(&self, v: Vec<ObjRef>) {
        let stray = self.items.replace(v);
        debug_assert!(
            stray.capacity() == 0,
            "a list reached while its items were out"
        );
    }

    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn capacity(&self) -> usize {
        self.with(|v| v.capacity())
    }
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.with(|v| v.get(i).copied())
    }
    /// A copy of the item handles (not counted: the caller increfs any it keeps).
    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.with(|v| v.clone())
    }
}

/// Last item first, as CPython's `list_traverse`.
fn traverse(o: ObjRef, visit: Visit<'_>) {
    crate::object::vt_payload::<ListObject>(o).with(|v| {
        for &x in v.iter().rev() {
            visit(x);
        }
    })
}

/// CPython's list_dealloc releases items last to first. The buffer keeps
/// its capacity (counted until the list is freed).
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    crate::object::vt_payload::<ListObject>(o).with(|v| out.extend(v.drain(..).rev()));
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<ListObject>(o).capacity() * 8
}

pub static LIST_VT: TypeVTable = TypeVTable {
    name: "list",
    tag: Tag::List as u32,
    size: layout_size::<ListObject>,
    extra_size: extra,
    accounted_bytes: extra,
    traverse,
    clear,
    gc_clear: clear,
    drop_payload: layout_drop::<ListObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(ListObject, LIST_VT, super::subclass::LIST_SUB_VT);

#[inline]
pub fn list_of<'a>(o: ObjRef) -> Option<&'a ListObject> {
    o.get::<ListObject>()
}
