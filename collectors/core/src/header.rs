//! The object header every heap object starts with, the collector head in
//! front of containers, and [`ObjRef`], the handle through which everything
//! else sees an object.
//!
//! The layout follows CPython's split between `PyObject` and `PyGC_Head`:
//! every object pays for its count and its type (16 bytes); only objects
//! that can hold references (`TypeVTable::is_container`) also carry a
//! 16-byte collector head, placed *in front of* the object so that the
//! payload is always 16 bytes after the object's address.
//!
//! ```text
//!  a container's block                      an atom's block
//!  +------------------------------+
//!  | next   usize  (GcHead)       |  collector list link | UNREACHABLE bit
//!  | prev   usize                 |  list link | COLLECTING | FINALIZED
//!  +------------------------------+  <- ObjRef, id(obj) -> +-----------------+
//!  | refcnt      usize            |                        | refcnt   usize  |
//!  | vtable      &TypeVTable  ----+--> { name, size, ..}   | vtable   &VT    |
//!  +------------------------------+  <- payload            +-----------------+
//!  | payload ...                  |                        | payload ...     |
//!  +------------------------------+                        +-----------------+
//! ```
//!
//! The words of the head and who may use them (CPython's encoding):
//!
//! | word | bits  | meaning                                                   |
//! |------|-------|-----------------------------------------------------------|
//! | next | 0     | UNREACHABLE: in a collection's unreachable set            |
//! | next | 1..   | the next head on a collector list; 0 = untracked          |
//! | prev | 0     | FINALIZED: `__del__` has run once (PEP 442)               |
//! | prev | 1     | COLLECTING: in the generation being collected             |
//! | prev | 2..   | the previous head, or `gc_refs << 2` during a collection  |
//!
//! An atom has no head: it can be on no list and has no finalizer. The
//! `refcnt` word is the reference count under refcounting collectors; a
//! collector that keeps no counts may use it as its mark word. Every block
//! is 16-aligned, so a head's address has its four low bits clear.
//!
//! The object heap finds every live object by walking the allocator's
//! pools: each block is tagged when allocated with a head, which tells
//! where in the block the object starts.
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
}

impl ObjHeader {
    /// A header that is not on the heap, for a sentinel value a vm pushes
    /// where an object may be missing. Its count is high enough never to
    /// reach zero; its vtable must be an atom's, so it has no head; it
    /// must never be freed or traced.
    pub fn sentinel(vtable: &'static TypeVTable) -> ObjHeader {
        assert!(!vtable.is_container, "a sentinel has no collector head");
        ObjHeader {
            refcnt: Cell::new(usize::MAX / 2),
            vtable,
        }
    }
}

/// The collector head in front of a container (CPython's `PyGC_Head`), or
/// the sentinel of a collector list. Its two words are encoded as the
/// module docs say; `gclist` is the one module that follows the links.
#[repr(C)]
#[derive(Default)]
pub struct GcHead {
    pub(crate) next: Cell<usize>,
    pub(crate) prev: Cell<usize>,
}

/// Size of the header; the payload starts this many bytes after the address.
pub const HEADER_SIZE: usize = std::mem::size_of::<ObjHeader>();
/// Size of the collector head in front of a container.
pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();
/// Every payload type must have an alignment of at most this.
pub const MAX_PAYLOAD_ALIGN: usize = 8;
const _: () = assert!(HEADER_SIZE == 16);
const _: () = assert!(GC_HEAD_SIZE == 16);
const _: () = assert!(std::mem::align_of::<ObjHeader>() == 8);

/// Bits of the head's words (see the table in the module docs).
pub mod flags {
    /// In `next`: the object is in a collection's unreachable set.
    pub const NEXT_UNREACHABLE: usize = 1;
    /// In `prev`: `__del__` has run.
    pub const FINALIZED: usize = 1;
    /// In `prev`: the object belongs to the generation being collected.
    pub const COLLECTING: usize = 2;
    /// Low bits of `prev` that are flags, not link or count.
    pub const PREV_FLAGS: usize = FINALIZED | COLLECTING;
    /// `gc_refs` is stored shifted left by this much in `prev`.
    pub const REFS_SHIFT: u32 = 2;
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

    /// The handle as a word, for compact tables that keep handles among
    /// integers (a dict's keys object). Its provenance is exposed, so that
    /// `from_word` may make the handle again.
    #[inline]
    pub fn to_word(self) -> u64 {
        self.0.as_ptr().expose_provenance() as u64
    }

    /// The handle `to_word` made a word of.
    ///
    /// # Safety
    /// `w` must come from `to_word` of an object that is still alive.
    #[inline]
    pub unsafe fn from_word(w: u64) -> ObjRef {
        let ptr = std::ptr::with_exposed_provenance_mut::<ObjHeader>(w as usize);
        // SAFETY: the caller guarantees `w` came from a live object's
        // handle, which is never null.
        ObjRef(unsafe { NonNull::new_unchecked(ptr) })
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

    /// The object's address as a block pointer (never null).
    #[inline]
    pub fn as_block(self) -> NonNull<u8> {
        self.0.cast()
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

    /// Is this a container, with a collector head in front?
    #[inline]
    pub fn is_container(self) -> bool {
        self.vtable().is_container
    }

    /// The collector head of a container.
    #[inline]
    pub fn gc_head(&self) -> &GcHead {
        debug_assert!(self.is_container(), "{self:?} has no collector head");
        // SAFETY: a container's block starts with its GcHead, GC_HEAD_SIZE
        // bytes before the object (the heap allocates them together), and
        // lives as long as the object; all mutation goes through `Cell`s.
        unsafe { &*(self.0.as_ptr() as *const GcHead).sub(1) }
    }

    /// Has this object's `__del__` run? (Always false for an atom, which
    /// has none.)
    #[inline]
    pub fn is_finalized(self) -> bool {
        self.is_container() && self.gc_head().prev.get() & flags::FINALIZED != 0
    }

    /// Record that `__del__` has run (or, with false, forget it). Only a
    /// container can have a finalizer.
    #[inline]
    pub fn set_finalized(self, on: bool) {
        let prev = &self.gc_head().prev;
        let bits = prev.get() & !flags::FINALIZED;
        prev.set(bits | if on { flags::FINALIZED } else { 0 });
    }

    /// Is this container on a collector list?
    #[inline]
    pub fn is_tracked(self) -> bool {
        self.is_container() && self.gc_head().next.get() != 0
    }

    /// A pointer to the payload, `HEADER_SIZE` bytes after the header.
    #[inline]
    pub fn payload_ptr(self) -> *mut u8 {
        // SAFETY: every object block is at least HEADER_SIZE bytes long (the
        // heap allocates header + payload together), so the offset stays
        // inside the block.
        unsafe { (self.0.as_ptr() as *mut u8).add(HEADER_SIZE) }
    }

    /// The object whose head is at `head`.
    ///
    /// # Safety
    /// `head` must be the collector head of a live container.
    pub(crate) unsafe fn from_head(head: NonNull<GcHead>) -> ObjRef {
        // SAFETY: the object starts right after its head (caller's
        // contract), so the address is in the same block and non-null.
        ObjRef(unsafe { head.add(1).cast() })
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} at {:#x}>", self.vtable().name, self.addr())
    }
}
