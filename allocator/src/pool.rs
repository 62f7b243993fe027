//! One pool: a 16 KiB, 16 KiB-aligned slice of an arena serving blocks of a
//! single size class.
//!
//! This module owns the block bookkeeping inside one pool — the bump offset,
//! the free list threaded through freed blocks, and the live-block bitmap —
//! and the few raw reads and writes of block memory that the free list
//! needs. It does not own the memory: the arena does, and passes the pool's
//! base address into the `unsafe fn`s here. Which pools exist, and which are
//! on the heap's per-class lists, is decided in `arena.rs` and
//! `used_pools.rs`.
//!
//! ```text
//!  base                                              base + POOL_SIZE
//!  | block | block | block | block | block |  never used  | tail |
//!  |<------------- bump ------------------>|
//!     live    free    live    free    live
//!              |_______________^ |
//!   free_head -------------------^   (each free block's first 4 bytes hold
//!                                      the offset of the next, or NO_BLOCK)
//! ```

use std::ptr::NonNull;

use crate::arena::PoolRef;
use crate::poison;
use crate::size_class::{SizeClass, ALIGNMENT};

/// Bytes per pool. A pool is the unit an arena hands to a size class.
pub const POOL_SIZE: usize = 16 * 1024;

/// `log2(POOL_SIZE)`: an address shifted right by this names its pool.
pub const POOL_SHIFT: u32 = POOL_SIZE.trailing_zeros();

/// Granules (16-byte units) per pool; every block starts on one.
const GRANULES: usize = POOL_SIZE / ALIGNMENT;

/// The free-list terminator, and `free_head` when the list is empty.
const NO_BLOCK: u32 = u32::MAX;

/// Bytes at the start of a free block used for the link to the next one.
const LINK_SIZE: usize = size_of::<u32>();

const _: () = assert!(POOL_SIZE.is_power_of_two());
const _: () = assert!(
    LINK_SIZE <= ALIGNMENT,
    "a link must fit in the smallest block"
);

/// Which granules of a pool begin a live block (bit `offset / 16`).
///
/// Indexing by granule rather than block number avoids a division by the
/// block size on every free, and it lets `free` check exactly that the
/// pointer is the start of a block that is currently handed out.
#[derive(Clone, PartialEq, Eq)]
struct LiveMap([u64; GRANULES / 64]);

impl LiveMap {
    const EMPTY: LiveMap = LiveMap([0; GRANULES / 64]);

    #[inline]
    fn get(&self, offset: u32) -> bool {
        let granule = offset as usize / ALIGNMENT;
        self.0[granule / 64] & (1 << (granule % 64)) != 0
    }

    #[inline]
    fn set(&mut self, offset: u32, live: bool) {
        let granule = offset as usize / ALIGNMENT;
        let bit = 1 << (granule % 64);
        if live {
            self.0[granule / 64] |= bit;
        } else {
            self.0[granule / 64] &= !bit;
        }
    }

    fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// Metadata for one pool, kept beside the arena rather than inside the pool
/// so that blocks start at the pool's first byte and a stray write into a
/// block can never clobber bookkeeping.
///
/// Invariants (checked by `Heap::verify`):
/// - `in_use` equals the number of bits set in `live`.
/// - The blocks at offsets `0, s, 2s, ..` below `bump` (s = block size) have
///   each been handed out at least once; each is either live or on the free
///   list, never both and never twice.
/// - Bytes from `bump` to the end of the pool have not been handed out
///   since the pool was last assigned a class.
/// - An empty pool (`in_use == 0`) may keep its class, bump and free list:
///   if it is assigned the same class again they are reused as they are
///   ("warm"), as CPython does.
#[derive(Clone)]
pub struct Pool {
    /// The class served while in use, or last served while empty; `None`
    /// if the pool has never been used.
    class: Option<SizeClass>,
    /// `class`'s block size, or 0 with no class (read on every block
    /// handed out or taken back, without unwrapping `class`).
    size: u32,
    /// Blocks currently handed out.
    in_use: u32,
    /// Offset of the first never-used block.
    bump: u32,
    /// Offset of the most recently freed block, or `NO_BLOCK`.
    free_head: u32,
    /// Neighbours in the heap's list of pools of this class with a free
    /// block (`used_pools.rs` owns these links).
    pub prev: Option<PoolRef>,
    pub next: Option<PoolRef>,
    live: LiveMap,
    /// Which live blocks were allocated tagged (a subset of `live`).
    tagged: LiveMap,
}

impl Pool {
    /// A pool that has never served any class.
    pub const UNUSED: Pool = Pool {
        class: None,
        size: 0,
        in_use: 0,
        bump: 0,
        free_head: NO_BLOCK,
        prev: None,
        next: None,
        live: LiveMap::EMPTY,
        tagged: LiveMap::EMPTY,
    };

