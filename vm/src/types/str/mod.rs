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

/// Characters between two offsets `MARKS` keeps.
const MARK_EVERY: usize = 64;

thread_local! {
    /// For each non-ASCII str of more than `MARK_EVERY` characters that
    /// was indexed (keyed by its text's address, removed when it is
    /// dropped): the byte offset of every `MARK_EVERY`th character, so that
    /// indexing and slicing by character walk at most that many characters
    /// (CPython's fixed-width storage indexes in constant time). Kept
    /// outside the object, whose size `sys.getsizeof` reports.
    static MARKS: std::cell::RefCell<std::collections::HashMap<usize, Box<[usize]>>> =
        Default::default();
    /// The last character offset found in a non-ASCII str: (its text's
    /// address, the character index, its byte offset), so that walking a
    /// str forward (its iterator, `s[i]` in a loop) steps from there in
    /// constant time. Cleared when that str is dropped.
    static CURSOR: Cell<(usize, usize, usize)> = const { Cell::new((0, 0, 0)) };
}

/// How far past the cursor a lookup walks from it rather than from a mark.
const CURSOR_REACH: usize = 8;

impl Drop for StrObject {
    fn drop(&mut self) {
        if !self.is_ascii() {
            let key = self.s.as_ptr() as usize;
            // (At thread exit the tables may be gone already.)
            let _ = CURSOR.try_with(|c| {
                if c.get().0 == key {
                    c.set((0, 0, 0));
                }
            });
            if self.chars > MARK_EVERY {
                let _ = MARKS.try_with(|m| m.borrow_mut().remove(&key));
            }
        }
    }
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

    /// The byte offset of character `i` (0 <= i <= chars).
    fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.s.len();
        }
        let key = self.s.as_ptr() as usize;
        let (at, ci, cb) = CURSOR.get();
        let b = if at == key && ci <= i && i - ci <= CURSOR_REACH {
            cb + self.s[cb..]
                .char_indices()
                .nth(i - ci)
                .map_or(self.s.len() - cb, |(b, _)| b)
        } else {
            self.byte_offset_marked(i)
        };
        CURSOR.set((key, i, b));
        b
    }

    /// `byte_offset` of a non-ASCII str from the nearest mark before `i`
    /// (`MARKS`), or from the start of a short str.
    fn byte_offset_marked(&self, i: usize) -> usize {
        let from = if self.chars <= MARK_EVERY {
            0
        } else {
            MARKS.with(|m| {
                let mut m = m.borrow_mut();
                let marks = m.entry(self.s.as_ptr() as usize).or_insert_with(|| {
                    self.s
                        .char_indices()
                        .step_by(MARK_EVERY)
                        .map(|(b, _)| b)
                        .collect()
                });
                marks[i / MARK_EVERY]
            })
        };
        let skip = if from == 0 { i } else { i % MARK_EVERY };
        from + self.s[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.s.len() - from, |(b, _)| b)
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The string hash (`bytes_hash` of the UTF-8 text), cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.compute_hash()
    }

    /// `hash` the first time (out of line: the cached hash is the rule).
    #[inline(never)]
    fn compute_hash(&self) -> i64 {
        let h = bytes_hash(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The character at index `i` (0 <= i < chars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let b = self.byte_offset(i);
            self.s[b..].chars().next().expect("index checked by caller")
        }
    }

    /// The substring of characters `start..end`.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let b0 = self.byte_offset(start);
            let b1 = if end > start {
                self.byte_offset(end)
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
