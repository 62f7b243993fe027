//! The per-size-class lists of pools that have a free block (CPython's
//! "usedpools").
//!
//! Each list is doubly linked through the `prev`/`next` fields of the pools'
//! metadata, so a pool can be unlinked or moved to the front in O(1). The
//! heap allocates from the front of a list and, on every `free`, moves the
//! block's pool to the front: together with each pool's LIFO free list this
//! makes the block freed last the block allocated next. This module only
//! maintains the links; `heap.rs` decides when a pool joins or leaves.
//!
//! Invariant: a pool is on the list of class `c` exactly when it is in use,
//! serves `c`, and has a free block.

use crate::arena::{ArenaTable, PoolRef};
use crate::size_class::{SizeClass, NUM_SIZE_CLASSES};

pub struct UsedPools {
    heads: [Option<PoolRef>; NUM_SIZE_CLASSES],
}

impl UsedPools {
    pub fn new() -> UsedPools {
        UsedPools {
            heads: [None; NUM_SIZE_CLASSES],
        }
    }

    /// The pool the next block of `class` comes from, if any has room.
    #[inline]
    pub fn head(&self, class: SizeClass) -> Option<PoolRef> {
        self.heads[class.index()]
    }

    /// Links `r`, which must not be on any list, at the front of `class`'s.
    pub fn push_front(&mut self, arenas: &mut ArenaTable, class: SizeClass, r: PoolRef) {
        let old_head = self.heads[class.index()];
        let pool = arenas.pool_mut(r);
        debug_assert!(pool.prev.is_none() && pool.next.is_none());
        pool.next = old_head;
        if let Some(old) = old_head {
            arenas.pool_mut(old).prev = Some(r);
        }
        self.heads[class.index()] = Some(r);
    }

    /// Unlinks `r` from `class`'s list, which it must be on.
    pub fn unlink(&mut self, arenas: &mut ArenaTable, class: SizeClass, r: PoolRef) {
        let pool = arenas.pool_mut(r);
        let (prev, next) = (pool.prev.take(), pool.next.take());
        match prev {
            Some(prev) => arenas.pool_mut(prev).next = next,
            None => {
                debug_assert_eq!(self.heads[class.index()], Some(r), "pool not on this list");
                self.heads[class.index()] = next;
            }
        }
        if let Some(next) = next {
            arenas.pool_mut(next).prev = prev;
        }
    }

    /// Moves `r`, which must be on `class`'s list, to its front.
    #[inline]
    pub fn move_to_front(&mut self, arenas: &mut ArenaTable, class: SizeClass, r: PoolRef) {
        if self.heads[class.index()] != Some(r) {
            self.unlink(arenas, class, r);
            self.push_front(arenas, class, r);
        }
    }

    /// The pools on `class`'s list, front first, checking the back links
    /// on the way; panics if they disagree or the list has a cycle.
    pub fn walk(&self, arenas: &ArenaTable, class: SizeClass) -> Vec<PoolRef> {
        let mut pools = Vec::new();
        let mut prev = None;
        let mut cursor = self.heads[class.index()];
        while let Some(r) = cursor {
            assert!(
                pools.len() <= arenas.mapped() * crate::POOLS_PER_ARENA,
                "cycle"
            );
            let pool = arenas.pool(r);
            assert_eq!(pool.prev, prev, "back link of {r:?} is wrong");
            pools.push(r);
            prev = Some(r);
            cursor = pool.next;
        }
        pools
    }
}
