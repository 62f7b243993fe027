//! A mock vm for the reference-counting collector's tests: one payload type,
//! `Node`, that owns a list of references, and `MockRuntime`, which
//! implements `Runtime` over a bare `Heap` the way `vm/src/vm.rs` and
//! `vm/src/protocol/finalize.rs` do, without the vm.
//!
//! Every reference is counted by hand, as the vm would: `node` hands back
//! the caller's reference (count 1), `add_edge` takes a new one for the
//! holder, `give_edge` moves the caller's into the holder, and `decref`
//! drops one and calls `RefCount::on_zero` when the count reaches zero.
//!
//! Observing the collector: finalizers log "finalize <id>" and
//! `drop_payload` logs "free <id>" to one per-thread log, so a test sees
//! both kinds of event in the order they happened. The log is off unless the
//! runtime was made with `MockRuntime::logged()`; the very large tests use
//! `MockRuntime::quiet()` and the heap's statistics instead.

// Each test binary uses only part of the mock.
#![allow(dead_code)]

use ouro_gc_core::{Collector, GcConfig, Heap, ObjRef, Runtime, TypeVTable, Visit, HEADER_SIZE};
use ouro_gc_refcount::RefCount;
use std::cell::RefCell;
use std::collections::HashMap;

// --- The payload ------------------------------------------------------------

/// The one payload type: a numbered node holding references, with or
/// without a finalizer (`__del__`).
pub struct Node {
    pub id: u32,
    pub edges: RefCell<Vec<ObjRef>>,
    pub has_del: bool,
}

/// A node whose `clear` gives up its references last to first, as a
/// Python list's deallocation does.
pub static NODE: TypeVTable = node_vtable("node", node_clear_last_first);

/// A node whose `clear` gives up its references first to last, to show the
/// collector keeps whatever order `clear` chose.
pub static NODE_FIRST_TO_LAST: TypeVTable = node_vtable("node_ftl", node_clear_first_to_last);

const fn node_vtable(name: &'static str, clear: fn(ObjRef, &mut Vec<ObjRef>)) -> TypeVTable {
    TypeVTable {
        name,
        tag: 1,
        size: node_size,
        extra_size: node_extra_size,
        accounted_bytes: |_| 0,
        traverse: node_traverse,
        clear,
        gc_clear: clear,
        drop_payload: node_drop,
        is_container: true,
        tracking: ouro_gc_core::Tracking::Always,
        hidden: ouro_gc_core::vtable::never_hidden,
        plain_size: 0,
    }
}

/// The payload of `obj`, which must be a node.
pub fn payload(obj: ObjRef) -> &'static Node {
    let vt = obj.vtable();
    assert!(
        std::ptr::eq(vt, &NODE) || std::ptr::eq(vt, &NODE_FIRST_TO_LAST),
        "{obj:?} is not a node"
    );
    // SAFETY: both node vtables are only ever given to `Heap::alloc` with a
    // `Node` payload (in `MockRuntime::alloc`), so the vtable comparison
    // above proves the payload at `payload_ptr()` is an initialised `Node`;
    // the tests use the reference only while the object is live.
    unsafe { &*(obj.payload_ptr() as *const Node) }
}

fn node_size(_: ObjRef) -> usize {
    HEADER_SIZE + std::mem::size_of::<Node>()
}

fn node_extra_size(obj: ObjRef) -> usize {
    payload(obj).edges.borrow().capacity() * std::mem::size_of::<ObjRef>()
}

fn node_traverse(obj: ObjRef, visit: Visit<'_>) {
    for &e in payload(obj).edges.borrow().iter() {
        visit(e);
    }
}

fn node_clear_last_first(obj: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(payload(obj).edges.borrow_mut().drain(..).rev());
}

fn node_clear_first_to_last(obj: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(payload(obj).edges.borrow_mut().drain(..));
}

/// # Safety
/// `obj` is a node that is never used again (the vtable's contract).
unsafe fn node_drop(obj: ObjRef) {
    let id = payload(obj).id;
    log(format!("free {id}"));
    // SAFETY: the payload at `payload_ptr()` is an initialised `Node`
    // (checked by `payload` just above) and the caller guarantees nothing
    // reads it after this drop, so it is dropped exactly once.
    unsafe { std::ptr::drop_in_place(obj.payload_ptr() as *mut Node) }
}

// --- The event log ------------------------------------------------------------

thread_local! {
    /// `Some` while the current thread's runtime records events.
    static LOG: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

fn log(event: String) {
    LOG.with(|l| {
        if let Some(events) = l.borrow_mut().as_mut() {
            events.push(event);
        }
    });
}

// --- The runtime --------------------------------------------------------------

/// What a node's `__del__` does besides being logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Del {
    /// Store the object in the roots, as `__del__` doing `keep.append(self)`.
    Resurrect,
    /// Remove the node's last reference and release it, as `__del__` doing
    /// `self.items.pop()`.
    DropLastEdge,
}

/// The vm's side of the `Runtime` door, over a bare heap, for any
/// collector (the generational collector's tests use it too).
pub struct Mock<C: Collector> {
    pub gc: C,
    pub heap: Heap,
    /// References held outside the heap; each holds one count.
    pub roots: Vec<ObjRef>,
    /// What the `__del__` of the node with a given id does when it runs.
    pub del_actions: HashMap<u32, Del>,
    /// How many finalizers have run, logged or not.
    pub finalized: u64,
    /// What `gc.DEBUG_SAVEALL` saved (each holds one count).
    pub garbage: Vec<ObjRef>,
}

