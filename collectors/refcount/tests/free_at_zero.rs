//! An object is freed the moment its count reaches zero, and not before.

mod mock;

use mock::{add_edge, give_edge, MockRuntime};

#[test]
fn an_object_whose_count_reaches_zero_is_freed_at_once() {
    let mut rt = MockRuntime::logged();
    let blocks_before = rt.heap.block_stats();
    let a = rt.node(1);
    assert_eq!(rt.live(), 1);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["free 1"]);
    let stats = rt.heap.object_stats();
    assert_eq!((stats.live, stats.allocated, stats.freed), (0, 1, 1));
    let blocks_after = rt.heap.block_stats();
    assert_eq!(blocks_after.blocks_in_use, blocks_before.blocks_in_use);
    assert_eq!(blocks_after.bytes_in_use, blocks_before.bytes_in_use);
}

#[test]
fn an_object_with_references_left_is_not_freed() {
    let mut rt = MockRuntime::logged();
    let a = rt.node(1);
    a.inc();
    rt.decref(a);
    assert_eq!(a.refcnt(), 1);
    assert_eq!(rt.live(), 1);
    assert!(rt.take_log().is_empty());
    rt.decref(a);
    assert_eq!(rt.live(), 0);
}

#[test]
fn the_collector_counts_the_objects_it_frees() {
    let mut rt = MockRuntime::logged();
    let a = rt.node(1);
    let b = rt.node(2);
    give_edge(a, b);
    assert_eq!(rt.gc.freed(), 0);
    rt.decref(a);
    assert_eq!(rt.gc.freed(), 2);
}

#[test]
fn a_shared_reference_survives_its_holders_death() {
    let mut rt = MockRuntime::logged();
    let holder = rt.node(1);
    let shared = rt.node(2);
    add_edge(holder, shared);
    rt.give_root(shared);
    assert_eq!(shared.refcnt(), 2);
    rt.decref(holder);
    assert_eq!(rt.take_log(), ["free 1"]);
    assert_eq!(shared.refcnt(), 1);
    rt.assert_verified();
}

#[test]
fn an_object_held_twice_by_one_holder_is_released_twice() {
    let mut rt = MockRuntime::logged();
    let holder = rt.node(1);
    let item = rt.node(2);
    add_edge(holder, item);
    give_edge(holder, item);
    assert_eq!(item.refcnt(), 2);
    rt.decref(holder);
    assert_eq!(rt.take_log(), ["free 2", "free 1"]);
    assert_eq!(rt.live(), 0);
}

#[test]
fn counts_stay_exact_after_a_partial_cascade() {
    let mut rt = MockRuntime::logged();
    let top = rt.node(1);
    let mid = rt.node(2);
    let kept = rt.node(3);
    let gone = rt.node(4);
    give_edge(top, mid);
    add_edge(mid, kept);
    give_edge(mid, gone);
    rt.give_root(kept);
    rt.decref(top);
    assert_eq!(rt.live(), 1);
    rt.assert_verified();
}
