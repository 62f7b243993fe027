//! Cells: the boxes closures share variables through.

use crate::object::{layout_drop, layout_size, Tag};
use crate::payload;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
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
    plain_size: 0,
};
payload!(CellObject, CELL_VT);

/// `cell([contents])` (`types.CellType`): a cell, empty without an
/// argument.
pub(crate) fn cell_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error("cell() takes no keyword arguments".to_string()));
    }
    // (`args.pos[0]` is the class.)
    let given = args.pos.len() - 1;
    if given > 1 {
        return Err(vm.type_error(format!("cell expected at most 1 argument, got {given}")));
    }
    let value = args.pos.get(1).map(|&v| vm.incref(v));
    vm.alloc(
        &CELL_VT,
        CellObject {
            value: value.into(),
        },
    )
}
