//! `tuple`: an immutable sequence of references.

use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

pub struct TupleObject {
    /// The items; taken (left empty) only by `clear`, when the tuple dies.
    items: Cell<Box<[ObjRef]>>,
    /// The item buffer's size, counted against the heap limit (fixed).
    accounted: usize,
}

impl TupleObject {
    pub fn new(items: Box<[ObjRef]>) -> TupleObject {
        let accounted = items.len() * std::mem::size_of::<ObjRef>();
        TupleObject {
            items: Cell::new(items),
            accounted,
        }
    }

    /// The items. Tuples are immutable, so the slice stays valid while the
    /// tuple is alive and not being cleared.
    #[inline]
    pub fn items(&self) -> &[ObjRef] {
        // SAFETY: `items` is replaced only by `clear`, which runs when the
        // tuple is dying and nobody reads it any more; until then the boxed
        // slice is never mutated, so a shared borrow of it is sound.
        unsafe { &*self.items.as_ptr() }
    }
}

/// Last item first, as CPython's `tupletraverse` (`gc.get_referents`
/// shows the order).
fn traverse(o: ObjRef, visit: Visit<'_>) {
    for &x in crate::object::vt_payload::<TupleObject>(o)
        .items()
        .iter()
        .rev()
    {
        visit(x);
    }
}

/// CPython's `_PyTuple_MaybeUntrack`: a tuple none of whose items may be
/// tracked need not be.
fn atomic(o: ObjRef) -> bool {
    let items = crate::object::vt_payload::<TupleObject>(o).items();
    !items
        .iter()
        .any(|&x| ouro_gc_core::Tracking::may_be_tracked(x))
}

/// CPython's tupledealloc releases items last to first.
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let items = crate::object::vt_payload::<TupleObject>(o).items.take();
    out.extend(items.iter().rev());
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<TupleObject>(o).accounted
}

pub static TUPLE_VT: TypeVTable = TypeVTable {
    name: "tuple",
    tag: Tag::Tuple as u32,
    size: layout_size::<TupleObject>,
    extra_size: extra,
    accounted_bytes: extra,
    traverse,
    clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<TupleObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::UntilAtomic(atomic),
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(TupleObject, TUPLE_VT);

#[inline]
pub fn tuple_items<'a>(o: ObjRef) -> Option<&'a [ObjRef]> {
    o.get::<TupleObject>().map(|t| t.items())
}
