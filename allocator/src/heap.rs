//! The [`Heap`]: the public face of the allocator. Read this file first.
//!
//! It routes each request by size — small ones to a pool of their size class,
//! large ones to `large.rs`, "external" bytes to a counter — enforces the
//! byte limit before anything changes, and keeps the statistics exact. The
//! memory itself is owned by `arena.rs` (small) and `large.rs` (large); the
//! pool lists by `used_pools.rs`. It knows sizes and addresses, never what
//! the blocks hold.
//!
//! Allocating a small block of class `c`:
//! 1. check the limit (fail here and nothing has changed);
//! 2. take the pool at the front of `c`'s used-pool list, or, if there is
//!    none, an empty pool (mapping a new arena if every arena is full);
//! 3. take that pool's most recently freed block, or its next unused one;
//! 4. if the pool is now full, unlink it from the list.
//!
//! Freeing reverses this: the block goes to the head of its pool's free list
//! and the pool to the front of its class's list, so the next allocation of
//! the class gets this very block back (`id()` reuse in Python). A pool whose
//! last block is freed leaves the list and returns to its arena; an arena
//! whose last pool empties is unmapped on the spot.
//!
//! With the hot cache on (`set_hot_cache`, what the object heap uses), a
//! freed small block first waits in `hot.rs`'s per-class cache, and the
//! next allocation of its class takes it from there: the same block as
//! above, for a push and a pop instead of the pool work. The counters
//! treat a cached block as free; its pool still holds it until the cache
//! evicts it (the oldest of a full class goes) or is flushed.

use std::fmt;
use std::ptr::NonNull;

use crate::arena::{ArenaTable, PoolRef};
use crate::hot::HotCache;
use crate::large::LargeObjects;
use crate::poison;
use crate::size_class::{reserved_size, SizeClass};
use crate::stats::{Counters, HeapStats};
use crate::used_pools::UsedPools;
use crate::AllocError;

/// A private heap: pymalloc-style pools for small blocks, the system
/// allocator for large ones, exact statistics and an optional byte limit.
///
/// Reuse guarantee: after `free(p, n)`, the next `alloc` of a size in the
/// same class as `n` (n <= 512) returns `p`, unless that free unmapped
/// `p`'s arena (it held the arena's last live block). With the hot cache
/// on, the promise is per tag: the next `alloc_tagged` of that class with
/// the tag `p` had (a cached block is never unmapped). Large objects carry
/// no such promise: they belong to the system allocator.
///
/// It is single-threaded: every operation takes `&mut self`. It may be moved
/// to another thread (`Send`) but not shared (`!Sync`).
pub struct Heap {
    pub(crate) arenas: ArenaTable,
    pub(crate) used: UsedPools,
    pub(crate) large: LargeObjects,
    pub(crate) counters: Counters,
    limit: Option<usize>,
    /// The pool most recently emptied by a `free` that did not unmap its
    /// arena (CPython's arena `freepools` list is LIFO). Invariant: when
    /// set, the pool is empty and its arena mapped — a `free` that unmaps
    /// its arena resets it, as does one of a block of the pool's class, and
    /// it is taken by the next allocation of its class that needs a pool.
    /// The next allocation of the pool's old class takes this pool back,
    /// warm, so even a freed block that was the last in its pool is the
    /// next one of its class handed out — also when blocks of other
    /// classes were freed in between (a generator's frame after it).
    pub(crate) last_emptied: Option<PoolRef>,
    /// Recently freed small blocks, when `hot_on` (see `hot.rs`): free in
    /// the counters, live in their pools.
    pub(crate) hot: HotCache,
    hot_on: bool,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new(None)
    }
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap")
            .field("limit", &self.limit)
            .field("bytes_in_use", &self.bytes_in_use())
            .field("arenas_mapped", &self.arenas.mapped())
            .finish_non_exhaustive()
    }
}

