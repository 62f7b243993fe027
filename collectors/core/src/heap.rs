//! The object heap: allocates objects (header + payload) on the private
//! heap, keeps every live object on one intrusive list so verifiers and
//! collectors can walk them, and frees them.
//!
//! Who calls it: the vm allocates through it; collectors free through it.
//! It knows object sizes and headers, never Python types.

use crate::header::{ObjHeader, ObjRef, HEADER_SIZE, MAX_PAYLOAD_ALIGN};
use crate::vtable::TypeVTable;
pub use ouro_allocator::{AllocError, HeapStats};
use std::cell::Cell;
use std::ptr::{self, NonNull};

/// Counters kept by the object heap itself (the allocator keeps bytes).
#[derive(Debug, Clone, Copy, Default)]
pub struct ObjectStats {
    pub allocated: u64,
    pub freed: u64,
    pub live: usize,
    pub peak_live: usize,
}

/// The private heap seen as a set of objects.
///
/// Invariant: `head` starts a doubly-linked list (through `gc_next` /
/// `gc_prev`) of exactly the live objects; `stats.live` is its length.
pub struct Heap {
    blocks: ouro_allocator::Heap,
    head: *mut ObjHeader,
    stats: ObjectStats,
}

impl Heap {
    pub fn new(limit: Option<usize>) -> Heap {
        Heap {
            blocks: ouro_allocator::Heap::new(limit),
            head: ptr::null_mut(),
            stats: ObjectStats::default(),
        }
    }

    /// Allocate an object with refcount 1 (the caller's reference) and link
    /// it on the live list. Fails cleanly when the byte limit would be
    /// exceeded (dropping the payload); see `try_alloc` to get it back.
    pub fn alloc<T>(
        &mut self,
        vtable: &'static TypeVTable,
        payload: T,
    ) -> Result<ObjRef, AllocError> {
        self.try_alloc(vtable, payload).map_err(|_| AllocError)
    }

    /// `alloc`, handing the payload back when the limit would be exceeded,
    /// so that the caller can release what it owns (the vm turns the
    /// failure into `MemoryError`).
    pub fn try_alloc<T>(&mut self, vtable: &'static TypeVTable, payload: T) -> Result<ObjRef, T> {
        const { assert!(std::mem::align_of::<T>() <= MAX_PAYLOAD_ALIGN) };
        let size = HEADER_SIZE + std::mem::size_of::<T>();
        let Ok(block) = self.blocks.alloc(size) else {
            return Err(payload);
        };
        let header = block.cast::<ObjHeader>();
        // SAFETY: `block` is a fresh, 16-aligned block of at least `size`
        // bytes owned by nobody else, so writing the header and the payload
        // (at HEADER_SIZE, aligned since HEADER_SIZE is a multiple of 8 and
        // T's alignment is at most 8) stays inside it.
        unsafe {
            header.as_ptr().write(ObjHeader {
                refcnt: Cell::new(1),
                vtable,
                gc_next: Cell::new(ptr::null_mut()),
                gc_prev: Cell::new(ptr::null_mut()),
                gc_bits: Cell::new(0),
            });
            (block.as_ptr().add(HEADER_SIZE) as *mut T).write(payload);
        }
        // SAFETY: the header was initialised just above.
        let obj = unsafe { ObjRef::from_raw(header) };
        let external = (vtable.accounted_bytes)(obj);
        if external > 0 && self.blocks.reserve_external(external).is_err() {
            // SAFETY: the object was never linked or handed out: its payload
            // is moved out exactly once and its block returned with the size
            // it was allocated with.
            let payload = unsafe {
                let payload = (block.as_ptr().add(HEADER_SIZE) as *const T).read();
                self.blocks.free(block, size);
                payload
            };
            return Err(payload);
        }
        self.link(obj);
        self.stats.allocated += 1;
        self.stats.live += 1;
        self.stats.peak_live = self.stats.peak_live.max(self.stats.live);
        Ok(obj)
    }

