//! Making the everyday objects: ints (small ones shared), floats, strs
//! (the empty one and one-character Latin-1 ones shared, identifiers
//! interned), bytes, and CPython's static objects (`make_static`).

use crate::types::scalar::{BigIntObject, Int, IntObject, BIGINT_VT, INT_VT};
use crate::types::str::{StrObject, INTERNED_STR_VT, STR_VT};
use crate::vm::{PyResult, Vm, STATIC_REFS};
use ouro_gc_core::{Collector, ObjRef};

/// The one-character names CPython 3.11 has a statically allocated
/// identifier string for (its `_Py_ID` table, filled by the frozen standard
/// modules), distinct from the character's Latin-1 singleton: a constant or
/// name `"a"` is that object, while `chr(97)` or `"xa"[1]` is the
/// singleton. (Measured: `chr(c) is not <literal>` in python3.11.)
pub const STATIC_ONE_CHAR_NAMES: &str = "abcdefhijklmnopqrstvwxyBCLST_";

/// Slots of `Vm::intern_cache`.
pub const INTERN_CACHE_SLOTS: usize = 64;

impl<C: Collector> Vm<C> {
    #[inline]
    pub fn new_int_i64(&mut self, v: i64) -> PyResult<ObjRef> {
        if (-5..=256).contains(&v) {
            return Ok(self.incref(self.small_ints[(v + 5) as usize]));
        }
        self.alloc_int(v)
    }

    /// `new_int_i64` of a value no cached int has (out of line: the
    /// cached ones are the common case of most callers).
    #[inline(never)]
    fn alloc_int(&mut self, v: i64) -> PyResult<ObjRef> {
        self.alloc_atom(&INT_VT, IntObject(v))
    }

    /// A new int object with the value `v` (a copy).
    pub fn new_int(&mut self, v: Int<'_>) -> PyResult<ObjRef> {
        match v {
            Int::Small(i) => self.new_int_i64(i),
            Int::Big(b) => self.alloc(&BIGINT_VT, BigIntObject(b.clone())),
        }
    }

    pub fn new_bigint(&mut self, v: num_bigint::BigInt) -> PyResult<ObjRef> {
        use num_traits::ToPrimitive;
        match v.to_i64() {
            Some(i) => self.new_int_i64(i),
            None => self.alloc(&BIGINT_VT, BigIntObject(v)),
        }
    }

    pub fn new_bool(&self, b: bool) -> ObjRef {
        self.incref(if b { self.true_ } else { self.false_ })
    }

    pub fn new_none(&self) -> ObjRef {
        self.incref(self.none)
    }

    pub fn new_float(&mut self, v: f64) -> PyResult<ObjRef> {
        self.alloc_atom(
            &crate::types::scalar::FLOAT_VT,
            crate::types::scalar::FloatObject(v),
        )
    }

