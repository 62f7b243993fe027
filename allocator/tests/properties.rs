//! Property tests: random sequences of heap operations checked against a
//! simple model (the list of live blocks and the external byte count).
//!
//! After every step: live blocks are 16-aligned and never overlap, the
//! statistics equal what the model implies, and the heap verifier passes.
//! Every block is filled with its own tag byte when allocated and checked
//! when freed, so a block clobbered by any other operation is caught. At the
//! end everything is freed and every arena must have been unmapped.

use std::collections::BTreeMap;
use std::ptr::NonNull;

use proptest::prelude::*;
use proptest::sample::Index;

use ouro_allocator::{AllocError, Heap, HeapStats, SMALL_REQUEST_THRESHOLD};

#[derive(Debug, Clone)]
enum Op {
    Alloc(usize),
    Free(Index),
    /// Free a live block and immediately allocate the same size again.
    Reuse(Index),
    /// Set the limit to current use plus some slack, or remove it.
    Limit(Option<usize>),
    Reserve(usize),
    Release(Index),
    /// Return the hot cache's blocks to their pools (a no-op without it).
    Flush,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (1usize..2000).prop_map(Op::Alloc),
        // Mostly small sizes, where the pool machinery is.
        6 => (1usize..=SMALL_REQUEST_THRESHOLD).prop_map(Op::Alloc),
        7 => any::<Index>().prop_map(Op::Free),
        2 => any::<Index>().prop_map(Op::Reuse),
        1 => proptest::option::of(0usize..3000).prop_map(Op::Limit),
        1 => (0usize..5000).prop_map(Op::Reserve),
        1 => any::<Index>().prop_map(Op::Release),
        1 => Just(Op::Flush),
    ]
}

struct Live {
    ptr: NonNull<u8>,
    size: usize,
    tag: u8,
}

/// The heap under test and the model it must agree with.
struct Harness {
    heap: Heap,
    live: Vec<Live>,
    /// Start address to end address of every live block.
    ranges: BTreeMap<usize, usize>,
    external: Vec<usize>,
    next_tag: u8,
}

impl Harness {
    /// A harness over a fresh heap, with the hot cache on if `hot`.
    fn new(hot: bool) -> Harness {
        let mut heap = Heap::new(None);
        heap.set_hot_cache(hot);
        Harness {
            heap,
            live: Vec::new(),
            ranges: BTreeMap::new(),
            external: Vec::new(),
            next_tag: 0,
        }
    }

    fn run(&mut self, op: Op) {
        match op {
            Op::Alloc(size) => self.alloc(size),
            Op::Free(i) if !self.live.is_empty() => {
                let index = i.index(self.live.len());
                self.free(index);
            }
            Op::Reuse(i) if !self.live.is_empty() => self.reuse(i.index(self.live.len())),
            Op::Limit(slack) => {
                let limit = slack.map(|s| self.heap.stats().bytes_in_use + s);
                self.heap.set_limit(limit);
            }
            Op::Reserve(bytes) => self.reserve(bytes),
            Op::Release(i) if !self.external.is_empty() => {
                let bytes = self.external.swap_remove(i.index(self.external.len()));
                self.heap.release_external(bytes);
            }
            Op::Flush => self.heap.flush_hot(),
            _ => {}
        }
        self.check();
    }

    /// Whether `bytes` more would exceed the limit.
    fn over_limit(&self, bytes: usize) -> bool {
        let in_use = self.heap.stats().bytes_in_use;
        self.heap
            .limit()
            .is_some_and(|limit| in_use + bytes > limit)
    }

    fn alloc(&mut self, size: usize) {
        let before = self.heap.stats();
        let expect_failure = self.over_limit(Heap::block_size(size));
        match self.heap.alloc(size) {
            Ok(ptr) => {
                assert!(!expect_failure, "alloc({size}) succeeded over the limit");
                self.record(ptr, size);
            }
            Err(AllocError) => {
                assert!(expect_failure, "alloc({size}) failed under the limit");
                assert_eq!(self.heap.stats(), before, "failed alloc changed stats");
            }
        }
    }

    /// Adds a fresh block to the model after checking it against the others.
    fn record(&mut self, ptr: NonNull<u8>, size: usize) {
        let start = ptr.addr().get();
        let end = start + Heap::block_size(size);
        assert_eq!(start % 16, 0, "block {ptr:p} misaligned");
        if let Some((_, &prev_end)) = self.ranges.range(..=start).next_back() {
            assert!(prev_end <= start, "block {ptr:p} overlaps its predecessor");
        }
        if let Some((&next_start, _)) = self.ranges.range(start..).next() {
            assert!(end <= next_start, "block {ptr:p} overlaps its successor");
        }
        self.ranges.insert(start, end);
        let tag = self.next_tag;
        self.next_tag = self.next_tag.wrapping_add(1);
        // SAFETY: the heap just handed out `size` bytes at `ptr` to us.
        unsafe { ptr.as_ptr().write_bytes(tag, size) };
        self.live.push(Live { ptr, size, tag });
    }