impl Heap {
    /// An empty heap. `limit` caps `bytes_in_use` (small + large +
    /// external); `None` means unlimited. No memory is mapped until the
    /// first small allocation.
    pub fn new(limit: Option<usize>) -> Heap {
        Heap {
            arenas: ArenaTable::new(),
            used: UsedPools::new(),
            large: LargeObjects::new(),
            counters: Counters::default(),
            limit,
            last_emptied: None,
            hot: HotCache::new(),
            hot_on: false,
        }
    }

    /// Turns the hot cache on or off (off empties it). With it on, a
    /// freed small block waits in the cache for the next allocation of its
    /// class instead of going back to its pool at once: the same block is
    /// reused, the statistics are the same, but a pool (and so an arena)
    /// holding a cached block empties only when the cache is flushed.
    pub fn set_hot_cache(&mut self, on: bool) {
        if !on {
            self.flush_hot();
        }
        self.hot_on = on;
    }

    /// Returns every cached block to its pool (oldest first, so the most
    /// recently freed ends up first in line), unmapping arenas that empty.
    pub fn flush_hot(&mut self) {
        if self.hot.count() == 0 {
            return;
        }
        for (class, _, block) in self.hot.drain() {
            // The counters already count the block as free.
            let class = SizeClass::from_index(class);
            self.counters.small_alloc(class);
            // SAFETY: a cached block is live in its pool and owned by the
            // cache alone (nobody has used it since it was freed).
            unsafe { self.free_small(block, class) };
        }
    }

    /// Changes the limit. Lowering it below the bytes already in use frees
    /// nothing; it only makes further allocations fail until usage drops.
    pub fn set_limit(&mut self, limit: Option<usize>) {
        self.limit = limit;
    }

    pub fn limit(&self) -> Option<usize> {
        self.limit
    }

    /// The size actually reserved for a request of `size` bytes: its size
    /// class's block size, or the request itself for a large object. This is
    /// what `alloc(size)` adds to `bytes_in_use`.
    pub fn block_size(size: usize) -> usize {
        reserved_size(size)
    }

    /// Bytes counted against the limit right now.
    pub fn bytes_in_use(&self) -> usize {
        self.counters.small_bytes + self.large.bytes() + self.counters.external_bytes
    }

    /// Fails unless `extra` more bytes fit under the limit.
    #[inline]
    fn check_limit(&self, extra: usize) -> Result<(), AllocError> {
        let wanted = self.bytes_in_use().checked_add(extra).ok_or(AllocError)?;
        match self.limit {
            Some(limit) if wanted > limit => Err(AllocError),
            _ => Ok(()),
        }
    }

    /// Records a successful allocation of any kind for the statistics.
    #[inline]
    fn note_allocated(&mut self) {
        let in_use = self.bytes_in_use();
        self.counters.note_in_use(in_use);
    }
}

// --- Allocation ------------------------------------------------------------

impl Heap {
    /// A block of at least `size` bytes (a request of 0 is treated as 1),
    /// 16-byte aligned and uninitialised (filled with `0xCB` in debug
    /// builds). Fails, changing nothing, if it would take `bytes_in_use`
    /// over the limit or the OS refuses memory.
    pub fn alloc(&mut self, size: usize) -> Result<NonNull<u8>, AllocError> {
        self.alloc_tagged(size, false)
    }

    /// `alloc`, recording one bit with the block that `for_each_live`
    /// reports back (the object heap marks blocks that start with a
    /// collector head this way).
    #[inline(always)]
    pub fn alloc_tagged(&mut self, size: usize, tagged: bool) -> Result<NonNull<u8>, AllocError> {
        if let Some(class) = SizeClass::for_request(size) {
            if let Some(block) = self.hot.pop(class.index(), tagged) {
                if self.limit.is_some() && self.check_limit(class.block_size()).is_err() {
                    self.hot.push(class.index(), tagged, block);
                    return Err(AllocError);
                }
                // SAFETY: a cached block is a whole block of `class`, live
                // in its pool and owned by the cache alone until now.
                unsafe {
                    poison::check_freed(block, class.block_size());
                    poison::fill(block, class.block_size(), poison::FRESH);
                }
                self.counters.small_alloc(class);
                self.counters.allocations += 1;
                self.note_allocated();
                return Ok(block);
            }
        }
        self.alloc_pooled(size, tagged)
    }

