//! The object heap: allocation links an object on the live list, `free`
//! unlinks it, the walkers see exactly the live objects in a known order,
//! and the statistics are exact at every step.

mod mock;

use mock::{alloc_node, free_all, ids, node, Node};
use ouro_gc_core::{Heap, ObjRef, HEADER_SIZE};

/// Every live object, newest first, as `for_each` sees it.
fn walk(heap: &Heap) -> Vec<u32> {
    let mut seen = Vec::new();
    heap.for_each(|o| seen.push(node(o).id));
    seen
}

/// Free one object with no references to or from it.
fn free_one(heap: &mut Heap, obj: ObjRef) {
    assert!(node(obj).edges.borrow().is_empty());
    // SAFETY: the tests free only nodes that hold no references and that
    // no other node holds; the caller drops its handle after this call.
    unsafe { heap.free(obj) };
}

#[test]
fn alloc_links_the_object_on_the_live_list() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    let mut seen = Vec::new();
    heap.for_each(|o| seen.push(o));
    assert_eq!(seen, vec![a]);
    free_all(&mut heap);
}

#[test]
fn for_each_visits_every_live_object_newest_first() {
    let mut heap = Heap::new(None);
    for id in 1..=5 {
        alloc_node(&mut heap, id);
    }
    assert_eq!(walk(&heap), vec![5, 4, 3, 2, 1]);
    free_all(&mut heap);
}

#[test]
fn objects_oldest_first_is_allocation_order() {
    let mut heap = Heap::new(None);
    for id in 1..=5 {
        alloc_node(&mut heap, id);
    }
    assert_eq!(ids(heap.objects_oldest_first()), vec![1, 2, 3, 4, 5]);
    free_all(&mut heap);
}

#[test]
fn an_empty_heap_walks_nothing() {
    let heap = Heap::new(None);
    assert!(walk(&heap).is_empty());
    assert!(heap.objects_oldest_first().is_empty());
}

#[test]
fn free_unlinks_an_object_from_the_middle() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    free_one(&mut heap, objs[1]);
    assert_eq!(walk(&heap), vec![3, 1]);
    assert_eq!(ids(heap.objects_oldest_first()), vec![1, 3]);
    free_all(&mut heap);
}

#[test]
fn free_unlinks_the_newest_object() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    free_one(&mut heap, objs[2]);
    assert_eq!(walk(&heap), vec![2, 1]);
    // The list head moved: a new object links in front of the old second.
    alloc_node(&mut heap, 4);
    assert_eq!(walk(&heap), vec![4, 2, 1]);
    free_all(&mut heap);
}

#[test]
fn free_unlinks_the_oldest_object() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    free_one(&mut heap, objs[0]);
    assert_eq!(walk(&heap), vec![3, 2]);
    assert_eq!(ids(heap.objects_oldest_first()), vec![2, 3]);
    free_all(&mut heap);
}

#[test]
fn freeing_every_object_empties_the_list() {
    let mut heap = Heap::new(None);
    let objs: Vec<ObjRef> = (1..=3).map(|id| alloc_node(&mut heap, id)).collect();
    for o in objs {
        free_one(&mut heap, o);
    }
    assert!(walk(&heap).is_empty());
    // The heap is usable again from empty.
    alloc_node(&mut heap, 9);
    assert_eq!(walk(&heap), vec![9]);
    free_all(&mut heap);
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
fn block_stats_count_header_plus_payload_and_return_on_free() {
    let mut heap = Heap::new(None);
    let before = heap.block_stats();
    let a = alloc_node(&mut heap, 1);
    let during = heap.block_stats();
    let size = HEADER_SIZE + std::mem::size_of::<Node>();
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
fn a_freed_block_is_handed_out_again() {
    let mut heap = Heap::new(None);
    let _keep = alloc_node(&mut heap, 1);
    let a = alloc_node(&mut heap, 2);
    let addr = a.addr();
    free_one(&mut heap, a);
    let b = alloc_node(&mut heap, 3);
    assert_eq!(b.addr(), addr);
    free_all(&mut heap);
}

#[test]
fn alloc_fails_cleanly_past_the_limit() {
    let size = HEADER_SIZE + std::mem::size_of::<Node>();
    let mut heap = Heap::new(Some(ouro_allocator::Heap::block_size(size)));
    alloc_node(&mut heap, 1);
    let r = heap.alloc(
        &mock::NODE,
        Node {
            id: 2,
            edges: Default::default(),
        },
    );
    assert!(r.is_err());
    // Nothing changed: one object, still linked.
    assert_eq!(heap.object_stats().live, 1);
    assert_eq!(heap.object_stats().allocated, 1);
    assert_eq!(walk(&heap), vec![1]);
    free_all(&mut heap);
}
