//! What pure reference counting cannot do: free a reference cycle. The
//! objects stay live, their counts stay consistent, and a collection finds
//! nothing.

mod mock;

use mock::{add_edge, give_edge, MockRuntime};
use ouro_gc_core::{Collector, Outcome, Reason};
use ouro_gc_refcount::RefCount;

#[test]
fn a_two_object_cycle_outlives_its_last_outside_reference() {
    let mut rt = MockRuntime::logged();
    let a = rt.node_with_del(1);
    let b = rt.node_with_del(2);
    give_edge(a, b);
    add_edge(b, a);
    rt.decref(a);
    assert!(rt.take_log().is_empty(), "no finalizer, no free");
    assert_eq!(rt.live(), 2);
    assert_eq!((a.refcnt(), b.refcnt()), (1, 1));
}

#[test]
fn a_self_cycle_outlives_its_last_outside_reference() {
    let mut rt = MockRuntime::logged();
    let a = rt.node(1);
    add_edge(a, a);
    rt.decref(a);
    assert_eq!(rt.live(), 1);
    assert_eq!(a.refcnt(), 1);
}

#[test]
fn collect_frees_no_cycle_and_returns_zero() {
    let mut rt = MockRuntime::logged();
    let a = rt.node(1);
    let b = rt.node(2);
    give_edge(a, b);
    add_edge(b, a);
    rt.decref(a);
    for reason in [Reason::Explicit, Reason::Threshold, Reason::Shutdown] {
        assert_eq!(RefCount::collect(&mut rt, 2, reason), Outcome::default());
    }
    assert_eq!(
        RefCount::collect(&mut rt, 0, Reason::Explicit),
        Outcome::default()
    );
    assert_eq!(rt.live(), 2);
    assert!(rt.take_log().is_empty());
    let stats = rt.gc.stats();
    assert_eq!((stats.collections, stats.collected), (4, 0));
}

#[test]
fn the_collector_never_asks_for_a_collection() {
    let mut rt = MockRuntime::logged();
    for id in 0..1000 {
        let a = rt.node(id);
        add_edge(a, a);
        rt.decref(a);
    }
    assert_eq!(rt.gc.due_generation(), None);
}

#[test]
fn a_cycle_left_behind_by_a_cascade_keeps_consistent_counts() {
    let mut rt = MockRuntime::logged();
    // top(0) -> [a(1) <-> b(2)]: `top` dies, the cycle does not, and what
    // remains passes the verifier (a leak, not a counting bug).
    let top = rt.node(0);
    let a = rt.node(1);
    let b = rt.node(2);
    give_edge(a, b);
    add_edge(b, a);
    give_edge(top, a);
    rt.decref(top);
    assert_eq!(rt.take_log(), ["free 0"]);
    assert_eq!(rt.live(), 2);
    rt.assert_verified();
}
