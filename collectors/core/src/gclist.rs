//! Collector lists: circular doubly-linked lists threaded through the
//! collector heads of containers (CPython's `gc_list_*`), and the scratch
//! count `gc_refs` a cycle collection keeps in those heads.
//!
//! This is the one module that follows head links. A list is a boxed
//! sentinel head; an empty list's sentinel points at itself. A container is
//! *tracked* while it is on some list (its `next` word is non-zero); an
//! untracked container has `next == 0` and only flag bits in `prev`.
//!
//! Two phases, as in CPython's `gcmodule.c`:
//! - **Normal**: every tracked head's `prev` holds its predecessor (plus
//!   flag bits); any list operation may be used.
//! - **Counting** (between [`update_refs`] and the end of
//!   [`move_unreachable`]): `prev` holds `gc_refs << 2` for the objects being
//!   collected, so only the operations named in those functions run; no
//!   code of the program runs and no object is freed.
//!
//! Invariants: every word that holds a head address was written by this
//! module from a live head (an object's or a sentinel's); an object is
//! unlinked (untracked) before it is freed (`Heap::free` does it), and a
//! dropped list's sentinel is unlinked first, so no link ever points at
//! freed memory.

use crate::header::{flags, GcHead, ObjRef};
use std::ptr::NonNull;

/// A head: an object's or a list's sentinel.
type Link = NonNull<GcHead>;

fn head_of(obj: ObjRef) -> Link {
    NonNull::from(obj.gc_head())
}

/// The head whose address is `word` (flag bits masked off).
fn link(word: usize) -> Link {
    let addr = word & !(flags::NEXT_UNREACHABLE | flags::PREV_FLAGS);
    NonNull::new(addr as *mut GcHead).expect("a list link is never null")
}

fn head<'a>(l: Link) -> &'a GcHead {
    // SAFETY: by the module invariant every link points at a live head (an
    // object's, alive while linked, or a sentinel, alive while its list
    // is); heads are only mutated through `Cell`s.
    unsafe { l.as_ref() }
}

fn next(l: Link) -> Link {
    link(head(l).next.get())
}

fn prev(l: Link) -> Link {
    link(head(l).prev.get())
}

/// Set `l`'s predecessor, keeping its flag bits.
fn set_prev(l: Link, p: Link) {
    let h = head(l);
    h.prev
        .set((h.prev.get() & flags::PREV_FLAGS) | p.as_ptr() as usize);
}

/// Set `l`'s successor (clearing its UNREACHABLE bit).
fn set_next(l: Link, n: Link) {
    head(l).next.set(n.as_ptr() as usize);
}

/// A collector list (CPython's `PyGC_Head` list heads: the generations,
/// the unreachable set, ...).
pub struct GcList {
    sentinel: Box<GcHead>,
}

impl Default for GcList {
    fn default() -> GcList {
        GcList::new()
    }
}

impl Drop for GcList {
    /// Objects still on the list (a vm torn down with objects alive) are
    /// left on a ring of their own, so no link points at the freed
    /// sentinel and untracking them later stays sound.
    fn drop(&mut self) {
        if !self.is_empty() {
            let s = self.link();
            let (first, last) = (next(s), prev(s));
            set_prev(first, last);
            set_next(last, first);
        }
    }
}

impl GcList {
    pub fn new() -> GcList {
        let list = GcList {
            sentinel: Box::default(),
        };
        let s = list.link();
        set_next(s, s);
        set_prev(s, s);
        list
    }

    fn link(&self) -> Link {
        NonNull::from(&*self.sentinel)
    }

    fn obj(&self, l: Link) -> Option<ObjRef> {
        // SAFETY: every head on the list other than its sentinel is an
        // object's (module invariant).
        (l != self.link()).then(|| unsafe { ObjRef::from_head(l) })
    }

    pub fn is_empty(&self) -> bool {
        next(self.link()) == self.link()
    }

    /// The number of objects on the list (walks it).
    pub fn len(&self) -> usize {
        let mut n = 0;
        self.for_each(|_| n += 1);
        n
    }

    /// The first (oldest) object.
    pub fn first(&self) -> Option<ObjRef> {
        self.obj(next(self.link()))
    }

    /// Call `f` with every object, first to last. `f` must not change
    /// any list.
    pub fn for_each(&self, mut f: impl FnMut(ObjRef)) {
        let mut l = next(self.link());
        while let Some(o) = self.obj(l) {
            l = next(l);
            f(o);
        }
    }

