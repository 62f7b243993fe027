//! `tuple`: an immutable sequence of references.

use crate::object::{items_of, layout_drop, tail_size, ObjExt, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};

/// A tuple: its length, then its items inline in the tail (CPython's
/// layout: `sys.getsizeof` says 40 plus 8 per item, as there).
pub struct TupleObject {
    len: usize,
}

impl TupleObject {
    pub fn new(len: usize) -> TupleObject {
        TupleObject { len }
    }
}

impl crate::object::Tailed for TupleObject {
    fn tail_len(&self) -> usize {
        self.len
    }
}
impl crate::object::ItemTail for TupleObject {}

/// Last item first, as CPython's `tupletraverse` (`gc.get_referents`
/// shows the order).
fn traverse(o: ObjRef, visit: Visit<'_>) {
    for &x in items_of::<TupleObject>(o).iter().rev() {
        visit(x);
    }
}

/// CPython's `_PyTuple_MaybeUntrack`: a tuple none of whose items may be
/// tracked need not be.
fn atomic(o: ObjRef) -> bool {
    !items_of::<TupleObject>(o)
        .iter()
        .any(|&x| ouro_gc_core::Tracking::may_be_tracked(x))
}

/// CPython's tupledealloc releases items last to first. The handles stay
/// in the tail (it is never written after allocation), but the tuple no
/// longer owns them: it is being freed and nothing reads it again.
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(items_of::<TupleObject>(o).iter().rev());
}

pub static TUPLE_VT: TypeVTable = TypeVTable {
    name: "tuple",
    tag: Tag::Tuple as u32,
    size: tail_size::<TupleObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse,
    clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<TupleObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::UntilAtomic(atomic),
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
payload!(TupleObject, TUPLE_VT, super::subclass::TUPLE_SUB_VT);

/// Put `v` (owned) in slot `i` of the tuple `t`; returns what was there
/// (owned by the caller now). For the result tuples iterators recycle
/// (CPython's `PyTuple_SET_ITEM` on a tuple it alone holds).
///
/// # Safety
/// The caller holds the only reference to `t` (its count was 1 before
/// the caller's own), so no other code can reach the tuple, let alone hold
/// a slice of its items across this write; `i` is below its length.
pub(crate) unsafe fn replace_item(t: ObjRef, i: usize, v: ObjRef) -> ObjRef {
    let n = t.payload::<TupleObject>().len;
    assert!(i < n, "tuple slot {i} of {n}");
    // SAFETY: the tail holds `n` handles after the payload (see
    // `items_of`), which nothing else reads or writes now, by the
    // caller's guarantee above.
    unsafe {
        let slot = (t.payload_ptr().add(std::mem::size_of::<TupleObject>()) as *mut ObjRef).add(i);
        std::ptr::replace(slot, v)
    }
}

#[inline]
pub fn tuple_items<'a>(o: ObjRef) -> Option<&'a [ObjRef]> {
    o.get::<TupleObject>()?;
    Some(items_of::<TupleObject>(o))
}
