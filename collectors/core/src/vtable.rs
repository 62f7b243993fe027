//! The type vtable: what a collector may ask of an object without knowing
//! its type (CPython's `tp_traverse`, `tp_clear`, `tp_dealloc`).
//!
//! The vm defines one `static` vtable per object layout (int, str, list,
//! dict, instance, ...). Collectors only ever call these functions; they
//! never look inside a payload.

use crate::header::ObjRef;

/// A visitor receives every reference an object owns.
pub type Visit<'a> = &'a mut dyn FnMut(ObjRef);

/// The per-layout operations. All function pointers receive an object whose
/// header's vtable is this one.
pub struct TypeVTable {
    /// A name for reports (`list`, `dict`, `instance`): the layout, which for
    /// builtin types is also the Python type name.
    pub name: &'static str,
    /// An opaque number the vm uses to tell layouts apart; collectors
    /// ignore it.
    pub tag: u32,
    /// Size in bytes of the object (header + payload) as allocated; a
    /// container's block has its collector head in front as well
    /// (`Heap::block_size`).
    pub size: fn(ObjRef) -> usize,
    /// Bytes the object owns outside its block right now (item buffers),
    /// for `sys.getsizeof`.
    pub extra_size: fn(ObjRef) -> usize,
    /// Bytes outside the block that are counted against the heap's limit
    /// for this object: reserved when it is allocated, released when it is
    /// freed, and changed in between only through `Heap::account`. Must
    /// read the same at free time as the heap last accounted (so `clear`
    /// must not change it).
    pub accounted_bytes: fn(ObjRef) -> usize,
    /// Visit every reference the object owns, each exactly once per
    /// reference held (a list holding `x` twice visits it twice). Must be
    /// complete: `--verify-heap` and tracing collectors rely on it.
    pub traverse: fn(ObjRef, Visit<'_>),
    /// Move every owned reference out of the object into `out`, in the order
    /// CPython releases them on deallocation (a list: last item first), and
    /// leave the object empty but valid. The caller now owns the references.
    pub clear: fn(ObjRef, &mut Vec<ObjRef>),
    /// Break the references a cycle collection may break (CPython's
    /// `tp_clear`): move them into `out`, leaving the object valid and
    /// usable. A layout that can break none does nothing (a tuple).
    pub gc_clear: fn(ObjRef, &mut Vec<ObjRef>),
    /// Drop the payload's Rust resources (buffers). Called once, after
    /// `clear`, just before the block is freed.
    ///
    /// # Safety
    /// The object must be unreachable and never used again.
    pub drop_payload: unsafe fn(ObjRef),
    /// Can this layout take part in a reference cycle? A container has a
    /// collector head and may be tracked.
    pub is_container: bool,
    /// When a container of this layout is tracked (ignored for atoms).
    pub tracking: Tracking,
    /// Is this object an implementation detail CPython has no object for
    /// (an instance's attribute dict never asked for)? The `gc` module
    /// neither counts nor lists such objects; collectors treat them as any
    /// other.
    pub hidden: fn(ObjRef) -> bool,
    /// The size of every object of this layout when it is a plain atom:
    /// fixed-size, no collector head, no references, nothing to drop and
    /// no bytes outside its block (an int, a float). Allocating and
    /// freeing one then asks the vtable nothing. 0 for any other layout.
    pub plain_size: usize,
}

/// `hidden` for layouts that are always real objects.
pub fn never_hidden(_: ObjRef) -> bool {
    false
}

/// When a container is on a collector list (CPython 3.11's rules).
#[derive(Clone, Copy)]
pub enum Tracking {
    /// From creation until it is freed (lists, instances, functions, ..).
    Always,
    /// From creation, until a collection finds, by this function, that it
    /// holds nothing that may be tracked (tuples).
    UntilAtomic(fn(ObjRef) -> bool),
    /// Only once it holds something that may be tracked (the vm tracks it
    /// then), until a full collection finds, by this function, that it no
    /// longer does (dicts).
    Lazy(fn(ObjRef) -> bool),
}

impl Tracking {
    /// CPython's `_PyObject_GC_MAY_BE_TRACKED`: could `obj` be on a list,
    /// now or later? A tuple that was untracked stays so, and an `Always`
    /// layout off the lists is a static object, never tracked (a builtin
    /// type: CPython's `type_is_gc` says a static type is no GC object).
    pub fn may_be_tracked(obj: ObjRef) -> bool {
        obj.is_container()
            && (obj.is_tracked() || matches!(obj.vtable().tracking, Tracking::Lazy(_)))
    }
}

fn no_refs(_: ObjRef, _: Visit<'_>) {}
/// A `clear` / `gc_clear` that moves nothing.
pub fn no_clear(_: ObjRef, _: &mut Vec<ObjRef>) {}
fn no_extra(_: ObjRef) -> usize {
    0
}

impl TypeVTable {
    /// Does an object of this layout own references? (An atom's release
    /// frees its block and nothing else, so it can run no finalizer.)
    pub fn owns_refs(&self) -> bool {
        !std::ptr::fn_addr_eq(self.traverse, no_refs as fn(ObjRef, Visit<'_>))
    }

    /// Defaults for an atom: owns no references and no buffers.
    pub const fn atom(
        name: &'static str,
        tag: u32,
        size: fn(ObjRef) -> usize,
        drop_payload: unsafe fn(ObjRef),
    ) -> TypeVTable {
        TypeVTable {
            name,
            tag,
            size,
            extra_size: no_extra,
            accounted_bytes: no_extra,
            traverse: no_refs,
            clear: no_clear,
            gc_clear: no_clear,
            drop_payload,
            is_container: false,
            tracking: Tracking::Always,
            hidden: never_hidden,
            plain_size: 0,
        }
    }
}