    /// Every object, first to last (a snapshot).
    pub fn objects(&self) -> Vec<ObjRef> {
        let mut v = Vec::new();
        self.for_each(|o| v.push(o));
        v
    }

    /// Put an untracked container at the end (CPython's `gc_list_append`
    /// when tracking).
    pub fn track(&self, obj: ObjRef) {
        debug_assert!(!obj.is_tracked(), "{obj:?} is already tracked");
        self.append(head_of(obj));
    }

    fn append(&self, node: Link) {
        let s = self.link();
        let last = prev(s);
        set_prev(node, last);
        set_next(last, node);
        set_next(node, s);
        set_prev(s, node);
    }

    /// Move a tracked object from whatever list it is on to the end of
    /// this one (`gc_list_move`).
    pub fn take(&self, obj: ObjRef) {
        debug_assert!(obj.is_tracked());
        let node = head_of(obj);
        unlink(node);
        self.append(node);
    }

    /// Untrack every object for which `keep` is false, in list order.
    pub fn untrack_unless(&self, mut keep: impl FnMut(ObjRef) -> bool) {
        let mut l = next(self.link());
        while let Some(o) = self.obj(l) {
            l = next(l);
            if !keep(o) {
                untrack(o);
            }
        }
    }

    /// Move every object of this list to the end of `to`, leaving this
    /// one empty (`gc_list_merge`).
    pub fn merge_into(&self, to: &GcList) {
        if self.is_empty() {
            return;
        }
        let (s, t) = (self.link(), to.link());
        let (first, last) = (next(s), prev(s));
        let tail = prev(t);
        set_next(tail, first);
        set_prev(first, tail);
        set_next(last, t);
        set_prev(t, last);
        set_next(s, s);
        set_prev(s, s);
    }
}

/// Unlink a head from its list (normal phase: its `prev` is a link).
fn unlink(node: Link) {
    let (p, n) = (prev(node), next(node));
    set_next(p, n);
    set_prev(n, p);
}

/// Take a tracked object off its list (`gc_list_remove`); its FINALIZED
/// bit stays.
pub fn untrack(obj: ObjRef) {
    debug_assert!(obj.is_tracked());
    let node = head_of(obj);
    unlink(node);
    let h = head(node);
    h.next.set(0);
    h.prev.set(h.prev.get() & flags::FINALIZED);
}

// --- Counting phase ----------------------------------------------------------

/// Is this a tracked container of the generation being collected?
pub fn is_collecting(obj: ObjRef) -> bool {
    obj.is_container() && obj.gc_head().prev.get() & flags::COLLECTING != 0
}

/// The scratch count of an object being collected.
pub fn gc_refs(obj: ObjRef) -> usize {
    obj.gc_head().prev.get() >> flags::REFS_SHIFT
}

fn set_refs(obj: ObjRef, n: usize) {
    let prev = &obj.gc_head().prev;
    prev.set((prev.get() & flags::PREV_FLAGS) | (n << flags::REFS_SHIFT));
}

/// Enter the counting phase for `list`: every object's `gc_refs` becomes
/// its reference count and it is marked COLLECTING (`update_refs`).
pub fn update_refs(list: &GcList) {
    list.for_each(|o| {
        let refs = o.refcnt();
        debug_assert!(refs > 0, "{o:?} is tracked with refcount 0");
        let prev = &o.gc_head().prev;
        prev.set((prev.get() & flags::FINALIZED) | flags::COLLECTING | (refs << flags::REFS_SHIFT));
    });
}

/// Subtract the references the objects of `list` hold to each other
/// (`subtract_refs`): what is left of an object's `gc_refs` counts the
/// references from outside the set being collected.
pub fn subtract_refs(list: &GcList) {
    list.for_each(|o| {
        traverse_inline(o, &mut |t| {
            if is_collecting(t) {
                match gc_refs(t).checked_sub(1) {
                    Some(n) => set_refs(t, n),
                    // More references from the set than its count says: a
                    // count was broken (`--verify-heap` reports it). Keep
                    // the object alive rather than free what is in use.
                    None => set_refs(t, BROKEN_COUNT),
                }
            }
        })
    });
}

