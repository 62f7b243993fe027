//! The hot cache: the most recently freed small blocks of each size class
//! (and tag), kept out of their pools so that the next allocation of the
//! class takes one back without touching pool bookkeeping.
//!
//! A program that makes and drops objects at a steady rate (a loop's
//! fresh ints, a call's frame, a temporary tuple) frees and allocates the
//! same few blocks over and over; through the pools each round trip costs
//! a pool lookup, two bitmap updates, list maintenance and counters. The
//! cache answers it with a push and a pop. It is what CPython's per-type
//! free lists do for a few types, done once for every size class below
//! the object layer, so it changes nothing a program can see:
//!
//! - a cached block counts as free in every statistic (the counters move
//!   when it enters and leaves the cache) and is skipped by every heap
//!   walk;
//! - reuse stays LIFO: a freed block is the very next one of its class
//!   (and tag) handed out, as the pools promise. A full stack evicts its
//!   *oldest* block to its pool, so the most recent ones stay on top;
//! - its blocks are still live in their pools, so a pool (and its arena)
//!   holding one cannot empty until the cache is flushed
//!   (`Heap::flush_hot`): at most `DEPTH` blocks per class and tag wait.
//!
//! It holds addresses only; nothing here reads or writes a block.

use std::ptr::NonNull;

use crate::size_class::NUM_SIZE_CLASSES;

/// Blocks kept per size class and tag (a power of two: the ring's index
/// wraps by mask).
pub const DEPTH: usize = 32;

/// One class-and-tag's blocks: a ring whose newest `len` entries, ending
/// just before `start + len`, are the cached blocks, oldest first.
#[derive(Clone, Copy)]
struct Ring {
    start: usize,
    len: usize,
    /// (Slots outside the cached range hold a dangling placeholder.)
    blocks: [NonNull<u8>; DEPTH],
}

impl Ring {
    const EMPTY: Ring = Ring {
        start: 0,
        len: 0,
        blocks: [NonNull::dangling(); DEPTH],
    };

    #[inline(always)]
    fn at(&self, i: usize) -> NonNull<u8> {
        self.blocks[(self.start + i) & (DEPTH - 1)]
    }
}

/// Every class's rings, two per class (untagged, tagged).
pub struct HotCache {
    rings: Box<[Ring; 2 * NUM_SIZE_CLASSES]>,
    /// Blocks cached over all rings.
    count: usize,
}

// SAFETY: the cache only records addresses of blocks inside the heap's own
// arenas, which move with the heap; it holds no thread-local or shared
// state and dereferences nothing, so moving it to another thread is sound.
// It stays !Sync: all mutation needs `&mut`.
unsafe impl Send for HotCache {}

impl HotCache {
    pub fn new() -> HotCache {
        HotCache {
            rings: Box::new([Ring::EMPTY; 2 * NUM_SIZE_CLASSES]),
            count: 0,
        }
    }

    #[inline(always)]
    fn ring(class: usize, tagged: bool) -> usize {
        2 * class + usize::from(tagged)
    }

    /// The newest block of `class` and `tag`, taken out of the cache.
    #[inline(always)]
    pub fn pop(&mut self, class: usize, tagged: bool) -> Option<NonNull<u8>> {
        let ring = &mut self.rings[Self::ring(class, tagged)];
        if ring.len == 0 {
            return None;
        }
        ring.len -= 1;
        let block = ring.at(ring.len);
        self.count -= 1;
        Some(block)
    }

    /// Caches `block` as the newest of its class and tag; if the ring was
    /// full, its oldest block leaves it and is returned (for its pool).
    #[inline(always)]
    pub fn push(&mut self, class: usize, tagged: bool, block: NonNull<u8>) -> Option<NonNull<u8>> {
        let ring = &mut self.rings[Self::ring(class, tagged)];
        if ring.len == DEPTH {
            let oldest = ring.at(0);
            ring.blocks[ring.start] = block;
            ring.start = (ring.start + 1) & (DEPTH - 1);
            return Some(oldest);
        }
        ring.blocks[(ring.start + ring.len) & (DEPTH - 1)] = block;
        ring.len += 1;
        self.count += 1;
        None
    }

    /// Blocks cached.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Empties the cache, oldest block of each ring first, as
    /// `(class index, tagged, block)`.
    pub fn drain(&mut self) -> Vec<(usize, bool, NonNull<u8>)> {
        let mut out = Vec::with_capacity(self.count);
        for (i, ring) in self.rings.iter_mut().enumerate() {
            for k in 0..ring.len {
                out.push((i / 2, i % 2 == 1, ring.at(k)));
            }
            *ring = Ring::EMPTY;
        }
        self.count = 0;
        out
    }

    /// Every cached block with its class index and tag, in no order.
    pub fn blocks(&self) -> impl Iterator<Item = (usize, bool, NonNull<u8>)> + '_ {
        self.rings
            .iter()
            .enumerate()
            .flat_map(|(i, ring)| (0..ring.len).map(move |k| (i / 2, i % 2 == 1, ring.at(k))))
    }

    /// Is `block` cached as one of `class` and `tagged` (a linear search
    /// of one ring: for checks only)?
    pub fn holds(&self, class: usize, tagged: bool, block: NonNull<u8>) -> bool {
        let ring = &self.rings[Self::ring(class, tagged)];
        (0..ring.len).any(|k| ring.at(k) == block)
    }
}
