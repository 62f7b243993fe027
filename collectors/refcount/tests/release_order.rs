//! Deallocation order: the iterative cascade frees objects, and runs their
//! finalizers, in exactly the order CPython's recursive `tp_dealloc` would,
//! releasing each object's references in the order its `clear` gives.

mod mock;

use mock::{add_edge, give_edge, MockRuntime, NODE_FIRST_TO_LAST};
use ouro_gc_core::ObjRef;

/// A node holding new nodes `ids`, each held only by it.
fn node_holding(rt: &mut MockRuntime, id: u32, ids: &[u32]) -> ObjRef {
    let n = rt.node(id);
    for &i in ids {
        let child = rt.node(i);
        give_edge(n, child);
    }
    n
}

#[test]
fn a_list_releases_its_items_last_to_first_then_is_freed() {
    let mut rt = MockRuntime::logged();
    let list = node_holding(&mut rt, 0, &[1, 2, 3]);
    rt.decref(list);
    assert_eq!(rt.take_log(), ["free 3", "free 2", "free 1", "free 0"]);
}

#[test]
fn the_release_order_is_the_one_clear_gives() {
    let mut rt = MockRuntime::logged();
    let n = rt.alloc(&NODE_FIRST_TO_LAST, 0, false);
    for i in 1..=3 {
        let child = rt.node(i);
        give_edge(n, child);
    }
    rt.decref(n);
    assert_eq!(rt.take_log(), ["free 1", "free 2", "free 3", "free 0"]);
}

/// root(0) -> [x(1) -> [x1(11), x2(12)], y(2)]
fn nested(rt: &mut MockRuntime, with_del: bool) -> ObjRef {
    let new = |rt: &mut MockRuntime, id| {
        if with_del {
            rt.node_with_del(id)
        } else {
            rt.node(id)
        }
    };
    let root = new(rt, 0);
    let x = new(rt, 1);
    let y = new(rt, 2);
    let x1 = new(rt, 11);
    let x2 = new(rt, 12);
    give_edge(x, x1);
    give_edge(x, x2);
    give_edge(root, x);
    give_edge(root, y);
    root
}

#[test]
fn nested_containers_are_freed_depth_first() {
    let mut rt = MockRuntime::logged();
    let root = nested(&mut rt, false);
    rt.decref(root);
    assert_eq!(
        rt.take_log(),
        ["free 2", "free 12", "free 11", "free 1", "free 0"]
    );
}

#[test]
fn finalizers_run_in_recursive_deallocation_order() {
    let mut rt = MockRuntime::logged();
    let root = nested(&mut rt, true);
    rt.decref(root);
    // Each finalizer runs when its object's count reaches zero, before the
    // object releases anything: as recursion would interleave them.
    assert_eq!(
        rt.take_log(),
        [
            "finalize 0",
            "finalize 2",
            "free 2",
            "finalize 1",
            "finalize 12",
            "free 12",
            "finalize 11",
            "free 11",
            "free 1",
            "free 0",
        ]
    );
}

#[test]
fn a_shared_object_dies_with_its_last_holder() {
    let mut rt = MockRuntime::logged();
    // root(0) -> [a(1) -> [s(9)], b(2) -> [s(9)]]: released last to first,
    // `b` goes first but `s` only dies when `a` releases it.
    let root = rt.node(0);
    let a = rt.node(1);
    let b = rt.node(2);
    let s = rt.node_with_del(9);
    add_edge(a, s);
    give_edge(b, s);
    give_edge(root, a);
    give_edge(root, b);
    rt.decref(root);
    assert_eq!(
        rt.take_log(),
        ["free 2", "finalize 9", "free 9", "free 1", "free 0"]
    );
}

// --- Against a recursive model --------------------------------------------------

/// A graph as plain data: each node's edges (to higher-numbered nodes only,
/// so it is acyclic) and whether it has a finalizer.
struct Spec {
    edges: Vec<Vec<usize>>,
    has_del: Vec<bool>,
}

/// A deterministic directed acyclic graph in which every node but 0 has at
/// least one holder of lower number, so everything dies with node 0.
fn random_dag(n: usize, seed: u64) -> Spec {
    let mut state = seed;
    let mut next = move |bound: usize| {
        // A 64-bit LCG (Knuth's MMIX constants); the high bits are the best.
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % bound
    };
    let mut edges = vec![Vec::new(); n];
    for child in 1..n {
        edges[next(child)].push(child);
        // Sometimes a second and third holder, sometimes the same one again.
        for _ in 0..next(3) {
            edges[next(child)].push(child);
        }
    }
    // Shuffle each edge list so release order is not allocation order.
    for list in &mut edges {
        for i in (1..list.len()).rev() {
            list.swap(i, next(i + 1));
        }
    }
    let has_del = (0..n).map(|_| next(2) == 0).collect();
    Spec { edges, has_del }
}

/// What CPython's recursive deallocation logs for `spec` when node 0's
/// last reference goes, list-like (last to first) release order.
fn recursive_model(spec: &Spec) -> Vec<String> {
    fn decref(spec: &Spec, counts: &mut [usize], i: usize, log: &mut Vec<String>) {
        counts[i] -= 1;
        if counts[i] > 0 {
            return;
        }
        if spec.has_del[i] {
            log.push(format!("finalize {i}"));
        }
        for &e in spec.edges[i].iter().rev() {
            decref(spec, counts, e, log);
        }
        log.push(format!("free {i}"));
    }
    let mut counts = vec![0; spec.edges.len()];
    counts[0] = 1;
    for &e in spec.edges.iter().flatten() {
        counts[e] += 1;
    }
    let mut log = Vec::new();
    decref(spec, &mut counts, 0, &mut log);
    log
}

/// Build `spec` on the mock heap; returns node 0 holding the only outside
/// reference.
fn build(rt: &mut MockRuntime, spec: &Spec) -> ObjRef {
    let nodes: Vec<ObjRef> = (0..spec.edges.len())
        .map(|i| rt.alloc(&mock::NODE, i as u32, spec.has_del[i]))
        .collect();
    for (i, list) in spec.edges.iter().enumerate() {
        for &e in list {
            add_edge(nodes[i], nodes[e]);
        }
    }
    // Drop the build references of all but node 0: the edges hold them.
    for &n in &nodes[1..] {
        n.dec();
    }
    nodes[0]
}

#[test]
fn the_cascade_matches_recursive_deallocation_on_shared_graphs() {
    for seed in 1..=20 {
        let spec = random_dag(60, seed);
        let mut rt = MockRuntime::logged();
        let root = build(&mut rt, &spec);
        rt.give_root(root);
        rt.assert_verified();
        rt.drop_root(root);
        assert_eq!(rt.take_log(), recursive_model(&spec), "seed {seed}");
        assert_eq!(rt.live(), 0, "seed {seed}");
    }
}