    /// Unlink `obj`, drop its payload's resources and return its block.
    ///
    /// # Safety
    /// `obj` must be live, unreachable (no root or object refers to it) and
    /// already `clear`ed; it must never be used again.
    pub unsafe fn free(&mut self, obj: ObjRef) {
        self.unlink(obj);
        let vt = obj.vtable();
        let size = (vt.size)(obj);
        self.blocks.release_external((vt.accounted_bytes)(obj));
        // SAFETY: the caller guarantees `obj` is unreachable and unused
        // from now on, which is `drop_payload`'s contract.
        unsafe { (vt.drop_payload)(obj) };
        if cfg!(debug_assertions) {
            // A freed object keeps a refcount that no live object can have,
            // so a stale handle trips the `dec` assertion quickly.
            obj.set_refcnt(0);
        }
        let block = NonNull::new(obj.as_ptr() as *mut u8).expect("object address is never null");
        // SAFETY: `block` came from `self.blocks.alloc(size)` in `alloc`
        // (the vtable's size is the size it was allocated with) and is
        // freed only here, once.
        unsafe { self.blocks.free(block, size) };
        self.stats.freed += 1;
        self.stats.live -= 1;
    }

    fn link(&mut self, obj: ObjRef) {
        obj.set_prev(ptr::null_mut());
        obj.set_next(self.head);
        if let Some(old) = NonNull::new(self.head) {
            // SAFETY: `head` is a live object by the list invariant.
            unsafe { ObjRef::from_raw(old) }.set_prev(obj.as_ptr());
        }
        self.head = obj.as_ptr();
    }

    fn unlink(&mut self, obj: ObjRef) {
        let (prev, next) = (obj.prev(), obj.next());
        match NonNull::new(prev) {
            // SAFETY: list neighbours of a live object are live objects.
            Some(p) => unsafe { ObjRef::from_raw(p) }.set_next(next),
            None => self.head = next,
        }
        if let Some(n) = NonNull::new(next) {
            // SAFETY: as above.
            unsafe { ObjRef::from_raw(n) }.set_prev(prev);
        }
    }

    /// Every live object, newest first. `f` must not free objects.
    pub fn for_each(&self, mut f: impl FnMut(ObjRef)) {
        let mut cur = self.head;
        while let Some(p) = NonNull::new(cur) {
            // SAFETY: every list entry is a live object (list invariant).
            let obj = unsafe { ObjRef::from_raw(p) };
            cur = obj.next();
            f(obj);
        }
    }

    /// All live objects, oldest first (a snapshot; safe to free while
    /// iterating over it).
    pub fn objects_oldest_first(&self) -> Vec<ObjRef> {
        let mut v = Vec::with_capacity(self.stats.live);
        self.for_each(|o| v.push(o));
        v.reverse();
        v
    }

    /// Change the external bytes counted for an object from `old` to `new`
    /// (its buffer grew or shrank). Growing past the limit fails and changes
    /// nothing.
    pub fn account(&mut self, old: usize, new: usize) -> Result<(), AllocError> {
        if new > old {
            self.blocks.reserve_external(new - old)
        } else {
            self.blocks.release_external(old - new);
            Ok(())
        }
    }

    /// Count `bytes` more even past the limit: for a buffer that already
    /// grew (the caller then raises MemoryError). Keeps the accounting
    /// exact so that freeing the object releases what was counted.
    pub fn account_forced(&mut self, bytes: usize) {
        let limit = self.blocks.limit();
        self.blocks.set_limit(None);
        self.blocks
            .reserve_external(bytes)
            .expect("no limit is set");
        self.blocks.set_limit(limit);
    }

    pub fn object_stats(&self) -> ObjectStats {
        self.stats
    }

    pub fn block_stats(&self) -> HeapStats {
        self.blocks.stats()
    }

    pub fn blocks(&mut self) -> &mut ouro_allocator::Heap {
        &mut self.blocks
    }

    pub fn blocks_ref(&self) -> &ouro_allocator::Heap {
        &self.blocks
    }
}
