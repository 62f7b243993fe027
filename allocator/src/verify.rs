//! The heap verifier: walks every arena, pool, free list and used-pool list
//! and checks the invariants stated beside the state they govern (in
//! `pool.rs`, `arena.rs`, `used_pools.rs`, `heap.rs`), then recomputes the
//! statistics from scratch and compares them with the running counters.
//!
//! It is what `--verify-heap` runs, and what the property tests run after
//! every step. It costs time proportional to the heap, so nothing calls it
//! on the allocation path. A failed check is a bug, so it panics.

use crate::heap::Heap;
use crate::size_class::{SizeClass, NUM_SIZE_CLASSES};
use crate::stats::ClassCounters;

impl Heap {
    /// Checks every internal invariant of the heap; panics with a
    /// description of the first one broken. Time is linear in the heap size.
    pub fn verify(&self) {
        self.arenas.verify();
        self.large.verify();
        self.verify_used_lists();
        self.verify_hot();
        self.verify_counters();
        if let Some(r) = self.last_emptied {
            assert!(
                self.arenas.pool(r).is_empty(),
                "last emptied pool is in use"
            );
        }
    }

    /// Each class's list holds exactly its in-use pools that have room.
    fn verify_used_lists(&self) {
        for class in SizeClass::all() {
            let mut listed = self.used.walk(&self.arenas, class);
            let mut expected: Vec<_> = self
                .arenas
                .pools()
                .filter(|(_, p)| !p.is_empty() && p.class() == Some(class) && p.has_free_block())
                .map(|(r, _)| r)
                .collect();
            let key = |r: &crate::arena::PoolRef| (r.arena, r.pool);
            listed.sort_by_key(key);
            expected.sort_by_key(key);
            assert_eq!(listed, expected, "used-pool list of {class:?} is wrong");
        }
    }

    /// Every cached block is a distinct live block, of its ring's class
    /// and tag, and still all poison (debug builds).
    fn verify_hot(&self) {
        let mut seen = std::collections::HashSet::new();
        for (class, tagged, block) in self.hot.blocks() {
            assert!(seen.insert(block), "block {block:p} cached twice");
            let r = self
                .arenas
                .locate(block)
                .expect("a cached block lies in an arena");
            assert_eq!(
                self.arenas.pool(r).class(),
                Some(SizeClass::from_index(class)),
                "cached block {block:p} is in a pool of another class"
            );
            assert_eq!(
                self.arenas.block_state(r, block),
                (true, tagged),
                "cached block {block:p} is not live with its ring's tag"
            );
            // SAFETY: the block is live in its pool (asserted above), so
            // its bytes are mapped heap memory; the cache alone owns it.
            unsafe { crate::poison::check_freed(block, SizeClass::from_index(class).block_size()) };
        }
    }

    /// The running counters equal what the pools and large objects say
    /// (a cached block is live in its pool but free in the counters).
    fn verify_counters(&self) {
        let mut classes = [ClassCounters::default(); NUM_SIZE_CLASSES];
        for (_, pool) in self.arenas.pools() {
            if let (false, Some(class)) = (pool.is_empty(), pool.class()) {
                classes[class.index()].pools += 1;
                classes[class.index()].blocks_in_use += pool.in_use();
            }
        }
        for (class, _, _) in self.hot.blocks() {
            classes[class].blocks_in_use -= 1;
        }
        let c = &self.counters;
        assert_eq!(classes, c.classes, "per-class counters drifted");
        let blocks: usize = classes.iter().map(|k| k.blocks_in_use).sum();
        let bytes: usize = SizeClass::all()
            .map(|k| classes[k.index()].blocks_in_use * k.block_size())
            .sum();
        assert_eq!(blocks, c.blocks_in_use, "blocks_in_use drifted");
        assert_eq!(bytes, c.small_bytes, "small_bytes drifted");
        let live = (c.blocks_in_use + self.large.count()) as u64;
        assert_eq!(c.allocations - c.frees, live, "allocations - frees != live");
        assert!(
            c.peak_bytes >= self.bytes_in_use(),
            "peak below current use"
        );
    }
}
