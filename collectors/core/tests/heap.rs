//! The object heap: allocation puts a collector head in front of a
//! container and none in front of an atom, `free` returns exactly the
//! block, the walk sees exactly the live objects, and the statistics are
//! exact at every step.

mod mock;

use mock::{alloc_atom, alloc_node, free_all, node, sorted_ids, Node};
use ouro_gc_core::{GcList, Heap, ObjRef, GC_HEAD_SIZE, HEADER_SIZE};

/// Every live object's id as the walk sees it, sorted.
fn walk(heap: &Heap) -> Vec<u32> {
    let mut seen = Vec::new();
    heap.for_each(|o| seen.push(o));
    sorted_ids(seen)
}

/// Free one object with no references to or from it.
fn free_one(heap: &mut Heap, obj: ObjRef) {
    assert!(!obj.is_container() || node(obj).edges.borrow().is_empty());
    // SAFETY: the tests free only objects that hold no references and that
    // no other object holds; the caller drops its handle after this call.
    unsafe { heap.free(obj) };
}

#[test]
fn the_walk_finds_containers_and_atoms_alike() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    let b = alloc_atom(&mut heap, 2);
    let mut seen = Vec::new();
    heap.for_each(|o| seen.push(o));
    seen.sort_by_key(|o| o.addr());
    let mut want = vec![a, b];
    want.sort_by_key(|o| o.addr());
    assert_eq!(seen, want);
    free_all(&mut heap);
}

#[test]
fn for_each_visits_every_live_object_once() {
    let mut heap = Heap::new(None);
    for id in 1..=5 {
        if id % 2 == 0 {
            alloc_atom(&mut heap, id);
        } else {
            alloc_node(&mut heap, id);
        }
    }
    assert_eq!(walk(&heap), vec![1, 2, 3, 4, 5]);
    assert_eq!(sorted_ids(heap.objects()), vec![1, 2, 3, 4, 5]);
    free_all(&mut heap);
}

#[test]
fn an_empty_heap_walks_nothing() {
    let heap = Heap::new(None);
    assert!(walk(&heap).is_empty());
    assert!(heap.objects().is_empty());
}

#[test]
fn free_removes_exactly_that_object() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    let atom = alloc_atom(&mut heap, 4);
    free_one(&mut heap, objs[1]);
    assert_eq!(walk(&heap), vec![1, 3, 4]);
    free_one(&mut heap, atom);
    assert_eq!(walk(&heap), vec![1, 3]);
    free_all(&mut heap);
}

#[test]
fn freeing_every_object_leaves_an_empty_usable_heap() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    for o in objs {
        free_one(&mut heap, o);
    }
    assert!(walk(&heap).is_empty());
    assert_eq!(heap.block_stats().bytes_in_use, 0);
    alloc_node(&mut heap, 9);
    assert_eq!(walk(&heap), vec![9]);
    free_all(&mut heap);
}

#[test]
fn freeing_a_tracked_container_takes_it_off_its_list() {
    let mut heap = Heap::new(None);
    let list = GcList::new();
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    for &o in &objs {
        list.track(o);
    }
    free_one(&mut heap, objs[1]);
    assert_eq!(list.objects(), vec![objs[0], objs[2]]);
    free_all(&mut heap);
    assert!(list.is_empty());
}

#[test]
fn object_stats_count_allocations_frees_and_the_peak() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=4).map(|id| alloc_node(&mut heap, id)).collect();
    free_one(&mut heap, objs[0]);
    free_one(&mut heap, objs[1]);
    alloc_node(&mut heap, 5);
    let s = heap.object_stats();
    assert_eq!(s.allocated, 5);
    assert_eq!(s.freed, 2);
    assert_eq!(s.live, 3);
    assert_eq!(s.peak_live, 4);
    free_all(&mut heap);
}

#[test]
fn a_container_block_is_head_header_and_payload() {
    let mut heap = Heap::new(None);
    let before = heap.block_stats();
    let a = alloc_node(&mut heap, 1);
    let size = GC_HEAD_SIZE + HEADER_SIZE + std::mem::size_of::<Node>();
    assert_eq!(Heap::block_size(a), size);
    let during = heap.block_stats();
    assert_eq!(during.blocks_in_use, before.blocks_in_use + 1);
    assert_eq!(
        during.bytes_in_use,
        before.bytes_in_use + ouro_allocator::Heap::block_size(size)
    );
    free_one(&mut heap, a);
    let after = heap.block_stats();
    assert_eq!(after.blocks_in_use, before.blocks_in_use);
    assert_eq!(after.bytes_in_use, before.bytes_in_use);
}

#[test]
fn an_atom_block_is_header_and_payload_only() {
    let mut heap = Heap::new(None);
    let a = alloc_atom(&mut heap, 1);
    assert_eq!(Heap::block_size(a), HEADER_SIZE + 4);
    assert_eq!(
        heap.block_stats().bytes_in_use,
        ouro_allocator::Heap::block_size(HEADER_SIZE + 4)
    );
    free_one(&mut heap, a);
    assert_eq!(heap.block_stats().bytes_in_use, 0);
}

#[test]
fn a_free_list_keeps_blocks_for_its_layout_newest_first_up_to_its_size() {
    let mut heap = Heap::new(None);
    heap.keep_free_list::<Node>(&mock::NODE, 0..=0, 2);
    let nodes: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    let addrs: Vec<usize> = nodes.iter().map(|o| o.addr()).collect();
    let bytes = heap.block_stats().bytes_in_use;
    for &n in &nodes {
        free_one(&mut heap, n);
    }
    // Two kept (the first two freed), the third returned: the walk and the
    // object count see none of them.
    assert_eq!(heap.free_listed(), 2);
    assert!(walk(&heap).is_empty());
    assert_eq!(heap.object_stats().live, 0);
    assert!(heap.block_stats().bytes_in_use < bytes);
    // An atom does not take a node's kept block; the next nodes do, newest
    // first.
    let atom = alloc_atom(&mut heap, 9);
    assert!(!addrs[..2].contains(&atom.addr()));
    let again = alloc_node(&mut heap, 4);
    assert_eq!(again.addr(), addrs[1]);
    let again2 = alloc_node(&mut heap, 5);
    assert_eq!(again2.addr(), addrs[0]);
    assert_eq!(node(again2).id, 5);
    assert_eq!(walk(&heap), vec![4, 5, 9]);
    free_one(&mut heap, again);
    assert_eq!(heap.free_listed(), 1);
    heap.clear_free_lists();
    assert_eq!(heap.free_listed(), 0);
    // (Freeing the rest keeps one more node block, until it is cleared.)
    free_all(&mut heap);
    assert_eq!(heap.free_listed(), 1);
    heap.clear_free_lists();
    assert_eq!(heap.block_stats().bytes_in_use, 0);
}

#[test]
fn a_cache_outlives_collections_and_is_emptied_at_exit() {
    let mut heap = Heap::new(None);
    heap.keep_cache::<Node>(&mock::NODE, 1);
    let a = alloc_node(&mut heap, 1);
    let addr = a.addr();
    free_one(&mut heap, a);
    assert_eq!(heap.free_listed(), 1);
    // What a full collection clears, the cache keeps.
    heap.clear_free_lists();
    assert_eq!(heap.free_listed(), 1);
    let b = alloc_node(&mut heap, 2);
    assert_eq!(b.addr(), addr);
    free_one(&mut heap, b);
    // SAFETY: no handle into the heap is used after this.
    unsafe { heap.free_all() };
    assert_eq!(heap.free_listed(), 0);
    assert_eq!(heap.block_stats().bytes_in_use, 0);
}