    /// `alloc_tagged` when the hot cache has no block of the class.
    #[inline(never)]
    fn alloc_pooled(&mut self, size: usize, tagged: bool) -> Result<NonNull<u8>, AllocError> {
        let block = match SizeClass::for_request(size) {
            Some(class) => self.alloc_small(class, tagged)?,
            None => {
                self.check_limit(size)?;
                self.large.alloc(size, tagged)?
            }
        };
        self.counters.allocations += 1;
        self.note_allocated();
        Ok(block)
    }

    #[inline]
    fn alloc_small(&mut self, class: SizeClass, tagged: bool) -> Result<NonNull<u8>, AllocError> {
        // (A small block cannot overflow the count: without a limit there
        // is nothing to check.)
        if self.limit.is_some() {
            self.check_limit(class.block_size())?;
        }
        let r = match (self.last_emptied, self.used.head(class)) {
            (None, Some(r)) => r,
            _ => self.pool_for(class)?,
        };
        let block = self.arenas.take_block(r, tagged);
        if !self.arenas.pool(r).has_free_block() {
            self.used.unlink(&mut self.arenas, class, r);
        }
        self.counters.small_alloc(class);
        Ok(block)
    }

    /// The pool the next block of `class` comes from. Normally the front of
    /// the class's list; but if the last `free` emptied a pool of this class,
    /// that pool, so that its freed block is the one reused.
    #[cold]
    #[inline(never)]
    fn pool_for(&mut self, class: SizeClass) -> Result<PoolRef, AllocError> {
        let warm = self
            .last_emptied
            .is_some_and(|r| self.arenas.pool(r).is_warm_for(class));
        match self.used.head(class) {
            Some(r) if !warm => Ok(r),
            _ => self.acquire_pool(class),
        }
    }

    /// Gives `class` a new pool — the last emptied one if there is one,
    /// else the arena table's choice — and puts it at the front of the
    /// class's list. Fails, changing nothing, if a new arena is needed and
    /// the OS refuses it.
    #[cold]
    #[inline(never)]
    fn acquire_pool(&mut self, class: SizeClass) -> Result<PoolRef, AllocError> {
        // The warm pool is kept for its own class: another class takes
        // one from the arena table (which may pick the warm pool itself).
        let warm = self
            .last_emptied
            .filter(|&r| self.arenas.pool(r).is_warm_for(class));
        let r = match warm {
            Some(r) => {
                self.last_emptied = None;
                self.arenas.take_pool_at(r);
                r
            }
            None => {
                let r = self.arenas.take_pool()?;
                if self.last_emptied == Some(r) {
                    self.last_emptied = None;
                }
                r
            }
        };
        self.arenas.pool_mut(r).assign(class);
        self.used.push_front(&mut self.arenas, class, r);
        self.counters.classes[class.index()].pools += 1;
        Ok(r)
    }
}

// --- Freeing ---------------------------------------------------------------

