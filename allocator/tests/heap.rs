//! Behaviour tests for `Heap` through its public API, one behaviour each.
//! The random-sequence property tests are in `properties.rs`.

use std::ptr::NonNull;

use ouro_allocator::{AllocError, Heap, POOL_SIZE, SMALL_REQUEST_THRESHOLD};

/// Frees a block the test allocated with the same size.
fn free(heap: &mut Heap, ptr: NonNull<u8>, size: usize) {
    // SAFETY: every caller passes a block it got from `heap.alloc(size)`
    // and does not use again.
    unsafe { heap.free(ptr, size) }
}

#[test]
fn blocks_are_aligned_distinct_and_sized_by_class() {
    let mut heap = Heap::new(None);
    let sizes = [1, 15, 16, 17, 100, 511, 512, 513, 4000];
    let blocks: Vec<_> = sizes.iter().map(|&s| heap.alloc(s).unwrap()).collect();
    for (i, a) in blocks.iter().enumerate() {
        assert_eq!(a.addr().get() % 16, 0);
        for b in &blocks[i + 1..] {
            assert_ne!(a, b);
        }
    }
    let expected: usize = sizes.iter().map(|&s| Heap::block_size(s)).sum();
    assert_eq!(expected, 16 + 16 + 16 + 32 + 112 + 512 + 512 + 513 + 4000);
    assert_eq!(heap.stats().bytes_in_use, expected);
    heap.verify();
}

#[test]
fn zero_byte_request_gets_a_smallest_block() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(0).unwrap();
    let b = heap.alloc(0).unwrap();
    assert_ne!(a, b);
    assert_eq!(heap.stats().small_bytes, 32);
    free(&mut heap, a, 0);
    free(&mut heap, b, 0);
}

#[test]
fn freed_block_is_the_next_one_handed_out() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(40).unwrap();
    let b = heap.alloc(40).unwrap();
    free(&mut heap, a, 40);
    // Any request of the same class gets it back, as with id() in CPython.
    assert_eq!(heap.alloc(33).unwrap(), a);
    free(&mut heap, b, 40);
    assert_eq!(heap.alloc(48).unwrap(), b);
}

#[test]
fn freed_block_is_reused_even_when_its_pool_emptied() {
    let mut heap = Heap::new(None);
    // Fill one pool of the 512-byte class and start a second, so the class
    // has a pool with room besides the one about to empty.
    let per_pool = POOL_SIZE / 512;
    let mut blocks: Vec<_> = (0..=per_pool).map(|_| heap.alloc(512).unwrap()).collect();
    free(&mut heap, blocks[0], 512);
    let lonely = blocks.pop().unwrap();
    free(&mut heap, lonely, 512);
    assert_eq!(
        heap.stats().arenas_mapped,
        1,
        "arena still holds the first pool"
    );
    assert_eq!(heap.alloc(512).unwrap(), lonely);
    heap.verify();
}

#[test]
fn wholly_empty_arenas_are_unmapped_but_one() {
    let mut heap = Heap::new(None);
    // Three arenas' worth of 64-byte blocks.
    let count = 3 * ouro_allocator::ARENA_SIZE / 64;
    let blocks: Vec<_> = (0..count).map(|_| heap.alloc(64).unwrap()).collect();
    assert_eq!(heap.stats().arenas_mapped, 3);
    // Free every other block first: nothing can be unmapped yet.
    for b in blocks.iter().step_by(2) {
        free(&mut heap, *b, 64);
    }
    assert_eq!(heap.stats().arenas_mapped, 3);
    for b in blocks.iter().skip(1).step_by(2) {
        free(&mut heap, *b, 64);
    }
    // One empty arena stays mapped (CPython's rule against thrashing).
    let stats = heap.stats();
    assert_eq!(
        (stats.arenas_mapped, stats.arenas_peak, stats.arenas_freed),
        (1, 3, 2)
    );
    assert_eq!((stats.bytes_in_use, stats.blocks_in_use), (0, 0));
    assert_eq!(stats.peak_bytes, count * 64);
    heap.verify();
}

#[test]
fn large_objects_are_counted_and_released() {
    let mut heap = Heap::new(None);
    let big = heap.alloc(SMALL_REQUEST_THRESHOLD + 1).unwrap();
    let huge = heap.alloc(1 << 20).unwrap();
    assert_eq!(huge.addr().get() % 16, 0);
    let stats = heap.stats();
    assert_eq!(
        (stats.large_objects, stats.large_bytes),
        (2, 513 + (1 << 20))
    );
    assert_eq!((stats.arenas_mapped, stats.blocks_in_use), (0, 0));
    free(&mut heap, big, 513);
    free(&mut heap, huge, 1 << 20);
    assert_eq!(heap.stats().bytes_in_use, 0);
}

