//! Deep structures are freed without recursion: each test runs its body on
//! a thread with a 2 MiB stack, which a recursive deallocation of this depth
//! would overflow many times over.

mod mock;

use mock::{give_edge, MockRuntime};
use ouro_gc_core::ObjRef;

/// The default stack of a spawned Rust thread, set explicitly so that
/// `RUST_MIN_STACK` cannot make the test pass by accident.
const STACK: usize = 2 << 20;

fn on_small_stack(body: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(body)
        .expect("spawn the test thread")
        .join()
        .expect("the test thread did not panic");
}

/// A chain 0 -> 1 -> ... -> n-1 in which each node holds only the next;
/// the caller owns the one reference to node 0.
fn chain(rt: &mut MockRuntime, n: u32, with_del: bool) -> ObjRef {
    let mut next: Option<ObjRef> = None;
    for id in (0..n).rev() {
        let node = rt.alloc(&mock::NODE, id, with_del);
        if let Some(next) = next {
            give_edge(node, next);
        }
        next = Some(node);
    }
    next.expect("n > 0")
}

#[test]
fn a_chain_of_a_million_nodes_is_freed_by_one_decref() {
    on_small_stack(|| {
        let mut rt = MockRuntime::quiet();
        let blocks_before = rt.heap.block_stats();
        let head = chain(&mut rt, 1_000_000, false);
        assert_eq!(rt.live(), 1_000_000);
        rt.decref(head);
        assert_eq!(rt.live(), 0);
        assert_eq!(rt.heap.object_stats().freed, 1_000_000);
        assert_eq!(rt.gc.freed(), 1_000_000);
        assert_eq!(
            rt.heap.block_stats().bytes_in_use,
            blocks_before.bytes_in_use
        );
    });
}

#[test]
fn a_chain_of_finalizable_nodes_runs_every_finalizer_without_recursion() {
    on_small_stack(|| {
        let mut rt = MockRuntime::quiet();
        let head = chain(&mut rt, 200_000, true);
        rt.decref(head);
        assert_eq!(rt.finalized, 200_000);
        assert_eq!(rt.live(), 0);
    });
}

/// `depth` levels of `[leaf, inner]` pairs: node `2k` holds leaf `2k+1`
/// and then node `2k+2`. Released last to first, every level descends into
/// `inner` first and leaves its leaf waiting, so the cascade has `depth`
/// releases pending at the bottom. Returns the outermost node.
fn nested_with_leaves(rt: &mut MockRuntime, depth: u32) -> ObjRef {
    let mut inner = rt.node(2 * depth);
    for level in (0..depth).rev() {
        let outer = rt.node(2 * level);
        let leaf = rt.node(2 * level + 1);
        give_edge(outer, leaf);
        give_edge(outer, inner);
        inner = outer;
    }
    inner
}

#[test]
fn a_structure_nested_a_hundred_thousand_deep_is_freed_by_one_decref() {
    on_small_stack(|| {
        let mut rt = MockRuntime::quiet();
        let depth = 100_000;
        let top = nested_with_leaves(&mut rt, depth);
        assert_eq!(rt.live(), 2 * depth as usize + 1);
        rt.decref(top);
        assert_eq!(rt.live(), 0);
        assert_eq!(rt.heap.object_stats().freed, 2 * depth as u64 + 1);
    });
}

#[test]
fn a_deeply_nested_structure_is_freed_innermost_first() {
    // The order at depth, on a log small enough to read: the innermost node
    // first, then each level's leaf before the level itself.
    let mut rt = MockRuntime::logged();
    let top = nested_with_leaves(&mut rt, 3);
    rt.decref(top);
    assert_eq!(
        rt.take_log(),
        ["free 6", "free 5", "free 4", "free 3", "free 2", "free 1", "free 0"]
    );
}