impl Heap {
    /// Returns a block to the heap. In debug builds it is filled with `0xDB`.
    ///
    /// Panics, before changing anything, if `ptr` is not a live block of
    /// this heap with this size's class (a double free or a foreign or
    /// misaligned pointer); this check is cheap, so it is always on.
    ///
    /// # Safety
    /// `ptr` came from `alloc(size)` on this heap with the same `size` and
    /// has not been freed; nobody uses it after this call.
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        if let (true, Some(class)) = (self.hot_on, SizeClass::for_request(size)) {
            let r = self.arenas.locate(ptr);
            let r = r.unwrap_or_else(|| panic!("free of {ptr:p}: not in any arena of this heap"));
            assert_eq!(
                self.arenas.pool(r).class(),
                Some(class),
                "free of {ptr:p} with the wrong size"
            );
            let (live, tagged) = self.arenas.block_state(r, ptr);
            assert!(
                live && !self.hot.holds(class.index(), tagged, ptr),
                "free of {ptr:p}: not a live block of this heap (double free?)"
            );
            // SAFETY: forwarded from this function's contract; the tag is
            // the block's own.
            unsafe { self.free_tagged(ptr, size, tagged) };
            return;
        }
        // SAFETY: forwarded from this function's contract.
        unsafe { self.free_pooled(ptr, size) }
    }

    /// `free` of a block allocated with `alloc_tagged(size, tagged)`: the
    /// caller knows its tag, so with the hot cache on the block goes to
    /// the cache without a look at its pool. (Debug builds still check
    /// that it is a live block of that tag and not cached already; release
    /// builds catch a double free only when the block reaches its pool.)
    ///
    /// # Safety
    /// As for `free`, and `tagged` is what the block was allocated with.
    #[inline(always)]
    pub unsafe fn free_tagged(&mut self, ptr: NonNull<u8>, size: usize, tagged: bool) {
        let class = match SizeClass::for_request(size) {
            Some(class) if self.hot_on => class,
            // SAFETY: forwarded from this function's contract.
            _ => return unsafe { self.free_pooled(ptr, size) },
        };
        if cfg!(debug_assertions) {
            let r = self
                .arenas
                .locate(ptr)
                .expect("a freed block lies in an arena");
            assert_eq!(
                self.arenas.block_state(r, ptr),
                (true, tagged),
                "free of {ptr:p}: not a live block of this tag"
            );
            assert_eq!(
                self.arenas.pool(r).class(),
                Some(class),
                "free of {ptr:p} with the wrong size"
            );
            assert!(
                !self.hot.holds(class.index(), tagged, ptr),
                "free of {ptr:p}: freed twice"
            );
        }
        // SAFETY: the caller gives up the block (this function's contract),
        // a whole block of `class`.
        unsafe { poison::fill(ptr, class.block_size(), poison::FREED) };
        self.counters.small_free(class);
        self.counters.frees += 1;
        if let Some(oldest) = self.hot.push(class.index(), tagged, ptr) {
            self.evict(oldest, class);
        }
    }

    /// Sends `block`, pushed out of a full ring of the hot cache, home to
    /// its pool (the counters already count it as free).
    #[cold]
    #[inline(never)]
    fn evict(&mut self, block: NonNull<u8>, class: SizeClass) {
        self.counters.small_alloc(class);
        // SAFETY: a cached block is live in its pool and owned by the cache
        // alone.
        unsafe { self.free_small(block, class) };
    }

    /// `free` straight to the block's pool.
    ///
    /// # Safety
    /// As for `free`.
    unsafe fn free_pooled(&mut self, ptr: NonNull<u8>, size: usize) {
        match SizeClass::for_request(size) {
            // SAFETY: forwarded from this function's contract.
            Some(class) => unsafe { self.free_small(ptr, class) },
            // SAFETY: forwarded from this function's contract.
            None => unsafe { self.large.free(ptr, size) },
        }
        self.counters.frees += 1;
    }

    /// # Safety
    /// As for `free`.
    #[inline]
    unsafe fn free_small(&mut self, ptr: NonNull<u8>, class: SizeClass) {
        let r = self.arenas.locate(ptr);
        let r = r.unwrap_or_else(|| panic!("free of {ptr:p}: not in any arena of this heap"));
        let pool = self.arenas.pool(r);
        assert_eq!(
            pool.class(),
            Some(class),
            "free of {ptr:p} with the wrong size"
        );
        let was_full = !pool.has_free_block();
        // SAFETY: the caller gives up `ptr` (this function's contract), and
        // `locate` found it inside pool `r`; `return_block` checks that it is
        // a live block there before touching it.
        unsafe { self.arenas.return_block(r, ptr) };
        self.counters.small_free(class);
        // A block of the warm pool's class freed elsewhere is the most
        // recent one of its class: it goes out next, not the warm pool.
        if let Some(l) = self.last_emptied {
            if self.arenas.pool(l).is_warm_for(class) {
                self.last_emptied = None;
            }
        }
        if self.arenas.pool(r).is_empty() {
            self.retire_pool(class, r, was_full);
        } else if was_full {
            self.used.push_front(&mut self.arenas, class, r);
        } else {
            self.used.move_to_front(&mut self.arenas, class, r);
        }
    }

    /// Takes the just-emptied pool `r` off `class`'s list and gives it back
    /// to its arena, which may unmap.
    #[cold]
    #[inline(never)]
    fn retire_pool(&mut self, class: SizeClass, r: PoolRef, was_full: bool) {
        // A pool that was full was not on the list (only a one-block pool
        // can go from full to empty in one free; none exists today).
        if !was_full {
            self.used.unlink(&mut self.arenas, class, r);
        }
        self.counters.classes[class.index()].pools -= 1;
        if !self.arenas.release_pool(r) {
            self.last_emptied = Some(r);
        } else if self.last_emptied.is_some_and(|l| l.arena == r.arena) {
            // (Its arena is gone.)
            self.last_emptied = None;
        }
    }
}