    /// The class this pool serves (in use) or last served (empty).
    pub fn class(&self) -> Option<SizeClass> {
        self.class
    }

    /// Blocks currently handed out from this pool.
    pub fn in_use(&self) -> usize {
        self.in_use as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.in_use == 0
    }

    /// Whether an empty pool still holds a free list for `class`, so that
    /// assigning it `class` again reuses its blocks in LIFO order.
    pub fn is_warm_for(&self, class: SizeClass) -> bool {
        self.is_empty() && self.class == Some(class)
    }

    /// Whether `take_block` would succeed.
    #[inline]
    pub fn has_free_block(&self) -> bool {
        self.free_head != NO_BLOCK
            || (self.size != 0 && self.bump as usize + self.size as usize <= POOL_SIZE)
    }

    /// Whether a live block starts at `offset`.
    #[inline]
    pub fn is_live(&self, offset: usize) -> bool {
        offset < POOL_SIZE && self.live.get(offset as u32)
    }

    /// Whether the live block at `offset` was allocated tagged.
    #[inline]
    pub fn is_tagged(&self, offset: usize) -> bool {
        offset < POOL_SIZE && self.tagged.get(offset as u32)
    }

    /// Makes an empty pool serve `class`. A pool that last served the same
    /// class keeps its free list, so its most recently freed block is the
    /// next one handed out.
    pub fn assign(&mut self, class: SizeClass) {
        debug_assert!(self.is_empty(), "assigning a pool that has live blocks");
        if self.class != Some(class) {
            *self = Pool {
                class: Some(class),
                size: class.block_size() as u32,
                ..Pool::UNUSED
            };
        }
    }

    #[inline]
    fn block_size(&self) -> usize {
        debug_assert!(self.class.is_some(), "pool serves no size class");
        self.size as usize
    }
}

// --- Block memory: the only code that reads or writes inside blocks --------

impl Pool {
    /// Hands out one block: the most recently freed one if any, else the
    /// next never-used one.
    ///
    /// # Safety
    /// `base` must be the first byte of the `POOL_SIZE` bytes this `Pool`
    /// describes, mapped writable and owned by the arena holding this pool.
    #[inline]
    pub unsafe fn take_block(&mut self, base: NonNull<u8>, tagged: bool) -> NonNull<u8> {
        assert!(self.has_free_block(), "take_block on a full pool");
        let size = self.block_size();
        let offset = if self.free_head != NO_BLOCK {
            // SAFETY: forwarded from this function's contract on `base`.
            unsafe { self.pop_free_list(base, size) }
        } else {
            let offset = self.bump;
            self.bump += size as u32;
            offset
        };
        self.live.set(offset, true);
        self.tagged.set(offset, tagged);
        self.in_use += 1;
        // SAFETY: `offset + size <= POOL_SIZE` (`has_free_block` checked the
        // bump case; free-list offsets are below `bump`), so the block lies
        // inside the pool `base` starts (caller's contract), and it was not
        // live until the line above.
        unsafe {
            let block = base.add(offset as usize);
            poison::fill(block, size, poison::FRESH);
            block
        }
    }