    /// Checks a block's contents, frees it and drops it from the model.
    /// Returns whether the free unmapped an arena.
    fn free(&mut self, index: usize) -> bool {
        let block = self.live.swap_remove(index);
        // SAFETY: the block is live and `size` bytes long; only we write it.
        let bytes = unsafe { std::slice::from_raw_parts(block.ptr.as_ptr(), block.size) };
        assert!(
            bytes.iter().all(|&b| b == block.tag),
            "block {:p} was clobbered",
            block.ptr
        );
        self.ranges.remove(&block.ptr.addr().get());
        let arenas = self.heap.stats().arenas_mapped;
        // SAFETY: the block came from `alloc(size)` and is now out of the
        // model, so it is never used again.
        unsafe { self.heap.free(block.ptr, block.size) };
        self.heap.stats().arenas_mapped < arenas
    }

    /// Frees a block and allocates its size again: for a small block the
    /// same address must come back unless freeing unmapped its arena (large
    /// objects belong to the system allocator, which promises nothing).
    fn reuse(&mut self, index: usize) {
        let (ptr, size) = (self.live[index].ptr, self.live[index].size);
        let unmapped = self.free(index);
        let again = self
            .heap
            .alloc(size)
            .expect("a just-freed block fits the limit");
        if size <= SMALL_REQUEST_THRESHOLD && !unmapped {
            assert_eq!(again, ptr, "freed block of size {size} not reused");
        }
        self.record(again, size);
    }

    fn reserve(&mut self, bytes: usize) {
        let before = self.heap.stats();
        let expect_failure = self.over_limit(bytes);
        match self.heap.reserve_external(bytes) {
            Ok(()) => {
                assert!(!expect_failure, "reserve_external({bytes}) over the limit");
                self.external.push(bytes);
            }
            Err(AllocError) => {
                assert!(
                    expect_failure,
                    "reserve_external({bytes}) failed under the limit"
                );
                assert_eq!(self.heap.stats(), before, "failed reserve changed stats");
            }
        }
    }

    /// The statistics agree with the model, and the heap's own invariants hold.
    fn check(&self) {
        let stats = self.heap.stats();
        let (small, large): (Vec<&Live>, Vec<&Live>) = self
            .live
            .iter()
            .partition(|b| b.size <= SMALL_REQUEST_THRESHOLD);
        let small_bytes: usize = small.iter().map(|b| Heap::block_size(b.size)).sum();
        let large_bytes: usize = large.iter().map(|b| b.size).sum();
        let external: usize = self.external.iter().sum();
        assert_eq!(stats.small_bytes, small_bytes);
        assert_eq!(stats.blocks_in_use, small.len());
        assert_eq!(
            (stats.large_objects, stats.large_bytes),
            (large.len(), large_bytes)
        );
        assert_eq!(stats.external_bytes, external);
        assert_eq!(stats.bytes_in_use, small_bytes + large_bytes + external);
        assert!(stats.peak_bytes >= stats.bytes_in_use);
        check_class_totals(&stats);
        self.heap.verify();
    }

    /// Frees everything, checking contents on the way; every arena but
    /// one (kept empty) must go.
    fn finish(mut self) {
        while !self.live.is_empty() {
            self.free(self.live.len() - 1);
        }
        for bytes in std::mem::take(&mut self.external) {
            self.heap.release_external(bytes);
        }
        // (Cached blocks hold their arenas until they go home.)
        self.heap.flush_hot();
        let stats = self.heap.stats();
        assert_eq!(stats.bytes_in_use, 0);
        assert!(stats.arenas_mapped <= 1, "at most one empty arena kept");
        assert!(
            stats.arenas_freed + stats.arenas_mapped >= stats.arenas_peak,
            "every other arena ever mapped was freed"
        );
        assert!(stats.size_classes.iter().all(|c| c.pools == 0));
        self.heap.verify();
    }
}

/// The per-class rows add up to the totals.
fn check_class_totals(stats: &HeapStats) {
    let blocks: usize = stats.size_classes.iter().map(|c| c.blocks_in_use).sum();
    let bytes: usize = stats
        .size_classes
        .iter()
        .map(|c| c.blocks_in_use * c.block_size)
        .sum();
    assert_eq!((blocks, bytes), (stats.blocks_in_use, stats.small_bytes));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_operations_keep_the_heap_consistent(hot in any::<bool>(),
                                                   ops in prop::collection::vec(op(), 1..400)) {
        let mut harness = Harness::new(hot);
        for op in ops {
            harness.run(op);
        }
        harness.finish();
    }

    /// Many blocks of one class, freed in a random order: stresses pools
    /// filling, emptying, being reused warm and arenas being unmapped.
    #[test]
    fn one_class_churn(hot in any::<bool>(),
                       size in 1usize..=SMALL_REQUEST_THRESHOLD,
                       count in 1usize..3000,
                       frees in prop::collection::vec(any::<Index>(), 0..3000)) {
        let mut harness = Harness::new(hot);
        for _ in 0..count {
            harness.alloc(size);
        }
        for i in frees {
            if harness.live.is_empty() {
                break;
            }
            let index = i.index(harness.live.len());
            if index % 3 == 0 {
                harness.reuse(index);
            } else {
                harness.free(index);
            }
        }
        harness.check();
        harness.finish();
    }
}
