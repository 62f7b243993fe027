//! `str`: immutable text. The payload keeps the UTF-8 text, its length in
//! characters (Python indexes by character) and a cached hash; the methods
//! are in `methods`, `str.format` and `%` formatting in `format`.

pub mod chars;
pub mod format;
pub mod methods;

use crate::types::bytes::bytes_hash;

use crate::object::{atom_vtable, ObjExt};
use ouro_gc_core::{ObjRef, TypeVTable};
use std::cell::Cell;

pub struct StrObject {
    pub s: Box<str>,
    /// Length in characters; equal to `s.len()` for ASCII text.
    pub chars: usize,
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
}

impl StrObject {
    pub fn new(s: Box<str>) -> StrObject {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObject {
            s,
            chars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The string hash (`bytes_hash` of the UTF-8 text), cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = bytes_hash(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The character at index `i` (0 <= i < chars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index checked by caller")
        }
    }

    /// The substring of characters `start..end`.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let mut it = self
                .s
                .char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(self.s.len()));
            let b0 = it.nth(start).unwrap_or(self.s.len());
            let b1 = if end > start {
                it.nth(end - start - 1).unwrap_or(self.s.len())
            } else {
                b0
            };
            &self.s[b0..b1]
        }
    }
}

fn str_extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<StrObject>(o).s.len() + 1
}

pub static STR_VT: TypeVTable = TypeVTable {
    extra_size: str_extra,
    accounted_bytes: str_extra,
    ..atom_vtable::<StrObject>("str", crate::object::Tag::Str)
};
/// Interned strs (names) have a vtable of their own, so that the type
/// attribute cache can tell in one comparison that a name lives as long
/// as the vm (the intern table holds it), and its address stands for it.
pub static INTERNED_STR_VT: TypeVTable = TypeVTable { ..STR_VT };
impl crate::object::Payload for StrObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &STR_VT)
            || std::ptr::eq(vt, &INTERNED_STR_VT)
            || std::ptr::eq(vt, &crate::types::subclass::STR_SUB_VT)
    }
}

/// Is `o` an interned str?
#[inline]
pub fn is_interned(o: ObjRef) -> bool {
    std::ptr::eq(o.vtable(), &INTERNED_STR_VT)
}

/// The text of a str object, if `o` is one.
#[inline]
pub fn str_of<'a>(o: ObjRef) -> Option<&'a str> {
    o.get::<StrObject>().map(|s| &*s.s)
}
