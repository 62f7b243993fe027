//! The mark-and-sweep collector against a mock object graph, one behaviour
//! per test: nothing is freed until a collection; a collection frees
//! exactly what the roots do not reach, finalizes once, keeps what a
//! finalizer resurrects; the growth trigger asks for collections.

#[path = "../../refcount/tests/mock/mod.rs"]
mod mock;

use mock::{add_edge, Del, Mock};
use ouro_gc_core::generations::debug;
use ouro_gc_core::{Collector, ObjRef, Reason};
use ouro_gc_marksweep::MarkSweep;

type Rt = Mock<MarkSweep>;

fn collect(rt: &mut Rt) -> usize {
    let out = MarkSweep::collect(rt, 2, Reason::Explicit);
    let report = ouro_gc_core::verify::verify(
        &rt.heap,
        |visit| ouro_gc_core::Runtime::visit_roots(rt, visit),
        false,
    );
    assert!(report.dangling.is_empty(), "{report:?}");
    out.collected
}

/// A rooted node.
fn rooted(rt: &mut Rt, id: u32) -> ObjRef {
    let o = rt.node(id);
    rt.give_root(o);
    o
}

fn unroot(rt: &mut Rt, o: ObjRef) {
    let i = rt.roots.iter().position(|&r| r == o).expect("a root");
    rt.roots.remove(i);
}

const _: () = assert!(!MarkSweep::REFCOUNTED, "the collector keeps no counts");

#[test]
fn dropping_the_last_reference_frees_nothing_until_a_collection() {
    let mut rt = Rt::logged();
    let a = rooted(&mut rt, 1);
    unroot(&mut rt, a);
    assert_eq!(rt.live(), 1);
    assert!(rt.take_log().is_empty());
    assert_eq!(collect(&mut rt), 1);
    assert_eq!(rt.take_log(), ["free 1"]);
    assert_eq!(rt.live(), 0);
}

#[test]
fn what_the_roots_reach_survives_and_the_rest_is_freed() {
    let mut rt = Rt::logged();
    let a = rooted(&mut rt, 1);
    let b = rt.node(2);
    let c = rt.node(3);
    add_edge(a, b);
    add_edge(c, b);
    assert_eq!(collect(&mut rt), 1, "only c is unreachable");
    assert_eq!(rt.take_log(), ["free 3"]);
    assert_eq!(rt.live(), 2);
}

#[test]
fn a_cycle_is_freed_at_the_next_collection() {
    let mut rt = Rt::logged();
    let a = rooted(&mut rt, 1);
    let b = rt.node(2);
    add_edge(a, b);
    add_edge(b, a);
    unroot(&mut rt, a);
    assert_eq!(collect(&mut rt), 2);
    assert_eq!(rt.live(), 0);
}

#[test]
fn a_finalizer_runs_once_then_its_object_is_freed_in_the_same_collection() {
    let mut rt = Rt::logged();
    let a = rt.node_with_del(1);
    add_edge(a, a);
    assert_eq!(collect(&mut rt), 1);
    assert_eq!(rt.take_log(), ["finalize 1", "free 1"]);
    assert_eq!(rt.finalized, 1);
}

#[test]
fn what_a_finalizer_resurrects_survives_with_all_it_reaches() {
    let mut rt = Rt::logged();
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    add_edge(a, b);
    rt.del_actions.insert(1, Del::Resurrect);
    assert_eq!(collect(&mut rt), 0);
    assert_eq!(rt.take_log(), ["finalize 1"]);
    assert_eq!(rt.live(), 2);
    // Unreachable again: freed without a second finalizer.
    unroot(&mut rt, a);
    assert_eq!(collect(&mut rt), 2);
    let log = rt.take_log();
    assert!(log.iter().all(|e| e.starts_with("free")), "{log:?}");
    assert_eq!(rt.finalized, 1);
}

#[test]
fn save_all_keeps_the_garbage_and_what_it_reaches() {
    let mut rt = Rt::logged();
    rt.gc.generations_mut().debug = debug::SAVEALL;
    let a = rt.node(1);
    let b = rt.node(2);
    add_edge(a, b);
    assert_eq!(collect(&mut rt), 2);
    assert_eq!(rt.live(), 2);
    assert_eq!(rt.garbage.len(), 2);
}

#[test]
fn a_million_long_chain_is_marked_without_recursion() {
    let mut rt = Rt::quiet();
    let head = rooted(&mut rt, 0);
    let mut last = head;
    for id in 1..1_000_000 {
        let n = rt.node(id);
        add_edge(last, n);
        last = n;
    }
    assert_eq!(collect(&mut rt), 0);
    assert_eq!(rt.live(), 1_000_000);
    unroot(&mut rt, head);
    assert_eq!(collect(&mut rt), 1_000_000);
    assert_eq!(rt.live(), 0);
}

#[test]
fn the_heap_growing_past_its_budget_asks_for_a_collection() {
    let mut rt = Rt::quiet();
    assert_eq!(rt.gc.due_generation(), None);
    let mut n = 0;
    while rt.gc.due_generation().is_none() {
        rooted(&mut rt, n);
        n += 1;
        assert!(n < 1_000_000, "never asked");
    }
    assert!(rt.heap.block_stats().bytes_in_use > 1 << 20);
    // Everything is live: the next budget is twice what survived.
    collect(&mut rt);
    assert_eq!(rt.gc.due_generation(), None);
    let live = rt.heap.block_stats().bytes_in_use;
    while rt.gc.due_generation().is_none() {
        rooted(&mut rt, n);
        n += 1;
    }
    assert!(rt.heap.block_stats().bytes_in_use > 2 * live - 256);
}
