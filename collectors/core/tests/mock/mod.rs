//! A mock object graph for the core's tests: one payload type, `Node`, that
//! owns a list of references, on a bare `Heap` with no collector and no vm.
//!
//! Counts are kept by hand, as the vm would: `alloc` hands back the
//! caller's reference (count 1) and `add_edge` takes a new one for the
//! holder. `free_all` returns every object at the end of a test so no
//! payload buffer leaks.

// Each test binary uses only part of the mock.
#![allow(dead_code)]

use ouro_gc_core::{Heap, ObjRef, TypeVTable, Visit, HEADER_SIZE};
use std::cell::RefCell;

/// The one payload type: a numbered node holding references.
pub struct Node {
    pub id: u32,
    pub edges: RefCell<Vec<ObjRef>>,
}

pub static NODE: TypeVTable = TypeVTable {
    name: "node",
    tag: 1,
    size: node_size,
    extra_size: node_extra_size,
    accounted_bytes: |_| 0,
    traverse: node_traverse,
    clear: node_clear,
    gc_clear: node_clear,
    drop_payload: node_drop,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};

/// The payload of `obj`, which must be a `Node`.
pub fn node(obj: ObjRef) -> &'static Node {
    assert!(std::ptr::eq(obj.vtable(), &NODE), "{obj:?} is not a node");
    // SAFETY: the vtable comparison above proves `obj` was allocated by
    // `alloc_node` with a `Node` payload, written at `payload_ptr()`; the
    // tests use the reference only while the object is live.
    unsafe { &*(obj.payload_ptr() as *const Node) }
}

fn node_size(_: ObjRef) -> usize {
    HEADER_SIZE + std::mem::size_of::<Node>()
}

fn node_extra_size(obj: ObjRef) -> usize {
    node(obj).edges.borrow().capacity() * std::mem::size_of::<ObjRef>()
}

fn node_traverse(obj: ObjRef, visit: Visit<'_>) {
    for &e in node(obj).edges.borrow().iter() {
        visit(e);
    }
}

fn node_clear(obj: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(node(obj).edges.borrow_mut().drain(..).rev());
}

/// # Safety
/// `obj` is a `Node` that is never used again (the vtable's contract).
unsafe fn node_drop(obj: ObjRef) {
    node(obj);
    // SAFETY: the payload at `payload_ptr()` is an initialised `Node`
    // (checked by `node` just above) and the caller guarantees nothing reads
    // it after this drop, so it is dropped exactly once.
    unsafe { std::ptr::drop_in_place(obj.payload_ptr() as *mut Node) }
}

/// An atom: a number, no references, no collector head.
pub struct Atom(pub u32);

pub static ATOM: TypeVTable = TypeVTable::atom("atom", 2, atom_size, atom_drop);

fn atom_size(_: ObjRef) -> usize {
    HEADER_SIZE + std::mem::size_of::<Atom>()
}

/// # Safety
/// `obj` is an `Atom` that is never used again.
unsafe fn atom_drop(_: ObjRef) {}

/// A new atom; the returned reference (count 1) belongs to the caller.
pub fn alloc_atom(heap: &mut Heap, n: u32) -> ObjRef {
    heap.alloc(&ATOM, Atom(n))
        .expect("the test heap has no limit")
}

/// The number of an atom.
pub fn atom(obj: ObjRef) -> u32 {
    assert!(std::ptr::eq(obj.vtable(), &ATOM), "{obj:?} is not an atom");
    // SAFETY: the vtable comparison proves `obj` carries an `Atom`.
    unsafe { (*(obj.payload_ptr() as *const Atom)).0 }
}

/// A new node; the returned reference (count 1) belongs to the caller.
pub fn alloc_node(heap: &mut Heap, id: u32) -> ObjRef {
    let payload = Node {
        id,
        edges: RefCell::new(Vec::new()),
    };
    heap.alloc(&NODE, payload)
        .expect("the test heap has no limit")
}

/// Make `parent` hold a new reference to `child`.
pub fn add_edge(parent: ObjRef, child: ObjRef) {
    child.inc();
    node(parent).edges.borrow_mut().push(child);
}

/// The ids of `objs`, sorted (the heap walks in address order).
pub fn sorted_ids(objs: impl IntoIterator<Item = ObjRef>) -> Vec<u32> {
    let mut v = ids(objs);
    v.sort_unstable();
    v
}

/// The ids of `objs`, in order.
pub fn ids(objs: impl IntoIterator<Item = ObjRef>) -> Vec<u32> {
    objs.into_iter()
        .map(|o| {
            if o.is_container() {
                node(o).id
            } else {
                atom(o)
            }
        })
        .collect()
}

/// Free every object still on `heap`, whatever its count.
pub fn free_all(heap: &mut Heap) {
    let objs = heap.objects();
    for &o in &objs {
        (o.vtable().clear)(o, &mut Vec::new());
    }
    for o in objs {
        // SAFETY: every object on the heap was cleared above, so no object
        // refers to another, and the test drops all its handles with the
        // heap: each object is unreachable and never used again.
        unsafe { heap.free(o) };
    }
}
