//! `bytes`: an immutable sequence of bytes — its layout here, its methods in
//! `methods` (those CPython has in `bytesobject.c`) and `more` (those shared
//! with `str` in `bytes_methods.c`, and `%` formatting). `bytearray` has
//! its own file and shares these methods (`buffer_of`, `new_like`).

pub mod methods;
pub mod more;

use crate::object::{atom_vtable, ObjExt};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable};

pub struct BytesObject {
    pub b: Box<[u8]>,
}
fn bytes_extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<BytesObject>(o).b.len() + 1
}
pub static BYTES_VT: TypeVTable = TypeVTable {
    extra_size: bytes_extra,
    accounted_bytes: bytes_extra,
    ..atom_vtable::<BytesObject>("bytes", crate::object::Tag::Bytes)
};
payload!(BytesObject, BYTES_VT, crate::types::subclass::BYTES_SUB_VT);

/// The hash of a str's UTF-8 text or of a bytes object: FNV-1a,
/// deterministic (unlike CPython's randomised hash), never -1; 0 for the
/// empty one, as CPython's `_Py_HashBytes` (so sets order it alike).
pub fn bytes_hash(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    match (x >> 1) as i64 {
        -1 => -2,
        h => h,
    }
}

/// The bytes of a bytes object, if `o` is one.
#[inline]
pub fn bytes_of<'a>(o: ObjRef) -> Option<&'a [u8]> {
    o.get::<BytesObject>().map(|b| &*b.b)
}