/// The runtime of the reference-counting collector's tests.
pub type MockRuntime = Mock<RefCount>;

impl<C: Collector> Mock<C> {
    /// A runtime that logs every finalizer and free to this thread's log.
    pub fn logged() -> Mock<C> {
        LOG.with(|l| *l.borrow_mut() = Some(Vec::new()));
        Mock::unlogged()
    }

    /// A runtime that logs nothing, for graphs of a million objects.
    pub fn quiet() -> Mock<C> {
        LOG.with(|l| *l.borrow_mut() = None);
        Mock::unlogged()
    }

    fn unlogged() -> Mock<C> {
        Mock {
            gc: C::new(&GcConfig::default()),
            heap: Heap::new(None),
            roots: Vec::new(),
            del_actions: HashMap::new(),
            finalized: 0,
            garbage: Vec::new(),
        }
    }

    /// The events logged since the last call, oldest first.
    pub fn take_log(&self) -> Vec<String> {
        LOG.with(|l| l.borrow_mut().as_mut().map(std::mem::take))
            .expect("this runtime logs nothing: made with `quiet()`")
    }

    /// A new list-like node with no finalizer; the caller owns the one
    /// reference.
    pub fn node(&mut self, id: u32) -> ObjRef {
        self.alloc(&NODE, id, false)
    }

    /// A new list-like node with a finalizer; the caller owns the one
    /// reference.
    pub fn node_with_del(&mut self, id: u32) -> ObjRef {
        self.alloc(&NODE, id, true)
    }

    pub fn alloc(&mut self, vtable: &'static TypeVTable, id: u32, has_del: bool) -> ObjRef {
        let payload = Node {
            id,
            edges: RefCell::new(Vec::new()),
            has_del,
        };
        let obj = self.heap.alloc(vtable, payload).expect("no heap limit");
        C::on_alloc(self, obj);
        obj
    }

    /// Drop one reference to `obj`, deallocating it if that was the last
    /// (nothing at all under a collector that keeps no counts).
    pub fn decref(&mut self, obj: ObjRef) {
        if C::REFCOUNTED && obj.dec() == 0 {
            C::on_zero(self, obj);
        }
    }

    /// Move the caller's reference to `obj` into the roots.
    pub fn give_root(&mut self, obj: ObjRef) {
        self.roots.push(obj);
    }

    /// Remove `obj` from the roots and drop the root's reference.
    pub fn drop_root(&mut self, obj: ObjRef) {
        let i = self.roots.iter().position(|&r| r == obj).expect("a root");
        self.roots.remove(i);
        self.decref(obj);
    }

    pub fn live(&self) -> usize {
        self.heap.object_stats().live
    }

    /// Check every count against the references found from the roots and
    /// every object's `traverse`.
    pub fn assert_verified(&self) {
        let report = ouro_gc_core::verify::verify(
            &self.heap,
            |visit| self.visit_roots(visit),
            C::REFCOUNTED,
        );
        assert!(report.is_clean(), "{report:?}");
    }
}

/// Make `parent` hold a new reference to `child`.
pub fn add_edge(parent: ObjRef, child: ObjRef) {
    child.inc();
    payload(parent).edges.borrow_mut().push(child);
}

/// Move the caller's reference to `child` into `parent`.
pub fn give_edge(parent: ObjRef, child: ObjRef) {
    payload(parent).edges.borrow_mut().push(child);
}

impl<C: Collector> Runtime for Mock<C> {
    type Gc = C;

    fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }

    fn gc(&mut self) -> &mut C {
        &mut self.gc
    }

    /// As `vm/src/protocol/finalize.rs`: run `__del__` at most once (the FINALIZED
    /// bit), with the object held by a temporary reference while it runs,
    /// and drop that reference without deallocating: the collector
    /// re-checks the count.
    fn finalize(&mut self, obj: ObjRef) -> bool {
        let node = payload(obj);
        if !node.has_del || obj.is_finalized() {
            return false;
        }
        obj.set_finalized(true);
        if C::REFCOUNTED {
            obj.set_refcnt(obj.refcnt() + 1);
        }
        log(format!("finalize {}", node.id));
        self.finalized += 1;
        match self.del_actions.get(&node.id).copied() {
            Some(Del::Resurrect) => {
                if C::REFCOUNTED {
                    obj.inc();
                }
                self.roots.push(obj);
            }
            Some(Del::DropLastEdge) => {
                let last = node.edges.borrow_mut().pop();
                if let Some(e) = last {
                    self.decref(e);
                }
            }
            None => {}
        }
        if C::REFCOUNTED {
            obj.set_refcnt(obj.refcnt() - 1);
        }
        true
    }

    fn visit_roots(&self, visit: Visit<'_>) {
        for &r in self.roots.iter().chain(&self.garbage) {
            visit(r);
        }
    }

    fn describe(&self, obj: ObjRef) -> String {
        format!("node {}", payload(obj).id)
    }

    fn type_name(&self, _obj: ObjRef) -> String {
        "node".to_string()
    }

    fn save_garbage(&mut self, obj: ObjRef) {
        obj.inc();
        self.garbage.push(obj);
    }

    /// The mock has no weak references.
    fn clear_weakrefs(&mut self, _obj: ObjRef) -> Vec<ObjRef> {
        Vec::new()
    }

    fn call_weakref_callbacks(&mut self, _wrs: Vec<ObjRef>, _dealloc: bool) -> usize {
        0
    }
}
