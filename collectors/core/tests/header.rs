//! The object header and the collector head: their layout constants and
//! the bits of the head, seen through `ObjRef` on objects of a bare heap.

mod mock;

use mock::{alloc_atom, alloc_node, free_all, node};
use ouro_gc_core::header::MAX_PAYLOAD_ALIGN;
use ouro_gc_core::{flags, GcHead, GcList, Heap, ObjHeader, GC_HEAD_SIZE, HEADER_SIZE};

#[test]
fn header_is_two_words_and_the_head_two_more() {
    assert_eq!(HEADER_SIZE, 16);
    assert_eq!(std::mem::size_of::<ObjHeader>(), HEADER_SIZE);
    assert_eq!(GC_HEAD_SIZE, 16);
    assert_eq!(std::mem::size_of::<GcHead>(), GC_HEAD_SIZE);
    assert_eq!(std::mem::align_of::<ObjHeader>(), 8);
    assert_eq!(MAX_PAYLOAD_ALIGN, 8);
    assert_eq!(HEADER_SIZE % MAX_PAYLOAD_ALIGN, 0);
}

#[test]
fn payload_starts_header_size_bytes_after_the_address() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 7);
    let b = alloc_atom(&mut heap, 8);
    for o in [a, b] {
        assert_eq!(o.payload_ptr() as usize, o.addr() + HEADER_SIZE);
        assert_eq!(o.addr() % 16, 0, "objects are 16-aligned");
    }
    assert_eq!(node(a).id, 7);
    assert_eq!(mock::atom(b), 8);
    free_all(&mut heap);
}

#[test]
fn a_container_head_sits_just_in_front_of_it() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    assert_eq!(
        a.gc_head() as *const GcHead as usize,
        a.addr() - GC_HEAD_SIZE
    );
    free_all(&mut heap);
}

#[test]
fn a_new_object_has_count_one_untracked_and_unfinalized() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    let b = alloc_atom(&mut heap, 2);
    for o in [a, b] {
        assert_eq!(o.refcnt(), 1);
        assert!(!o.is_tracked());
        assert!(!o.is_finalized());
    }
    free_all(&mut heap);
}

#[test]
fn inc_and_dec_move_the_count_by_one() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    a.inc();
    a.inc();
    assert_eq!(a.refcnt(), 3);
    assert_eq!(a.dec(), 2);
    assert_eq!(a.dec(), 1);
    assert_eq!(a.refcnt(), 1);
    free_all(&mut heap);
}

#[test]
fn finalized_survives_tracking_and_untracking() {
    let mut heap = Heap::new(None);
    let list = GcList::new();
    let a = alloc_node(&mut heap, 1);
    a.set_finalized(true);
    list.track(a);
    assert!(a.is_tracked() && a.is_finalized());
    ouro_gc_core::gclist::untrack(a);
    assert!(!a.is_tracked() && a.is_finalized());
    a.set_finalized(false);
    assert!(!a.is_finalized());
    free_all(&mut heap);
}

#[test]
fn flag_bits_fit_below_a_sixteen_aligned_link() {
    assert_eq!(flags::PREV_FLAGS, 0b11);
    assert_eq!(flags::NEXT_UNREACHABLE, 1);
    assert_eq!(flags::FINALIZED & flags::COLLECTING, 0);
    const { assert!(1 << flags::REFS_SHIFT > flags::PREV_FLAGS) };
}

#[test]
fn a_sentinel_header_has_a_count_that_never_reaches_zero() {
    let sentinel = ObjHeader::sentinel(&mock::ATOM);
    let r = {
        let p = std::ptr::NonNull::from(&sentinel);
        // SAFETY: `sentinel` is an initialised header that outlives `r`;
        // the test only touches its count, never its (absent) payload.
        unsafe { ouro_gc_core::ObjRef::from_raw(p) }
    };
    assert!(r.refcnt() >= usize::MAX / 2);
    r.inc();
    r.dec();
    assert!(r.refcnt() >= usize::MAX / 2);
    assert!(!r.is_tracked());
}