#[test]
fn limit_failures_change_nothing() {
    let mut heap = Heap::new(Some(100));
    let a = heap.alloc(64).unwrap();
    let before = heap.stats();
    assert_eq!(heap.alloc(40), Err(AllocError), "64 + 48 > 100");
    assert_eq!(heap.alloc(1000), Err(AllocError));
    assert_eq!(heap.reserve_external(37), Err(AllocError));
    assert_eq!(heap.stats(), before);
    // Exactly at the limit is allowed.
    heap.reserve_external(36).unwrap();
    assert_eq!(heap.stats().bytes_in_use, 100);
    heap.release_external(36);
    free(&mut heap, a, 64);
    heap.verify();
}

#[test]
fn impossible_sizes_fail_cleanly() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(100).unwrap();
    let before = heap.stats();
    assert_eq!(heap.alloc(usize::MAX), Err(AllocError));
    assert_eq!(heap.alloc(isize::MAX as usize), Err(AllocError));
    assert_eq!(heap.reserve_external(usize::MAX), Err(AllocError));
    assert_eq!(heap.stats(), before);
    free(&mut heap, a, 100);
}

#[test]
fn raising_and_removing_the_limit() {
    let mut heap = Heap::new(Some(0));
    assert_eq!(heap.alloc(1), Err(AllocError));
    assert_eq!(
        heap.stats().arenas_mapped,
        0,
        "failed allocation mapped nothing"
    );
    heap.set_limit(Some(16));
    assert_eq!(heap.limit(), Some(16));
    let a = heap.alloc(16).unwrap();
    heap.set_limit(None);
    let b = heap.alloc(100_000).unwrap();
    // Lowering the limit below current use frees nothing.
    heap.set_limit(Some(1));
    assert_eq!(heap.stats().bytes_in_use, 16 + 100_000);
    assert_eq!(heap.alloc(1), Err(AllocError));
    free(&mut heap, a, 16);
    free(&mut heap, b, 100_000);
}

#[test]
fn external_bytes_count_in_use_and_peak() {
    let mut heap = Heap::new(None);
    heap.reserve_external(1000).unwrap();
    let a = heap.alloc(10).unwrap();
    heap.release_external(600);
    let stats = heap.stats();
    assert_eq!(
        (stats.external_bytes, stats.bytes_in_use, stats.peak_bytes),
        (400, 416, 1016)
    );
    assert_eq!(stats.allocations, 1, "external bytes are not allocations");
    free(&mut heap, a, 10);
}

#[test]
#[should_panic(expected = "release_external")]
fn releasing_more_external_than_reserved_panics() {
    let mut heap = Heap::new(None);
    heap.reserve_external(10).unwrap();
    heap.release_external(11);
}

#[test]
fn size_class_stats_are_exact() {
    let mut heap = Heap::new(None);
    let blocks: Vec<_> = (0..5).map(|_| heap.alloc(48).unwrap()).collect();
    free(&mut heap, blocks[1], 48);
    let stats = heap.stats();
    assert_eq!(stats.size_classes.len(), 32);
    let class = stats.size_classes[2];
    assert_eq!(
        (class.block_size, class.pools, class.blocks_in_use),
        (48, 1, 4)
    );
    assert_eq!(class.free_blocks, POOL_SIZE / 48 - 4);
    assert!(stats.size_classes.iter().filter(|c| c.pools > 0).count() == 1);
    assert_eq!((stats.allocations, stats.frees), (5, 1));
}

#[test]
fn debug_report_lists_classes_in_use_and_totals() {
    let mut heap = Heap::new(Some(1 << 20));
    let a = heap.alloc(100).unwrap();
    let b = heap.alloc(600).unwrap();
    let mut report = String::new();
    heap.write_debug_stats(&mut report).unwrap();
    let row = report
        .lines()
        .find(|l| l.trim_start().starts_with("6 "))
        .unwrap();
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cols,
        ["6", "112", "1", "1", &(POOL_SIZE / 112 - 1).to_string()]
    );
    assert_eq!(report.lines().filter(|l| l.contains("  112  ")).count(), 1);
    for label in [
        "arenas mapped",
        "highwater",
        "arenas freed",
        "bytes in use",
        "peak",
    ] {
        assert!(report.contains(label), "report lacks {label}:\n{report}");
    }
    assert!(report.contains("large objects"));
    assert!(report.contains("1048576"), "limit shown");
    free(&mut heap, a, 100);
    free(&mut heap, b, 600);
}

#[test]
#[should_panic(expected = "double free")]
fn double_free_panics() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(16).unwrap();
    let _keep = heap.alloc(16).unwrap();
    free(&mut heap, a, 16);
    free(&mut heap, a, 16);
}

