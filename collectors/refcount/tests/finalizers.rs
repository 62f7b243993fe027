//! Finalizers (`__del__`): run once, when the last reference goes and before
//! the object releases anything; they may resurrect the object, and they
//! may release other references while the cascade is under way.

mod mock;

use mock::{give_edge, Del, MockRuntime};

#[test]
fn a_finalizer_runs_exactly_once_then_the_object_is_freed() {
    let mut rt = MockRuntime::logged();
    let a = rt.node_with_del(1);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["finalize 1", "free 1"]);
    assert_eq!(rt.finalized, 1);
    assert_eq!(rt.live(), 0);
}

#[test]
fn an_object_without_a_finalizer_is_freed_without_one() {
    let mut rt = MockRuntime::logged();
    let a = rt.node(1);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["free 1"]);
    assert_eq!(rt.finalized, 0);
}

#[test]
fn a_finalizer_runs_before_the_object_releases_its_references() {
    let mut rt = MockRuntime::logged();
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    give_edge(a, b);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["finalize 1", "free 2", "free 1"]);
}

#[test]
fn a_resurrecting_finalizer_prevents_the_free() {
    let mut rt = MockRuntime::logged();
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    give_edge(a, b);
    rt.del_actions.insert(1, Del::Resurrect);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["finalize 1"]);
    assert_eq!(rt.roots, [a]);
    assert_eq!(a.refcnt(), 1);
    assert!(a.is_finalized());
    // Its references were not released either.
    assert_eq!(mock::payload(a).edges.borrow().as_slice(), [b]);
    assert_eq!(rt.live(), 2);
    rt.assert_verified();
}

#[test]
fn a_resurrected_object_that_dies_again_is_freed_without_finalizing() {
    let mut rt = MockRuntime::logged();
    let a = rt.node_with_del(1);
    let b = rt.node_with_del(2);
    give_edge(a, b);
    rt.del_actions.insert(1, Del::Resurrect);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["finalize 1"]);
    rt.drop_root(a);
    assert_eq!(rt.take_log(), ["finalize 2", "free 2", "free 1"]);
    assert_eq!(rt.finalized, 2);
    assert_eq!(rt.live(), 0);
}

#[test]
fn an_object_resurrected_mid_cascade_keeps_what_it_holds() {
    let mut rt = MockRuntime::logged();
    // top(0) -> [r(1) -> [k(2)], d(3)]: `r` resurrects itself while `top`
    // is being released; `d` and `top` still die.
    let top = rt.node(0);
    let r = rt.node_with_del(1);
    let k = rt.node(2);
    let d = rt.node(3);
    give_edge(r, k);
    give_edge(top, r);
    give_edge(top, d);
    rt.del_actions.insert(1, Del::Resurrect);
    rt.decref(top);
    assert_eq!(rt.take_log(), ["free 3", "finalize 1", "free 0"]);
    assert_eq!(rt.roots, [r]);
    assert_eq!(rt.live(), 2);
    assert_eq!(k.refcnt(), 1);
    rt.assert_verified();
}

#[test]
fn a_finalizer_that_releases_a_reference_does_not_break_the_cascade() {
    let mut rt = MockRuntime::logged();
    // a(1) -> [b(2), c(3) -> [c1(31)]]; a's `__del__` pops and releases `c`
    // (freeing it and `c1` from inside the finalizer), then `a` releases
    // what is left.
    let a = rt.node_with_del(1);
    let b = rt.node(2);
    let c = rt.node_with_del(3);
    let c1 = rt.node(31);
    give_edge(c, c1);
    give_edge(a, b);
    give_edge(a, c);
    rt.del_actions.insert(1, Del::DropLastEdge);
    rt.decref(a);
    assert_eq!(
        rt.take_log(),
        [
            "finalize 1",
            "finalize 3",
            "free 31",
            "free 3",
            "free 2",
            "free 1",
        ]
    );
    assert_eq!(rt.live(), 0);
}

#[test]
fn a_finalizer_deep_in_the_cascade_may_release_references() {
    let mut rt = MockRuntime::logged();
    // top(0) -> [p(1), m(2) -> [x(21), y(22) -> [y1(221)]], q(3)]; `m`'s
    // `__del__` releases `y` while `top`'s release still has `p` pending.
    let top = rt.node(0);
    let p = rt.node(1);
    let m = rt.node_with_del(2);
    let x = rt.node(21);
    let y = rt.node(22);
    let y1 = rt.node(221);
    let q = rt.node(3);
    give_edge(y, y1);
    give_edge(m, x);
    give_edge(m, y);
    give_edge(top, p);
    give_edge(top, m);
    give_edge(top, q);
    rt.del_actions.insert(2, Del::DropLastEdge);
    rt.decref(top);
    assert_eq!(
        rt.take_log(),
        [
            "free 3",
            "finalize 2",
            "free 221",
            "free 22",
            "free 21",
            "free 2",
            "free 1",
            "free 0",
        ]
    );
    assert_eq!(rt.live(), 0);
}

#[test]
fn an_object_resurrected_inside_another_finalizer_survives_it() {
    let mut rt = MockRuntime::logged();
    // The released object has a finalizer that resurrects it: the nested
    // release keeps it, and the outer one still frees the holder.
    let a = rt.node_with_del(1);
    let b = rt.node_with_del(2);
    give_edge(a, b);
    rt.del_actions.insert(1, Del::DropLastEdge);
    rt.del_actions.insert(2, Del::Resurrect);
    rt.decref(a);
    assert_eq!(rt.take_log(), ["finalize 1", "finalize 2", "free 1"]);
    assert_eq!(rt.roots, [b]);
    rt.assert_verified();
}