    /// Unlinks the head of the free list and returns its offset.
    ///
    /// # Safety
    /// As for `take_block`; the free list must be non-empty.
    unsafe fn pop_free_list(&mut self, base: NonNull<u8>, size: usize) -> u32 {
        let offset = self.free_head;
        // SAFETY: `offset` came off the free list, whose entries are block
        // offsets below `bump` written by `return_block`; with `base` being
        // this pool's start (caller's contract) the block is inside the
        // pool, 16-aligned (so aligned for u32), and not handed out. Its
        // bytes after the link were poisoned by `return_block`.
        let next = unsafe {
            let block = base.add(offset as usize);
            poison::check_freed(block.add(LINK_SIZE), size - LINK_SIZE);
            block.cast::<u32>().read()
        };
        debug_assert!(
            next == NO_BLOCK || (next < self.bump && (next as usize).is_multiple_of(ALIGNMENT)),
            "corrupt free-list link {next:#x} at pool offset {offset:#x}: written after free?"
        );
        self.free_head = next;
        offset
    }

    /// Takes back the block at `block`, making it the head of the free list.
    ///
    /// Panics if `block` is not the start of a live block of this pool: that
    /// is a double free or a pointer from elsewhere, and continuing would
    /// corrupt the free list.
    ///
    /// # Safety
    /// As for `take_block`; the caller must no longer use `block`.
    #[inline]
    pub unsafe fn return_block(&mut self, base: NonNull<u8>, block: NonNull<u8>) {
        let offset = block.addr().get().wrapping_sub(base.addr().get());
        assert!(
            self.is_live(offset),
            "free of {block:p}: not a live block of this heap (double free?)"
        );
        let size = self.block_size();
        // SAFETY: `offset` is the start of a live block (asserted above), so
        // `size` bytes from it lie inside the pool `base` starts (caller's
        // contract), 16-aligned; the caller has given up the block.
        unsafe {
            poison::fill(block, size, poison::FREED);
            block.cast::<u32>().write(self.free_head);
        }
        self.free_head = offset as u32;
        self.live.set(self.free_head, false);
        self.tagged.set(self.free_head, false);
        self.in_use -= 1;
    }