// --- Walking ---------------------------------------------------------------

impl Heap {
    /// Calls `f` with every live block (small blocks in arena and address
    /// order, then large ones) and whether it was allocated tagged. The
    /// heap cannot change during the walk.
    pub fn for_each_live(&self, mut f: impl FnMut(NonNull<u8>, bool)) {
        if self.hot.count() == 0 {
            self.arenas.for_each_live_block(&mut f);
        } else {
            // Cached blocks are live in their pools but free to the caller.
            let mut cached: Vec<NonNull<u8>> = self.hot.blocks().map(|(_, _, b)| b).collect();
            cached.sort_unstable();
            self.arenas.for_each_live_block(&mut |b, tagged| {
                if cached.binary_search(&b).is_err() {
                    f(b, tagged)
                }
            });
        }
        self.large.for_each_live(&mut f);
    }
}

// --- External bytes --------------------------------------------------------

impl Heap {
    /// Counts `bytes` allocated elsewhere on behalf of objects (e.g. a list's
    /// item buffer) in the statistics and against the limit. Fails, changing
    /// nothing, if that would exceed the limit.
    pub fn reserve_external(&mut self, bytes: usize) -> Result<(), AllocError> {
        self.check_limit(bytes)?;
        self.counters.external_bytes += bytes;
        self.note_allocated();
        Ok(())
    }

    /// Stops counting `bytes` reserved with `reserve_external`. Panics if
    /// more is released than is reserved: the accounting would be wrong.
    pub fn release_external(&mut self, bytes: usize) {
        let external = &mut self.counters.external_bytes;
        assert!(
            bytes <= *external,
            "release_external({bytes}) with only {external} bytes reserved"
        );
        *external -= bytes;
    }
}

// --- Statistics ------------------------------------------------------------

impl Heap {
    /// A snapshot of the statistics, exact as of this call.
    pub fn stats(&self) -> HeapStats {
        let c = &self.counters;
        HeapStats {
            bytes_in_use: self.bytes_in_use(),
            peak_bytes: c.peak_bytes,
            blocks_in_use: c.blocks_in_use,
            small_bytes: c.small_bytes,
            large_bytes: self.large.bytes(),
            large_objects: self.large.count(),
            external_bytes: c.external_bytes,
            arenas_mapped: self.arenas.mapped(),
            arenas_peak: self.arenas.peak(),
            arenas_freed: self.arenas.freed(),
            allocations: c.allocations,
            frees: c.frees,
            size_classes: c.size_classes(),
        }
    }

    /// Writes a report in the spirit of CPython's `sys._debugmallocstats()`:
    /// one row per size class in use (class index, block size, pools, blocks
    /// in use, free blocks), then totals (arenas mapped / highwater / freed,
    /// bytes in use, large objects, external bytes, peak) and the limit.
    pub fn write_debug_stats(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.stats().write_report(out)?;
        match self.limit {
            Some(limit) => writeln!(out, "# {:<28} = {limit:>16}", "limit"),
            None => writeln!(out, "# {:<28} = {:>16}", "limit", "none"),
        }
    }
}
