//! The generational collector against a mock object graph, one behaviour
//! per test: what a collection finds, frees, finalizes and promotes, and
//! when the thresholds ask for one.

#[path = "../../refcount/tests/mock/mod.rs"]
mod mock;

use mock::{add_edge, give_edge, Del, Mock};
use ouro_gc_core::generations::debug;
use ouro_gc_core::{Collector, ObjRef, Reason};
use ouro_gc_generational::Generational;

type Rt = Mock<Generational>;

/// Collect, then check every count (the test's own references must be
/// roots).
fn collect(rt: &mut Rt, generation: usize) -> usize {
    let n = collect_unverified(rt, generation);
    rt.assert_verified();
    n
}

fn collect_unverified(rt: &mut Rt, generation: usize) -> usize {
    let out = Generational::collect(rt, generation, Reason::Explicit);
    out.collected + out.uncollectable
}

/// A node that refers to itself, with no other reference.
fn dropped_self_cycle(rt: &mut Rt, id: u32) {
    let a = rt.node(id);
    add_edge(a, a);
    rt.decref(a);
}

fn ids_of(rt: &Rt, generation: usize) -> Vec<u32> {
    rt.gc.generations().gens[generation]
        .list
        .objects()
        .into_iter()
        .map(|o| mock::payload(o).id)
        .collect()
}

#[test]
fn acyclic_garbage_dies_at_its_last_reference() {
    let mut rt = Rt::logged();
    let a = rt.node(1);
    let b = rt.node(2);
    give_edge(a, b);
    rt.decref(a);
    // As under refcount: what `a` held is freed before `a`'s block.
    assert_eq!(rt.take_log(), ["free 2", "free 1"]);
    assert_eq!(rt.live(), 0);
}

#[test]
fn eight_dropped_self_cycles_are_eight_unreachable_objects() {
    let mut rt = Rt::logged();
    for id in 0..8 {
        dropped_self_cycle(&mut rt, id);
    }
    assert_eq!(rt.live(), 8);
    assert_eq!(collect(&mut rt, 2), 8);
    assert_eq!(rt.live(), 0);
    assert_eq!(collect(&mut rt, 2), 0);
}

#[test]
fn a_cycle_reachable_from_a_root_survives_and_is_promoted() {
    let mut rt = Rt::logged();
    let a = rt.node(1);
    let b = rt.node(2);
    add_edge(a, b);
    give_edge(b, a);
    rt.give_root(b);
    // `a`'s own reference was given to `b`; `b`'s to the roots.
    assert_eq!(collect(&mut rt, 0), 0);
    assert_eq!(ids_of(&rt, 0), Vec::<u32>::new());
    assert_eq!(ids_of(&rt, 1), [2, 1]);
    assert_eq!(collect(&mut rt, 1), 0);
    assert_eq!(ids_of(&rt, 2), [2, 1]);
    assert_eq!(rt.live(), 2);
}

#[test]
fn a_young_collection_leaves_older_garbage_alone() {
    let mut rt = Rt::logged();
    dropped_self_cycle(&mut rt, 1);
    // Move the cycle to generation 1 without collecting it: hold it while
    // generation 0 is collected.
    let held = rt.gc.generations().gens[0].list.first().expect("tracked");
    held.inc();
    rt.give_root(held);
    assert_eq!(collect(&mut rt, 0), 0);
    rt.drop_root(held);
    dropped_self_cycle(&mut rt, 2);
    assert_eq!(collect(&mut rt, 0), 1, "only the young cycle");
    assert_eq!(rt.live(), 1);
    assert_eq!(collect(&mut rt, 1), 1);
    assert_eq!(rt.live(), 0);
}

#[test]
fn references_from_an_older_generation_keep_young_objects_alive() {
    let mut rt = Rt::logged();
    let old = rt.node(1);
    rt.give_root(old);
    assert_eq!(collect(&mut rt, 0), 0);
    let young = rt.node(2);
    give_edge(old, young);
    assert_eq!(collect(&mut rt, 0), 0);
    assert_eq!(rt.live(), 2);
}

#[test]
fn finalizers_of_a_cycle_run_once_before_it_is_freed() {
    let mut rt = Rt::logged();
    let a = rt.node_with_del(1);
    let b = rt.node_with_del(2);
    add_edge(a, b);
    give_edge(b, a);
    rt.decref(b);
    assert!(rt.take_log().is_empty());
    assert_eq!(collect(&mut rt, 2), 2);
    let log = rt.take_log();
    assert_eq!(&log[..2], ["finalize 1", "finalize 2"]);
    assert_eq!(log.len(), 4, "both freed: {log:?}");
    assert_eq!(rt.finalized, 2);
}

#[test]
fn a_resurrected_cycle_survives_and_is_never_finalized_again() {
    let mut rt = Rt::logged();
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    add_edge(a, b);
    give_edge(b, a);
    rt.del_actions.insert(1, Del::Resurrect);
    rt.decref(b);
    assert_eq!(
        collect(&mut rt, 2),
        0,
        "resurrected objects are not counted"
    );
    assert_eq!(rt.take_log(), ["finalize 1"]);
    assert_eq!(rt.live(), 2, "b survives with a, which refers to it");
    assert!(a.is_finalized());
    rt.drop_root(a);
    assert_eq!(collect(&mut rt, 2), 2);
    let log = rt.take_log();
    assert!(log.iter().all(|e| e.starts_with("free")), "{log:?}");
    assert_eq!(rt.live(), 0);
}