    /// Calls `f` with every live block of the pool, in address order, and
    /// whether it was allocated tagged.
    pub fn for_each_live(&self, base: NonNull<u8>, f: &mut dyn FnMut(NonNull<u8>, bool)) {
        for (w, &word) in self.live.0.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let granule = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let offset = (granule * ALIGNMENT) as u32;
                // A live bit marks the start of a block inside this pool,
                // so the address stays within the pool `base` starts.
                let block = base.map_addr(|a| a.saturating_add(offset as usize));
                f(block, self.tagged.get(offset));
            }
        }
    }

    /// The free list's offsets, head first, for the heap verifier. Panics
    /// if the list is longer than the pool could hold (a cycle).
    ///
    /// # Safety
    /// As for `take_block`.
    pub unsafe fn free_list(&self, base: NonNull<u8>) -> Vec<usize> {
        let mut offsets = Vec::new();
        let mut offset = self.free_head;
        while offset != NO_BLOCK {
            assert!(
                offset < self.bump,
                "free-list entry {offset:#x} beyond bump"
            );
            assert!(offsets.len() < GRANULES, "free list has a cycle");
            offsets.push(offset as usize);
            // SAFETY: `offset` is below `bump` (asserted above), so it is a
            // block inside the pool `base` starts (caller's contract) and
            // 16-aligned; free blocks hold a u32 link at their start.
            offset = unsafe { base.add(offset as usize).cast::<u32>().read() };
        }
        offsets
    }

    /// Checks the counters against the bitmap and the free list; panics
    /// with a description on the first mismatch.
    ///
    /// # Safety
    /// As for `take_block`.
    pub unsafe fn verify(&self, base: NonNull<u8>) {
        assert_eq!(
            self.in_use as usize,
            self.live.count(),
            "pool in_use != live bits"
        );
        assert!(
            self.tagged
                .0
                .iter()
                .zip(&self.live.0)
                .all(|(t, l)| t & !l == 0),
            "a tagged block is not live"
        );
        let Some(class) = self.class else {
            assert!(self.is_empty() && self.free_head == NO_BLOCK && self.bump == 0);
            assert_eq!(self.size, 0, "a pool with no class has a block size");
            return;
        };
        let size = class.block_size();
        assert_eq!(
            self.size as usize, size,
            "block size drifted from the class"
        );
        assert!(
            self.bump as usize <= class.blocks_per_pool() * size,
            "bump past the last block"
        );
        // SAFETY: forwarded from this function's contract on `base`.
        let free = unsafe { self.free_list(base) };
        for &offset in &free {
            assert_eq!(
                offset % size,
                0,
                "free block {offset:#x} misaligned for {size}"
            );
            assert!(
                !self.live.get(offset as u32),
                "block {offset:#x} both live and free"
            );
        }
        let mut distinct = free.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            free.len(),
            "a block is on the free list twice"
        );
        let touched = self.bump as usize / size;
        assert_eq!(
            self.in_use() + free.len(),
            touched,
            "blocks lost below bump"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pool's worth of 16-aligned memory owned by the test.
    struct Backing(Box<[u128; POOL_SIZE / 16]>);

    impl Backing {
        fn new() -> Backing {
            Backing(Box::new([0; POOL_SIZE / 16]))
        }
        fn base(&mut self) -> NonNull<u8> {
            NonNull::from(&mut *self.0).cast()
        }
    }

    #[test]
    fn bump_then_lifo_reuse() {
        let mut mem = Backing::new();
        let base = mem.base();
        let mut pool = Pool::UNUSED;
        pool.assign(SizeClass::for_request(48).unwrap());
        // SAFETY: `base` starts a POOL_SIZE buffer owned by `mem`.
        unsafe {
            let a = pool.take_block(base, false);
            let b = pool.take_block(base, false);
            assert_eq!(a, base);
            assert_eq!(b.addr().get() - a.addr().get(), 48);
            pool.return_block(base, a);
            pool.return_block(base, b);
            assert_eq!(pool.take_block(base, false), b);
            assert_eq!(pool.take_block(base, false), a);
            pool.verify(base);
        }
        assert_eq!(pool.in_use(), 2);
    }

    #[test]
    fn fills_up_exactly() {
        let mut mem = Backing::new();
        let base = mem.base();
        let mut pool = Pool::UNUSED;
        let class = SizeClass::from_index(31);
        pool.assign(class);
        for _ in 0..class.blocks_per_pool() {
            // SAFETY: `base` starts a POOL_SIZE buffer owned by `mem`.
            unsafe { pool.take_block(base, false) };
        }
        assert!(!pool.has_free_block());
        // SAFETY: as above.
        unsafe { pool.verify(base) };
    }

    #[test]
    fn warm_pool_keeps_free_list_for_same_class_only() {
        let mut mem = Backing::new();
        let base = mem.base();
        let class = SizeClass::from_index(0);
        let mut pool = Pool::UNUSED;
        pool.assign(class);
        // SAFETY: `base` starts a POOL_SIZE buffer owned by `mem`.
        let (a, b) = unsafe { (pool.take_block(base, false), pool.take_block(base, false)) };
        // SAFETY: both blocks are live blocks of this pool.
        unsafe {
            pool.return_block(base, a);
            pool.return_block(base, b);
        }
        assert!(pool.is_warm_for(class));
        pool.assign(class);
        // SAFETY: as above.
        assert_eq!(unsafe { pool.take_block(base, false) }, b);
        // SAFETY: `b` was just handed out by this pool.
        unsafe { pool.return_block(base, b) };
        pool.assign(SizeClass::from_index(1));
        // SAFETY: as above.
        assert_eq!(unsafe { pool.take_block(base, false) }, base);
    }

    #[test]
    #[should_panic(expected = "double free")]
    fn double_free_panics() {
        let mut mem = Backing::new();
        let base = mem.base();
        let mut pool = Pool::UNUSED;
        pool.assign(SizeClass::from_index(0));
        // SAFETY: `base` starts a POOL_SIZE buffer owned by `mem`; the
        // second return is the bug under test and is caught before any
        // memory is touched.
        unsafe {
            let a = pool.take_block(base, false);
            pool.take_block(base, false);
            pool.return_block(base, a);
            pool.return_block(base, a);
        }
    }
}
