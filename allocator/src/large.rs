//! Large objects: requests over 512 bytes, served by the system allocator.
//!
//! Pools would waste too much on big blocks, so, as in CPython, these go to
//! the global allocator (`std::alloc`, 16-byte aligned). They are still the
//! heap's: each live one is recorded here, so statistics stay exact, `free`
//! can check that a pointer really is a live large object of this heap, and
//! dropping the heap releases any still live. The heap decides when to call
//! in here and does the limit check first.

use std::alloc::{self, Layout};
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::poison;
use crate::size_class::{ALIGNMENT, SMALL_REQUEST_THRESHOLD};
use crate::AllocError;

/// One live large object, keyed in the table by its address.
struct LargeBlock {
    ptr: NonNull<u8>,
    size: usize,
    tagged: bool,
}

pub struct LargeObjects {
    live: HashMap<usize, LargeBlock>,
    bytes: usize,
}

// SAFETY: `LargeObjects` exclusively owns the blocks it records (they came
// from the global allocator, which any thread may free to) and holds no
// thread-local state, so moving it to another thread is sound.
unsafe impl Send for LargeObjects {}

fn layout(size: usize) -> Result<Layout, AllocError> {
    Layout::from_size_align(size, ALIGNMENT).map_err(|_| AllocError)
}

impl LargeObjects {
    pub fn new() -> LargeObjects {
        LargeObjects {
            live: HashMap::new(),
            bytes: 0,
        }
    }

    /// Live large objects.
    pub fn count(&self) -> usize {
        self.live.len()
    }

    /// Total bytes of live large objects (as requested: no rounding).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Allocates `size` bytes (`size` > 512). Fails, changing nothing, if
    /// the size cannot be laid out or the system allocator refuses.
    pub fn alloc(&mut self, size: usize, tagged: bool) -> Result<NonNull<u8>, AllocError> {
        debug_assert!(size > SMALL_REQUEST_THRESHOLD);
        let layout = layout(size)?;
        // SAFETY: `layout` has non-zero size: large requests exceed 512.
        let ptr = NonNull::new(unsafe { alloc::alloc(layout) }).ok_or(AllocError)?;
        // SAFETY: the system allocator just gave us these `size` bytes.
        unsafe { poison::fill(ptr, size, poison::FRESH) };
        self.live
            .insert(ptr.addr().get(), LargeBlock { ptr, size, tagged });
        self.bytes += size;
        Ok(ptr)
    }

    /// Frees the large object at `ptr`. Panics, changing nothing, if `ptr`
    /// is not a live large object of this heap or was allocated with a
    /// different size.
    ///
    /// # Safety
    /// The caller must no longer use the block.
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        let addr = ptr.addr().get();
        let recorded = self.live.get(&addr).map(|block| block.size);
        assert!(
            recorded.is_some(),
            "free of {ptr:p}: not a live large object of this heap"
        );
        assert_eq!(recorded, Some(size), "free of {ptr:p} with the wrong size");
        let block = self.live.remove(&addr).expect("checked above");
        self.bytes -= size;
        // SAFETY: `block` was recorded by `alloc` with this size, so it is a
        // live allocation of `layout(size)`, and the caller has given it up.
        unsafe { release(block) };
    }

    /// Calls `f` with every live large object and whether it is tagged
    /// (in no particular order).
    pub fn for_each_live(&self, f: &mut dyn FnMut(NonNull<u8>, bool)) {
        for block in self.live.values() {
            f(block.ptr, block.tagged);
        }
    }

    /// Checks the byte total against the recorded blocks.
    pub fn verify(&self) {
        let sum: usize = self.live.values().map(|block| block.size).sum();
        assert_eq!(sum, self.bytes, "large-object bytes drifted");
    }
}

/// Poisons and deallocates one recorded block.
///
/// # Safety
/// `block` must be a live allocation made by `LargeObjects::alloc` that no
/// one uses any more.
unsafe fn release(block: LargeBlock) {
    let layout = layout(block.size).expect("laid out when allocated");
    // SAFETY: per this function's contract the block is live, `size` bytes
    // long, allocated with exactly `layout`, and unused by anyone else.
    unsafe {
        poison::fill(block.ptr, block.size, poison::FREED);
        alloc::dealloc(block.ptr.as_ptr(), layout);
    }
}

impl Drop for LargeObjects {
    fn drop(&mut self) {
        for (_, block) in self.live.drain() {
            // SAFETY: every recorded block is a live allocation from `alloc`;
            // dropping the heap ends the lifetime of everything it handed out.
            unsafe { release(block) };
        }
    }
}
