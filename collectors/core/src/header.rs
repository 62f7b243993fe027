//! The object header every heap object starts with, and [`ObjRef`], the
//! handle through which everything else sees an object.
//!
//! ```text
//!  ObjRef ──► +------------------------------+  <- id(obj): the block's address
//!             | refcnt      usize            |  reference count (marksweep: unused)
//!             | vtable      &TypeVTable  ────+──► { name, size, traverse, clear, drop_payload, .. }
//!             | gc_next     *ObjHeader       |  intrusive list of every live object
//!             | gc_prev     *ObjHeader       |  (a collector may keep several lists)
//!             | gc_bits     u64              |  flags (low 16 bits) | gc_refs (high 48)
//!             +------------------------------+  <- payload: HEADER_SIZE bytes in
//!             | payload ...                  |  int / str / list / dict / instance ...
//!             +------------------------------+
//! ```
//!
//! Bits of `gc_bits` and who may use them:
//!
//! | bits   | name        | used by                                          |
//! |--------|-------------|--------------------------------------------------|
//! | 0      | FINALIZED   | vm: `__del__` has run once (PEP 442)             |
//! | 1      | TRACKED     | generational: on a generation list              |
//! | 2      | MARKED      | marksweep: reached in this mark phase            |
//! | 3..=4  | GENERATION  | generational: 0, 1 or 2                          |
//! | 5      | UNREACHABLE | generational: in the unreachable set             |
//! | 6..=15 | reserved    |                                                  |
//! | 16..   | gc_refs     | generational: scratch count during a collection |
//!
//! Invariant: an `ObjRef` always points at the header of a live object on
//! the private heap. An object is freed only when nothing (no root, no other
//! object) refers to it any more, so a handle obtained from a live reference
//! stays valid for as long as that reference is held. Breaking this is a bug
//! in a collector or in the vm's reference counting, which `--verify-heap`
//! exists to catch.

use crate::vtable::TypeVTable;
use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

/// The header at the start of every heap object. See the module docs.
#[repr(C)]
pub struct ObjHeader {
    pub(crate) refcnt: Cell<usize>,
    pub(crate) vtable: &'static TypeVTable,
    pub(crate) gc_next: Cell<*mut ObjHeader>,
    pub(crate) gc_prev: Cell<*mut ObjHeader>,
    pub(crate) gc_bits: Cell<u64>,
}

impl ObjHeader {
    /// A header that is not on the heap, for a sentinel value a vm pushes
    /// where an object may be missing. Its count is high enough never to
    /// reach zero; it is on no list and must never be freed or traced.
    pub fn sentinel(vtable: &'static TypeVTable) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(usize::MAX / 2),
            vtable,
            gc_next: Cell::new(std::ptr::null_mut()),
            gc_prev: Cell::new(std::ptr::null_mut()),
            gc_bits: Cell::new(0),
        }
    }
}

/// Size of the header; the payload starts this many bytes after the address.
pub const HEADER_SIZE: usize = std::mem::size_of::<ObjHeader>();
/// Every payload type must have an alignment of at most this.
pub const MAX_PAYLOAD_ALIGN: usize = 8;
const _: () = assert!(HEADER_SIZE == 40);
const _: () = assert!(std::mem::align_of::<ObjHeader>() == 8);

/// Flag bits of `gc_bits` (see the table in the module docs).
pub mod flags {
    pub const FINALIZED: u64 = 1 << 0;
    pub const TRACKED: u64 = 1 << 1;
    pub const MARKED: u64 = 1 << 2;
    pub const GENERATION_SHIFT: u32 = 3;
    pub const GENERATION_MASK: u64 = 0b11 << GENERATION_SHIFT;
    pub const UNREACHABLE: u64 = 1 << 5;
    pub const FLAG_BITS: u32 = 16;
    pub const FLAG_MASK: u64 = (1 << FLAG_BITS) - 1;
}

/// A handle to a heap object: a raw pointer to its header. `Copy`, and no
/// reference counting of its own: whoever holds an `ObjRef` as an owned
/// reference is responsible for the count (the vm does `incref`/`decref`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjRef(NonNull<ObjHeader>);

impl ObjRef {
    /// # Safety
    /// `ptr` must point at the initialised header of a live heap object.
    pub unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> ObjRef {
        ObjRef(ptr)
    }

    /// The address of the object (`id()` in Python).
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn as_ptr(self) -> *mut ObjHeader {
        self.0.as_ptr()
    }

    #[inline]
    fn header(&self) -> &ObjHeader {
        // SAFETY: by the module invariant an ObjRef points at a live,
        // initialised header; all mutation goes through `Cell`s.
        unsafe { self.0.as_ref() }
    }

    #[inline]
    pub fn vtable(self) -> &'static TypeVTable {
        self.header().vtable
    }

    #[inline]
    pub fn refcnt(self) -> usize {
        self.header().refcnt.get()
    }

    #[inline]
    pub fn set_refcnt(self, n: usize) {
        self.header().refcnt.set(n)
    }

    /// Add one to the count.
    #[inline]
    pub fn inc(self) {
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
    }

    /// Take one from the count and return the new count. Taking from zero
    /// is a refcounting bug and panics in debug builds.
    #[inline]
    pub fn dec(self) -> usize {
        let h = self.header();
        let n = h.refcnt.get();
        debug_assert!(n > 0, "decref of a {} with refcount 0", self.vtable().name);
        let n = n.wrapping_sub(1);
        h.refcnt.set(n);
        n
    }

    #[inline]
    pub fn has_flag(self, flag: u64) -> bool {
        self.header().gc_bits.get() & flag != 0
    }

    #[inline]
    pub fn set_flag(self, flag: u64, on: bool) {
        let h = self.header();
        let bits = h.gc_bits.get();
        h.gc_bits.set(if on { bits | flag } else { bits & !flag });
    }

    /// The generational collector's scratch count.
    #[inline]
    pub fn gc_refs(self) -> u64 {
        self.header().gc_bits.get() >> flags::FLAG_BITS
    }

    #[inline]
    pub fn set_gc_refs(self, n: u64) {
        let h = self.header();
        let bits = h.gc_bits.get() & flags::FLAG_MASK;
        h.gc_bits.set(bits | (n << flags::FLAG_BITS));
    }

    /// A pointer to the payload, `HEADER_SIZE` bytes after the header.
    #[inline]
    pub fn payload_ptr(self) -> *mut u8 {
        // SAFETY: every object block is at least HEADER_SIZE bytes long (the
        // heap allocates header + payload together), so the offset stays
        // inside the block.
        unsafe { (self.0.as_ptr() as *mut u8).add(HEADER_SIZE) }
    }

    pub(crate) fn next(self) -> *mut ObjHeader {
        self.header().gc_next.get()
    }
    pub(crate) fn prev(self) -> *mut ObjHeader {
        self.header().gc_prev.get()
    }
    pub(crate) fn set_next(self, p: *mut ObjHeader) {
        self.header().gc_next.set(p)
    }
    pub(crate) fn set_prev(self, p: *mut ObjHeader) {
        self.header().gc_prev.set(p)
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} at {:#x}>", self.vtable().name, self.addr())
    }
}
