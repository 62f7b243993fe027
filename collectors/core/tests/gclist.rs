//! Collector lists and the counting phase of a cycle collection: list
//! operations keep order and links, and `update_refs` / `subtract_refs` /
//! `move_unreachable` split a set into what is reachable from outside it
//! and the rest, as CPython's `deduce_unreachable` does.

mod mock;

use mock::{add_edge, alloc_node, free_all, ids};
use ouro_gc_core::gclist::{self, GcList};
use ouro_gc_core::{Heap, ObjRef};

fn nodes(heap: &mut Heap, n: u32) -> Vec<ObjRef> {
    (1..=n).map(|id| alloc_node(heap, id)).collect()
}

#[test]
fn track_appends_and_untrack_removes_keeping_order() {
    let mut heap = Heap::new(None);
    let list = GcList::new();
    let o = nodes(&mut heap, 4);
    for &x in &o {
        list.track(x);
    }
    assert_eq!(ids(list.objects()), vec![1, 2, 3, 4]);
    assert_eq!(list.len(), 4);
    gclist::untrack(o[0]);
    gclist::untrack(o[2]);
    assert_eq!(ids(list.objects()), vec![2, 4]);
    assert!(!o[0].is_tracked() && o[1].is_tracked());
    assert_eq!(list.first(), Some(o[1]));
    free_all(&mut heap);
}

#[test]
fn take_moves_an_object_to_the_end_of_another_list() {
    let mut heap = Heap::new(None);
    let (a, b) = (GcList::new(), GcList::new());
    let o = nodes(&mut heap, 3);
    for &x in &o {
        a.track(x);
    }
    b.take(o[1]);
    assert_eq!(ids(a.objects()), vec![1, 3]);
    assert_eq!(ids(b.objects()), vec![2]);
    free_all(&mut heap);
}

#[test]
fn merge_appends_one_list_to_another_and_empties_it() {
    let mut heap = Heap::new(None);
    let (a, b) = (GcList::new(), GcList::new());
    let o = nodes(&mut heap, 4);
    a.track(o[0]);
    a.track(o[1]);
    b.track(o[2]);
    b.track(o[3]);
    a.merge_into(&b);
    assert!(a.is_empty());
    assert_eq!(ids(b.objects()), vec![3, 4, 1, 2]);
    // Merging an empty list changes nothing.
    a.merge_into(&b);
    assert_eq!(b.len(), 4);
    free_all(&mut heap);
}

/// Run the counting phase on `young` and return (reachable, unreachable)
/// ids, checking both lists are ordinary lists again afterwards.
fn deduce(young: &GcList) -> (Vec<u32>, Vec<u32>) {
    let unreachable = GcList::new();
    gclist::update_refs(young);
    gclist::subtract_refs(young);
    gclist::move_unreachable(young, &unreachable);
    gclist::clear_unreachable_mask(&unreachable);
    for o in young.objects() {
        assert!(
            !gclist::is_collecting(o),
            "reachable objects leave COLLECTING"
        );
    }
    gclist::clear_collecting(&unreachable);
    let result = (ids(young.objects()), ids(unreachable.objects()));
    unreachable.merge_into(young);
    result
}

#[test]
fn counting_finds_unreachable_cycles_and_keeps_what_roots_reach() {
    let mut heap = Heap::new(None);
    let young = GcList::new();
    // 1 <-> 2 held by the test (a root); 3 <-> 4 dropped; 5 -> 5 dropped;
    // 6 held only by 3 (garbage with it); 7 held by 1 and by 3 (alive).
    let o = nodes(&mut heap, 7);
    for &x in &o {
        young.track(x);
    }
    add_edge(o[0], o[1]);
    add_edge(o[1], o[0]);
    add_edge(o[2], o[3]);
    add_edge(o[3], o[2]);
    add_edge(o[4], o[4]);
    add_edge(o[2], o[5]);
    add_edge(o[0], o[6]);
    add_edge(o[2], o[6]);
    // The test keeps only its reference to 1.
    for &x in &o[1..] {
        x.dec();
    }
    let (alive, dead) = deduce(&young);
    assert_eq!(alive, vec![1, 2, 7]);
    assert_eq!(dead, vec![3, 4, 5, 6]);
    // Counts are untouched by the collection.
    assert_eq!(o[0].refcnt(), 2);
    assert_eq!(o[6].refcnt(), 2);
    free_all(&mut heap);
}

#[test]
fn an_object_found_reachable_late_comes_back_from_unreachable() {
    let mut heap = Heap::new(None);
    let young = GcList::new();
    // List order 1, 2, 3: 1 and 2 are only referred to by 3, which the test
    // holds; scanning 1 and 2 first moves them aside, then 3 brings them
    // back (after itself, in the order it reaches them).
    let o = nodes(&mut heap, 3);
    for &x in &o {
        young.track(x);
    }
    add_edge(o[2], o[1]);
    add_edge(o[1], o[0]);
    o[0].dec();
    o[1].dec();
    let (alive, dead) = deduce(&young);
    assert_eq!(alive, vec![3, 2, 1]);
    assert!(dead.is_empty());
    free_all(&mut heap);
}

#[test]
fn references_from_outside_the_young_list_keep_objects_alive() {
    let mut heap = Heap::new(None);
    let (young, old) = (GcList::new(), GcList::new());
    let o = nodes(&mut heap, 2);
    // 2 is young, held only by 1, which is old and held by the test.
    old.track(o[0]);
    young.track(o[1]);
    add_edge(o[0], o[1]);
    o[1].dec();
    let (alive, dead) = deduce(&young);
    assert_eq!(alive, vec![2]);
    assert!(dead.is_empty());
    assert!(
        !gclist::is_collecting(o[0]),
        "the old list was not collected"
    );
    free_all(&mut heap);
}

#[test]
fn untracked_containers_neither_count_nor_get_collected() {
    let mut heap = Heap::new(None);
    let young = GcList::new();
    let o = nodes(&mut heap, 2);
    // 1 -> 2 -> 1, but 2 is untracked: its reference to 1 is external.
    young.track(o[0]);
    add_edge(o[0], o[1]);
    add_edge(o[1], o[0]);
    o[0].dec();
    o[1].dec();
    let (alive, dead) = deduce(&young);
    assert_eq!(alive, vec![1]);
    assert!(dead.is_empty());
    free_all(&mut heap);
}