/// Traverse `o` for the cycle detector, seeing through what CPython 3.11
/// keeps inline: an untracked hidden object (`TypeVTable::hidden`: an
/// instance's attribute dict the program never asked for) that only `o`
/// refers to is visited as its contents, as CPython visits an instance's
/// inline values. The collector's list order then follows CPython's,
/// which has no dict object to move. A hidden object someone else holds
/// too (a native temporary) is not looked into: its contents count as
/// referenced from outside, which keeps them alive.
#[inline]
fn traverse_inline(o: ObjRef, visit: &mut dyn FnMut(ObjRef)) {
    (o.vtable().traverse)(o, &mut |t| {
        if t.is_container() && !t.is_tracked() && t.refcnt() == 1 && (t.vtable().hidden)(t) {
            (t.vtable().traverse)(t, visit);
        } else {
            visit(t);
        }
    });
}

/// `gc_refs` of an object whose count was found too small: large enough
/// that the remaining subtractions leave it reachable.
const BROKEN_COUNT: usize = 1 << 40;

/// Split `young` (counting phase) into what is reachable from outside it,
/// which stays in `young`, and the rest, moved to `unreachable`
/// (`move_unreachable`). On return `young` is back in the normal phase
/// with COLLECTING cleared; the objects of `unreachable` keep COLLECTING
/// and carry the NEXT_UNREACHABLE bit until [`clear_unreachable_mask`].
pub fn move_unreachable(young: &GcList, unreachable: &GcList) {
    let y = young.link();
    let u = unreachable.link();
    // The last element of `young` known to be reachable; `young` is singly
    // linked (through `next`) from here on until this function relinks it.
    let mut prev_node = y;
    let mut gc = next(y);
    while gc != y {
        // SAFETY: `gc` is on `young` and is not its sentinel: an object's.
        let obj = unsafe { ObjRef::from_head(gc) };
        if gc_refs(obj) > 0 {
            // Reachable from outside: everything it refers to is too.
            // Traversing may append to `young`, so `next` is read after.
            traverse_inline(obj, &mut |t| visit_reachable(t, young));
            set_prev(gc, prev_node);
            let h = head(gc);
            h.prev.set(h.prev.get() & !flags::COLLECTING);
            prev_node = gc;
        } else {
            // Perhaps unreachable: move it to `unreachable`, marked, until
            // something reachable refers to it.
            head(prev_node).next.set(head(gc).next.get());
            let last = prev(u);
            head(last)
                .next
                .set(flags::NEXT_UNREACHABLE | gc.as_ptr() as usize);
            set_prev(gc, last);
            head(gc)
                .next
                .set(flags::NEXT_UNREACHABLE | u.as_ptr() as usize);
            set_prev(u, gc);
        }
        gc = next(prev_node);
    }
    set_prev(y, prev_node);
    let s = head(u);
    s.next.set(s.next.get() & !flags::NEXT_UNREACHABLE);
}

/// `visit_reachable`: `target` is referred to by a reachable object.
fn visit_reachable(target: ObjRef, young: &GcList) {
    if !is_collecting(target) {
        return;
    }
    let gc = head_of(target);
    let h = head(gc);
    if h.next.get() & flags::NEXT_UNREACHABLE != 0 {
        // Moved to `unreachable` too early: unlink it by hand (the marks
        // confuse the list functions) and give it back to `young`, where
        // move_unreachable will reach it again.
        let p = prev(gc);
        let n = next(gc);
        head(p).next.set(h.next.get());
        set_prev(n, p);
        young.append(gc);
        set_refs(target, 1);
    } else if gc_refs(target) == 0 {
        // Still ahead in `young`: tell move_unreachable it is reachable.
        set_refs(target, 1);
    }
}

/// Clear the NEXT_UNREACHABLE marks of `list`, making it an ordinary list
/// (`clear_unreachable_mask`).
pub fn clear_unreachable_mask(list: &GcList) {
    let s = list.link();
    let mut l = next(s);
    while l != s {
        let h = head(l);
        h.next.set(h.next.get() & !flags::NEXT_UNREACHABLE);
        l = next(l);
    }
}

/// Clear COLLECTING on every object of `list` (`gc_list_clear_collecting`).
pub fn clear_collecting(list: &GcList) {
    list.for_each(|o| {
        let prev = &o.gc_head().prev;
        prev.set(prev.get() & !flags::COLLECTING);
    });
}
