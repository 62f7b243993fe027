//! `verify()`: it recounts references from the roots and from every
//! object's `traverse`, and reports each object whose stored count differs
//! and each reference to something that is not a live object of the heap.

mod mock;

use mock::{add_edge, alloc_node, free_all, node};
use ouro_gc_core::verify::{verify, Report};
use ouro_gc_core::{Heap, ObjRef};

/// A small consistent graph: the roots hold `a` and `c`; `a` holds `b`
/// twice and `c`; `c` holds `b`. Every count equals the references to it.
struct Graph {
    heap: Heap,
    roots: Vec<ObjRef>,
    a: ObjRef,
    b: ObjRef,
    c: ObjRef,
}

impl Graph {
    fn new() -> Graph {
        let mut heap = Heap::new(None);
        let a = alloc_node(&mut heap, 1);
        let b = alloc_node(&mut heap, 2);
        let c = alloc_node(&mut heap, 3);
        add_edge(a, b);
        add_edge(a, b);
        add_edge(a, c);
        add_edge(c, b);
        // `b` was allocated with the test's reference, which it now gives
        // up: only the edges hold it. `a` and `c` keep theirs as roots.
        b.dec();
        Graph {
            heap,
            roots: vec![a, c],
            a,
            b,
            c,
        }
    }

    fn verify(&self, check_counts: bool) -> Report {
        verify(
            &self.heap,
            |visit| self.roots.iter().for_each(|&r| visit(r)),
            check_counts,
        )
    }
}

impl Drop for Graph {
    fn drop(&mut self) {
        free_all(&mut self.heap);
    }
}

#[test]
fn a_consistent_graph_gives_a_clean_report() {
    let g = Graph::new();
    assert_eq!((g.a.refcnt(), g.b.refcnt(), g.c.refcnt()), (1, 3, 2));
    let report = g.verify(true);
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(report.objects, 3);
    // Two roots and four edges.
    assert_eq!(report.references, 6);
}

#[test]
fn a_leaked_reference_is_a_mismatch_one_above_the_count() {
    let g = Graph::new();
    g.b.inc();
    let report = g.verify(true);
    assert!(report.dangling.is_empty());
    assert_eq!(report.mismatches.len(), 1, "{report:?}");
    let m = report.mismatches[0];
    assert_eq!(m.obj, g.b);
    assert_eq!(m.counted, 3);
    assert_eq!(m.stored, m.counted + 1);
}

#[test]
fn an_over_released_reference_is_a_mismatch_one_below_the_count() {
    let g = Graph::new();
    // A decref whose edge stays in place, on an object still held twice,
    // so the object is not freed and the damage is only in the count.
    assert_eq!(g.c.dec(), 1);
    let report = g.verify(true);
    assert!(report.dangling.is_empty());
    assert_eq!(report.mismatches.len(), 1, "{report:?}");
    let m = report.mismatches[0];
    assert_eq!(m.obj, g.c);
    assert_eq!(m.counted, 2);
    assert_eq!(m.stored, m.counted - 1);
}

#[test]
fn every_wrong_count_is_reported() {
    let g = Graph::new();
    g.a.inc();
    g.b.dec();
    let report = g.verify(true);
    let mut wrong: Vec<u32> = report.mismatches.iter().map(|m| node(m.obj).id).collect();
    wrong.sort();
    assert_eq!(wrong, vec![1, 2]);
}

#[test]
fn counts_are_not_checked_when_the_collector_keeps_none() {
    let g = Graph::new();
    g.b.inc();
    let report = g.verify(false);
    assert!(report.is_clean(), "{report:?}");
}

#[test]
fn a_root_to_an_object_of_another_heap_is_dangling() {
    let g = Graph::new();
    // A live object the verified heap does not know: its address is not
    // one of that heap's objects, exactly as a freed object's would not be,
    // but reading its header stays sound.
    let mut other = Heap::new(None);
    let stranger = alloc_node(&mut other, 99);
    let report = verify(
        &g.heap,
        |visit| {
            g.roots.iter().for_each(|&r| visit(r));
            visit(stranger);
        },
        true,
    );
    assert!(report.mismatches.is_empty(), "{report:?}");
    assert_eq!(report.dangling, vec![(None, stranger.addr())]);
    free_all(&mut other);
}

#[test]
fn an_edge_to_an_object_of_another_heap_names_its_holder() {
    let g = Graph::new();
    let mut other = Heap::new(None);
    let stranger = alloc_node(&mut other, 99);
    add_edge(g.c, stranger);
    let report = g.verify(true);
    assert!(report.mismatches.is_empty(), "{report:?}");
    assert_eq!(report.dangling, vec![(Some(g.c), stranger.addr())]);
    // Empty `c` of the stranger before either heap frees its objects.
    node(g.c).edges.borrow_mut().pop();
    free_all(&mut other);
}

#[test]
fn dangling_references_are_reported_even_without_count_checks() {
    let g = Graph::new();
    let mut other = Heap::new(None);
    let stranger = alloc_node(&mut other, 99);
    let report = verify(&g.heap, |visit| visit(stranger), false);
    assert!(report.mismatches.is_empty());
    assert_eq!(report.dangling, vec![(None, stranger.addr())]);
    free_all(&mut other);
}