#[test]
#[should_panic(expected = "wrong size")]
fn free_with_another_class_panics() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(16).unwrap();
    free(&mut heap, a, 32);
}

#[test]
#[should_panic(expected = "not in any arena")]
fn free_of_a_foreign_pointer_panics() {
    let mut heap = Heap::new(None);
    let mut local = [0u128; 2];
    free(&mut heap, NonNull::from(&mut local).cast(), 16);
}

#[test]
#[should_panic(expected = "not a live large object")]
fn free_of_an_unknown_large_pointer_panics() {
    let mut heap = Heap::new(None);
    let mut local = [0u128; 64];
    free(&mut heap, NonNull::from(&mut local).cast(), 1024);
}

#[test]
#[should_panic(expected = "not a live block")]
fn free_of_an_interior_pointer_panics() {
    let mut heap = Heap::new(None);
    let a = heap.alloc(64).unwrap();
    // SAFETY: 16 bytes into a 64-byte block is still inside it.
    let inner = unsafe { a.add(16) };
    free(&mut heap, inner, 64);
}

#[cfg(debug_assertions)]
mod poison {
    use super::*;
    use ouro_allocator::{POISON_FREED, POISON_FRESH};

    /// Reads `len` bytes of a block; the memory stays mapped because each
    /// test keeps another block of the same pool alive.
    fn bytes(ptr: NonNull<u8>, len: usize) -> Vec<u8> {
        // SAFETY: the block lies in an arena that is still mapped (see above)
        // and nothing writes it during the read.
        unsafe { std::slice::from_raw_parts(ptr.as_ptr(), len).to_vec() }
    }

    #[test]
    fn fresh_and_freed_blocks_are_poisoned() {
        let mut heap = Heap::new(None);
        let a = heap.alloc(64).unwrap();
        let _keep = heap.alloc(64).unwrap();
        assert!(bytes(a, 64).iter().all(|&b| b == POISON_FRESH));
        free(&mut heap, a, 64);
        // The first four bytes hold the free-list link.
        assert!(bytes(a, 64)[4..].iter().all(|&b| b == POISON_FREED));
    }

    #[test]
    #[should_panic(expected = "written after it was freed")]
    fn write_after_free_is_caught_at_reuse() {
        let mut heap = Heap::new(None);
        let a = heap.alloc(64).unwrap();
        let _keep = heap.alloc(64).unwrap();
        free(&mut heap, a, 64);
        // SAFETY: deliberately the bug under test; the arena is still
        // mapped, so the write itself lands in owned memory.
        unsafe { a.add(40).write(7) };
        let _ = heap.alloc(64);
    }
}

#[test]
fn heap_can_move_between_threads() {
    fn assert_send<T: Send>() {}
    assert_send::<Heap>();
    let mut heap = Heap::new(None);
    let a = heap.alloc(24).unwrap().addr().get();
    let heap = std::thread::spawn(move || {
        let b = heap.alloc(24).unwrap().addr().get();
        assert_ne!(a, b);
        heap
    })
    .join()
    .unwrap();
    assert_eq!(heap.stats().blocks_in_use, 2);
}

#[test]
fn dropping_a_heap_with_live_blocks_releases_them() {
    let mut heap = Heap::new(None);
    for size in [8, 300, 5000, 70_000] {
        heap.alloc(size).unwrap();
    }
    drop(heap);
}

#[test]
fn the_walk_reports_every_live_block_once_with_its_tag() {
    let mut heap = Heap::new(None);
    let a = heap.alloc_tagged(48, true).unwrap();
    let b = heap.alloc(48).unwrap();
    let c = heap
        .alloc_tagged(SMALL_REQUEST_THRESHOLD + 100, true)
        .unwrap();
    let d = heap.alloc_tagged(200, false).unwrap();
    free(&mut heap, b, 48);
    let mut seen = Vec::new();
    heap.for_each_live(|p, tagged| seen.push((p, tagged)));
    seen.sort_by_key(|&(p, _)| p.addr());
    let mut want = vec![(a, true), (c, true), (d, false)];
    want.sort_by_key(|&(p, _)| p.addr());
    assert_eq!(seen, want);
    // A freed tagged block comes back untagged when reused plainly.
    free(&mut heap, a, 48);
    let e = heap.alloc(48).unwrap();
    assert_eq!(e, a);
    let mut tags = Vec::new();
    heap.for_each_live(|p, tagged| tags.push((p, tagged)));
    assert!(tags.contains(&(e, false)));
}

/// A heap with the hot cache on (as the object heap runs it).
fn hot_heap() -> Heap {
    let mut heap = Heap::new(None);
    heap.set_hot_cache(true);
    heap
}