    /// A new str; one-character Latin-1 strings come from the shared table.
    pub fn new_str(&mut self, s: &str) -> PyResult<ObjRef> {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) if (c as u32) < 256 => return self.char_str(c),
            // The empty str is one object, as CPython's.
            (None, _) => return Ok(self.intern("")),
            _ => {}
        }
        self.alloc(&STR_VT, StrObject::new(s.into()))
    }

    /// A new bytes object; `b""` and the one-byte ones are shared, as in
    /// CPython.
    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<ObjRef> {
        if b.len() <= 1 {
            let i = b.first().map_or(256, |&x| usize::from(x));
            if let Some(o) = self.byte_strs[i] {
                return Ok(self.incref(o));
            }
            let o = self.alloc_bytes(b)?;
            self.byte_strs[i] = Some(self.incref(o));
            self.make_static(o);
            return Ok(o);
        }
        self.alloc_bytes(b)
    }

    pub(super) fn alloc_bytes(&mut self, b: Vec<u8>) -> PyResult<ObjRef> {
        self.alloc(
            &crate::types::bytes::BYTES_VT,
            crate::types::bytes::BytesObject {
                b: b.into_boxed_slice(),
            },
        )
    }

    pub fn new_string(&mut self, s: String) -> PyResult<ObjRef> {
        if s.len() <= 2 {
            return self.new_str(&s);
        }
        self.alloc(&STR_VT, StrObject::new(s.into_boxed_str()))
    }

    /// A new str object even for one character (CPython's `PyUnicode_New`
    /// returned as it is, without `unicode_result`: an int's decimal
    /// string, a case mapping); the empty str is still the one object.
    pub fn new_str_fresh(&mut self, s: String) -> PyResult<ObjRef> {
        if s.is_empty() {
            return Ok(self.intern(""));
        }
        self.alloc(&STR_VT, StrObject::new(s.into_boxed_str()))
    }

    /// A one-character Latin-1 str: one object per character (CPython's
    /// Latin-1 singletons), which is also the interned one, except for the
    /// characters CPython 3.11 has a static identifier string for
    /// ([`STATIC_ONE_CHAR_NAMES`]): its constants and names intern to that
    /// one, so `chr(97) is "a"` is False there, and here.
    pub(super) fn char_str(&mut self, c: char) -> PyResult<ObjRef> {
        let i = c as usize;
        if let Some(o) = self.chars[i] {
            return Ok(self.incref(o));
        }
        let o = if STATIC_ONE_CHAR_NAMES.contains(c) {
            let o = self.alloc(&STR_VT, StrObject::new(c.to_string().into()))?;
            self.make_static(o);
            o
        } else {
            self.intern(c.encode_utf8(&mut [0; 4]))
        };
        self.chars[i] = Some(self.incref(o));
        Ok(o)
    }

    /// `repr(b)` of a bool: its static str (new reference).
    pub(crate) fn bool_str(&mut self, b: bool) -> PyResult<ObjRef> {
        if let Some(o) = self.bool_strs[usize::from(b)] {
            return Ok(self.incref(o));
        }
        let text = if b { "True" } else { "False" };
        let o = self.alloc(&STR_VT, StrObject::new(text.into()))?;
        self.make_static(o);
        self.bool_strs[usize::from(b)] = Some(self.incref(o));
        Ok(o)
    }

    /// The interned str for `s` (new reference). A one-character Latin-1
    /// one is the character's singleton (`char_str`), but for
    /// [`STATIC_ONE_CHAR_NAMES`].
    pub fn intern(&mut self, s: &str) -> ObjRef {
        // Most names come from the same few places in the vm's code (a
        // dunder's name, say): a small cache keyed by the text's address
        // answers those without hashing. The text is compared too, so an
        // address that now holds other text only misses. (Interned strs
        // live as long as the vm.)
        let at = s.as_ptr() as usize;
        let slot = (at >> 3) % INTERN_CACHE_SLOTS;
        if let Some((a, o)) = self.intern_cache[slot] {
            if a == at && crate::types::str::str_of(o) == Some(s) {
                return self.incref(o);
            }
        }
        if let Some(&o) = self.interned.get(s) {
            self.intern_cache[slot] = Some((at, o));
            return self.incref(o);
        }
        let o = match self.heap.alloc(&INTERNED_STR_VT, StrObject::new(s.into())) {
            Ok(o) => o,
            Err(_) => {
                // Names must always be available: an interned string may go
                // past --max-heap rather than fail.
                let limit = self.heap.blocks_ref().limit();
                self.heap.blocks().set_limit(None);
                let o = self
                    .heap
                    .alloc(&INTERNED_STR_VT, StrObject::new(s.into()))
                    .expect("no limit is set");
                self.heap.blocks().set_limit(limit);
                o
            }
        };
        C::on_alloc(self, o);
        self.interned.insert(s.into(), self.incref(o));
        let mut cs = s.chars();
        if matches!(
            (cs.next(), cs.next()),
            (None, _) | (Some('\0'..='\u{ff}'), None)
        ) {
            self.make_static(o);
        }
        o
    }

    /// Give `o` the count CPython 3.11 starts its statically allocated
    /// objects with (`_PyObject_IMMORTAL_INIT`: small ints, `()`, `""`,
    /// `b""`, one-byte bytes and one-character Latin-1 strings), so that
    /// `sys.getrefcount` shows about 10^9 for them, as there.
    pub(crate) fn make_static(&mut self, o: ObjRef) {
        if C::REFCOUNTED {
            o.set_refcnt(o.refcnt() + STATIC_REFS);
        }
    }

    /// Is `o` one of the objects `make_static` made static?
    pub(crate) fn is_static(&self, o: ObjRef) -> bool {
        if let Some(crate::types::scalar::Int::Small(v)) = crate::types::scalar::int_of(o) {
            if (-5..=256).contains(&v) && self.small_ints[(v + 5) as usize] == o {
                return true;
            }
        }
        if o == self.empty_tuple
            || self.byte_strs.contains(&Some(o))
            || self.bool_strs.contains(&Some(o))
        {
            return true;
        }
        let Some(s) = crate::types::str::str_of(o) else {
            return false;
        };
        let mut cs = s.chars();
        match (cs.next(), cs.next()) {
            (None, _) => self.interned.get(s) == Some(&o),
            (Some(c @ '\0'..='\u{ff}'), None) => {
                self.interned.get(s) == Some(&o) || self.chars[c as usize] == Some(o)
            }
            _ => false,
        }
    }

    /// The interned str for `s`, borrowed (the interned table holds it).
    pub fn intern_borrow(&mut self, s: &str) -> ObjRef {
        let o = self.intern(s);
        if C::REFCOUNTED {
            o.dec();
        }
        o
    }
}
