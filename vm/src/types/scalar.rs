//! Atoms: None, NotImplemented, Ellipsis, bool, int, float, range, slice
//! (slice and range hold references, to ints or any object).

use crate::object::{atom_vtable, layout_drop, layout_size, ObjExt, Payload, Tag};
use crate::payload;
use num_bigint::BigInt;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};

/// The payload of None, NotImplemented, Ellipsis and the NULL sentinel.
pub struct Singleton;
pub static NONE_VT: TypeVTable = atom_vtable::<Singleton>("NoneType", Tag::None);
pub static NOTIMPL_VT: TypeVTable =
    atom_vtable::<Singleton>("NotImplementedType", Tag::NotImplemented);
pub static ELLIPSIS_VT: TypeVTable = atom_vtable::<Singleton>("ellipsis", Tag::Ellipsis);
pub static NULL_VT: TypeVTable = atom_vtable::<Singleton>("NULL", Tag::Null);

/// A Python int's value, borrowed from its object: a machine word while it
/// fits, a big integer beyond. Normalised: `Big` never holds a value that
/// fits in an `i64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl Int<'_> {
    pub fn to_big(self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v),
            Int::Big(b) => b.clone(),
        }
    }

    pub fn as_i64(self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(v),
            Int::Big(_) => None,
        }
    }
}

/// The payload of int and bool objects that fit in a machine word (bool
/// is an int subclass): 8 bytes, so such an int takes 24 (CPython's 28).
pub struct IntObject(pub i64);
pub static INT_VT: TypeVTable = atom_vtable::<IntObject>("int", Tag::Int);
pub static BOOL_VT: TypeVTable = atom_vtable::<IntObject>("bool", Tag::Bool);
impl Payload for IntObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &INT_VT)
            || std::ptr::eq(vt, &BOOL_VT)
            || std::ptr::eq(vt, &super::subclass::INT_SUB_VT)
    }
}

/// The payload of an int beyond an `i64` (normalised: never one that
/// fits). Its digits are a buffer of its own, counted by `getsizeof` and
/// against the heap limit.
pub struct BigIntObject(pub BigInt);
fn bigint_digits(o: ObjRef) -> usize {
    let b = &crate::object::vt_payload::<BigIntObject>(o).0;
    b.bits().div_ceil(64) as usize * 8
}
pub static BIGINT_VT: TypeVTable = TypeVTable {
    extra_size: bigint_digits,
    accounted_bytes: bigint_digits,
    ..atom_vtable::<BigIntObject>("int", Tag::Int)
};
payload!(BigIntObject, BIGINT_VT, super::subclass::BIGINT_SUB_VT);

pub struct FloatObject(pub f64);
pub static FLOAT_VT: TypeVTable = atom_vtable::<FloatObject>("float", Tag::Float);
payload!(FloatObject, FLOAT_VT, super::subclass::FLOAT_SUB_VT);

/// `range(start, stop, step)`: the three bounds are int objects.
pub struct RangeObject {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

fn range_traverse(o: ObjRef, visit: Visit<'_>) {
    let r = crate::object::vt_payload::<RangeObject>(o);
    visit(r.start);
    visit(r.stop);
    visit(r.step);
}
fn range_clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let r = crate::object::vt_payload::<RangeObject>(o);
    out.extend([r.start, r.stop, r.step]);
}
pub static RANGE_VT: TypeVTable = TypeVTable {
    name: "range",
    tag: Tag::Range as u32,
    size: layout_size::<RangeObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse: range_traverse,
    clear: range_clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<RangeObject>,
    is_container: false,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(RangeObject, RANGE_VT);

/// `slice(start, stop, step)`, any objects.
pub struct SliceObject {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}
fn slice_traverse(o: ObjRef, visit: Visit<'_>) {
    let r = crate::object::vt_payload::<SliceObject>(o);
    visit(r.start);
    visit(r.stop);
    visit(r.step);
}
fn slice_clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let r = crate::object::vt_payload::<SliceObject>(o);
    out.extend([r.start, r.stop, r.step]);
}
pub static SLICE_VT: TypeVTable = TypeVTable {
    name: "slice",
    tag: Tag::Slice as u32,
    size: layout_size::<SliceObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse: slice_traverse,
    clear: slice_clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<SliceObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
};
payload!(SliceObject, SLICE_VT);

/// The value of `o` if it is a bool or an int.
#[inline]
pub fn int_of<'a>(o: ObjRef) -> Option<Int<'a>> {
    if let Some(i) = o.get::<IntObject>() {
        return Some(Int::Small(i.0));
    }
    o.get::<BigIntObject>().map(|b| Int::Big(&b.0))
}
