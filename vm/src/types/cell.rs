//! Cells: the boxes closures share variables through.

use crate::object::{layout_drop, layout_size, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

pub struct CellObject {
    pub value: Cell<Option<ObjRef>>,
}

fn traverse(o: ObjRef, visit: Visit<'_>) {
    if let Some(v) = crate::object::vt_payload::<CellObject>(o).value.get() {
        visit(v);
    }
}
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(crate::object::vt_payload::<CellObject>(o).value.take());
}

pub static CELL_VT: TypeVTable = TypeVTable {
    name: "cell",
    tag: Tag::Cell as u32,
    size: layout_size::<CellObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse,
    clear,
    gc_clear: clear,
    drop_payload: layout_drop::<CellObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(CellObject, CELL_VT);