#[test]
fn the_hot_cache_reuses_lifo_and_counts_cached_blocks_as_free() {
    let mut heap = hot_heap();
    let blocks: Vec<_> = (0..40).map(|_| heap.alloc(32).unwrap()).collect();
    let before = heap.stats();
    for &b in &blocks {
        free(&mut heap, b, 32);
    }
    let stats = heap.stats();
    assert_eq!(stats.blocks_in_use, before.blocks_in_use - 40);
    assert_eq!(stats.small_bytes, before.small_bytes - 40 * 32);
    assert_eq!(stats.frees, 40);
    heap.verify();
    let mut walked = 0;
    heap.for_each_live(|_, _| walked += 1);
    assert_eq!(walked, 0, "cached blocks are not live to a walk");
    // The newest come back first; past the cache's depth, the pool's own
    // LIFO order (the evicted blocks were freed to it oldest first).
    let again: Vec<_> = (0..40).map(|_| heap.alloc(32).unwrap()).collect();
    let want: Vec<_> = blocks.iter().rev().copied().collect();
    let (hot, pooled) = again.split_at(32);
    assert_eq!(hot, &want[..32]);
    let mut pooled = pooled.to_vec();
    pooled.sort();
    let mut oldest = blocks[..8].to_vec();
    oldest.sort();
    assert_eq!(pooled, oldest);
    assert_eq!(heap.stats().blocks_in_use, 40);
    heap.verify();
}

#[test]
fn the_hot_cache_keeps_tags_apart() {
    let mut heap = hot_heap();
    let a = heap.alloc_tagged(48, true).unwrap();
    let b = heap.alloc_tagged(48, false).unwrap();
    // SAFETY: both came from `alloc_tagged(48, tag)` and are not used again.
    unsafe {
        heap.free_tagged(a, 48, true);
        heap.free_tagged(b, 48, false);
    }
    assert_eq!(heap.alloc_tagged(48, true).unwrap(), a);
    assert_eq!(heap.alloc_tagged(48, false).unwrap(), b);
    let mut tags = Vec::new();
    heap.for_each_live(|p, tagged| tags.push((p, tagged)));
    tags.sort_by_key(|&(p, _)| p.addr());
    let mut want = vec![(a, true), (b, false)];
    want.sort_by_key(|&(p, _)| p.addr());
    assert_eq!(tags, want);
    heap.verify();
}

#[test]
fn a_flush_returns_emptied_arenas() {
    let mut heap = hot_heap();
    let blocks: Vec<_> = (0..10).map(|_| heap.alloc(64).unwrap()).collect();
    assert_eq!(heap.stats().arenas_mapped, 1);
    for &b in &blocks {
        free(&mut heap, b, 64);
    }
    // Cached blocks are free in the counters but hold their pool.
    let pools = |heap: &Heap| {
        heap.stats()
            .size_classes
            .iter()
            .map(|c| c.pools)
            .sum::<usize>()
    };
    assert_eq!(heap.stats().bytes_in_use, 0);
    assert_eq!(pools(&heap), 1);
    heap.flush_hot();
    assert_eq!(pools(&heap), 0);
    heap.verify();
    // Turning the cache off flushes it too.
    let c = heap.alloc(64).unwrap();
    free(&mut heap, c, 64);
    assert_eq!(pools(&heap), 1);
    heap.set_hot_cache(false);
    assert_eq!(pools(&heap), 0);
    // Past the one empty arena kept, emptied arenas are unmapped at the
    // flush: three arenas' worth, all cached-then-flushed.
    heap.set_hot_cache(true);
    let count = 3 * ouro_allocator::ARENA_SIZE / 64;
    let blocks: Vec<_> = (0..count).map(|_| heap.alloc(64).unwrap()).collect();
    assert_eq!(heap.stats().arenas_mapped, 3);
    for &b in &blocks {
        free(&mut heap, b, 64);
    }
    heap.flush_hot();
    assert_eq!(heap.stats().arenas_mapped, 1);
    heap.verify();
}

#[test]
fn the_hot_cache_respects_the_limit() {
    let mut heap = hot_heap();
    let a = heap.alloc(100).unwrap();
    free(&mut heap, a, 100);
    heap.set_limit(Some(50));
    assert!(
        heap.alloc(100).is_err(),
        "a cached block is still over the limit"
    );
    heap.set_limit(None);
    assert_eq!(
        heap.alloc(100).unwrap(),
        a,
        "the failed alloc kept the block"
    );
    heap.verify();
}

#[test]
#[should_panic(expected = "double free")]
fn freeing_a_cached_block_again_panics() {
    let mut heap = hot_heap();
    let a = heap.alloc(24).unwrap();
    free(&mut heap, a, 24);
    free(&mut heap, a, 24);
}