#[test]
fn a_finalizer_that_breaks_the_cycle_lets_reference_counting_free_it() {
    let mut rt = Rt::logged();
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    add_edge(a, b);
    give_edge(b, a);
    rt.del_actions.insert(1, Del::DropLastEdge);
    rt.decref(b);
    assert_eq!(
        collect(&mut rt, 2),
        0,
        "freed by its finalizer, not by the collection"
    );
    assert_eq!(rt.live(), 0);
}

#[test]
fn save_all_keeps_the_garbage_instead_of_freeing_it() {
    let mut rt = Rt::logged();
    rt.gc.generations_mut().debug = debug::SAVEALL;
    dropped_self_cycle(&mut rt, 1);
    dropped_self_cycle(&mut rt, 2);
    assert_eq!(collect(&mut rt, 2), 2);
    assert_eq!(rt.live(), 2);
    let saved: Vec<u32> = rt.garbage.iter().map(|&o| mock::payload(o).id).collect();
    assert_eq!(saved, [1, 2]);
}

#[test]
fn allocating_past_the_threshold_asks_for_a_young_collection() {
    let mut rt = Rt::quiet();
    let mut held: Vec<ObjRef> = Vec::new();
    for id in 0..700 {
        held.push(rt.node(id));
    }
    assert_eq!(
        rt.gc.due_generation(),
        None,
        "the test is strict: count > 700"
    );
    held.push(rt.node(700));
    assert_eq!(rt.gc.due_generation(), Some(0));
    collect_unverified(&mut rt, 0);
    let counts: Vec<i64> = rt.gc.generations().gens.iter().map(|g| g.count).collect();
    assert_eq!(counts, [0, 1, 0]);
    for o in held {
        rt.decref(o);
    }
}

#[test]
fn the_allocation_that_makes_a_collection_due_stays_young() {
    // CPython collects inside the allocation that crosses the threshold,
    // before it tracks the new object; here the collection runs at the
    // next safepoint, and what was allocated meanwhile waits outside it.
    let mut rt = Rt::quiet();
    let mut held: Vec<ObjRef> = (0..=700).map(|id| rt.node(id)).collect();
    assert_eq!(rt.gc.due_generation(), Some(0));
    held.push(rt.node(701));
    assert!(ids_of(&rt, 0).len() == 700, "700 and 701 wait outside");
    rt.gc.generations_mut().begin_collecting();
    Generational::collect(&mut rt, 0, Reason::Threshold);
    rt.gc.generations_mut().collecting = false;
    assert_eq!(ids_of(&rt, 0), [700, 701]);
    assert_eq!(ids_of(&rt, 1).len(), 700);
    let counts: Vec<i64> = rt.gc.generations().gens.iter().map(|g| g.count).collect();
    // (The trigger itself is not counted after the collection: 701 is.)
    assert_eq!(counts, [1, 1, 0]);
    assert_eq!(rt.gc.due_generation(), None);
    for o in held {
        rt.decref(o);
    }
}

#[test]
fn an_explicit_collection_takes_the_waiting_objects_along() {
    let mut rt = Rt::quiet();
    let held: Vec<ObjRef> = (0..=700).map(|id| rt.node(id)).collect();
    dropped_self_cycle(&mut rt, 701);
    assert_eq!(
        collect_unverified(&mut rt, 0),
        1,
        "the late self-cycle is collected"
    );
    assert_eq!(ids_of(&rt, 1).len(), 701);
    assert_eq!(rt.gc.due_generation(), None);
    for o in held {
        rt.decref(o);
    }
}

#[test]
fn freeing_a_container_lowers_the_young_count() {
    let mut rt = Rt::quiet();
    let a = rt.node(1);
    assert_eq!(rt.gc.generations().gens[0].count, 1);
    rt.decref(a);
    assert_eq!(rt.gc.generations().gens[0].count, 0);
}

#[test]
fn a_full_collection_waits_for_enough_promoted_objects() {
    let mut rt = Rt::quiet();
    // 100 long-lived objects survive a full collection.
    let keep: Vec<ObjRef> = (0..100).map(|id| rt.node(id)).collect();
    collect_unverified(&mut rt, 2);
    let g = rt.gc.generations_mut();
    g.gens[2].count = 11;
    g.gens[0].count = 701;
    assert_eq!(g.long_lived_total, 100);
    // (What the next allocation would latch: the collector itself waits
    // for one.)
    assert_eq!(rt.gc.due_generation(), None);
    assert_eq!(
        rt.gc.generations().due_by_counts(),
        Some(0),
        "gen 2 waits: 0 pending < 100 / 4"
    );
    rt.gc.generations_mut().long_lived_pending = 25;
    assert_eq!(rt.gc.generations().due_by_counts(), Some(2));
    for o in keep {
        rt.decref(o);
    }
}

#[test]
fn stress_collections_leave_the_visible_counters_alone() {
    let mut rt = Rt::quiet();
    dropped_self_cycle(&mut rt, 1);
    let before: Vec<i64> = rt.gc.generations().gens.iter().map(|g| g.count).collect();
    let out = Generational::collect(&mut rt, 0, Reason::Stress);
    assert_eq!((out.collected, out.uncollectable), (1, 0));
    assert_eq!((out.unreachable, out.finalized), (1, 0));
    assert!(out.examined >= out.unreachable, "{out:?}");
    let after: Vec<i64> = rt.gc.generations().gens.iter().map(|g| g.count).collect();
    assert_eq!(before, after);
    assert_eq!(rt.gc.generations().stats[0].collections, 0);
}
