//! The object header: its layout constants and the bits of `gc_bits`, seen
//! through `ObjRef` on objects of a bare heap.

mod mock;

use mock::{alloc_node, free_all, node};
use ouro_gc_core::header::MAX_PAYLOAD_ALIGN;
use ouro_gc_core::{flags, Heap, ObjHeader, HEADER_SIZE};

#[test]
fn header_is_five_words_and_word_aligned() {
    assert_eq!(HEADER_SIZE, 40);
    assert_eq!(std::mem::size_of::<ObjHeader>(), HEADER_SIZE);
    assert_eq!(std::mem::align_of::<ObjHeader>(), 8);
    assert_eq!(MAX_PAYLOAD_ALIGN, 8);
    // A payload placed right after the header is aligned for any type
    // the heap accepts.
    assert_eq!(HEADER_SIZE % MAX_PAYLOAD_ALIGN, 0);
}

#[test]
fn payload_starts_header_size_bytes_after_the_address() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 7);
    assert_eq!(a.payload_ptr() as usize, a.addr() + HEADER_SIZE);
    assert_eq!(a.addr() % 16, 0, "blocks are 16-aligned");
    assert_eq!(node(a).id, 7);
    free_all(&mut heap);
}

#[test]
fn a_new_object_has_count_one_and_no_flags() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    assert_eq!(a.refcnt(), 1);
    for flag in [
        flags::FINALIZED,
        flags::TRACKED,
        flags::MARKED,
        flags::GENERATION_MASK,
        flags::UNREACHABLE,
    ] {
        assert!(!a.has_flag(flag));
    }
    assert_eq!(a.gc_refs(), 0);
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
fn flags_are_set_and_cleared_independently() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    a.set_flag(flags::FINALIZED, true);
    a.set_flag(flags::MARKED, true);
    assert!(a.has_flag(flags::FINALIZED));
    assert!(a.has_flag(flags::MARKED));
    assert!(!a.has_flag(flags::TRACKED));
    a.set_flag(flags::FINALIZED, false);
    assert!(!a.has_flag(flags::FINALIZED));
    assert!(a.has_flag(flags::MARKED));
    free_all(&mut heap);
}

#[test]
fn gc_refs_and_flags_do_not_overwrite_each_other() {
    let mut heap = Heap::new(None);
    let a = alloc_node(&mut heap, 1);
    a.set_flag(flags::FINALIZED, true);
    a.set_flag(flags::UNREACHABLE, true);
    a.set_gc_refs(123_456);
    assert_eq!(a.gc_refs(), 123_456);
    assert!(a.has_flag(flags::FINALIZED));
    assert!(a.has_flag(flags::UNREACHABLE));
    a.set_flag(flags::FINALIZED, false);
    a.set_gc_refs(0);
    assert!(a.has_flag(flags::UNREACHABLE));
    assert!(!a.has_flag(flags::FINALIZED));
    assert_eq!(a.gc_refs(), 0);
    free_all(&mut heap);
}

#[test]
fn flag_bits_fit_below_gc_refs() {
    let all = flags::FINALIZED
        | flags::TRACKED
        | flags::MARKED
        | flags::GENERATION_MASK
        | flags::UNREACHABLE;
    assert_eq!(all & !flags::FLAG_MASK, 0);
    assert_eq!(flags::FLAG_MASK, (1 << flags::FLAG_BITS) - 1);
    // No two flags share a bit.
    let each = [
        flags::FINALIZED,
        flags::TRACKED,
        flags::MARKED,
        flags::GENERATION_MASK,
        flags::UNREACHABLE,
    ];
    assert_eq!(
        each.iter().map(|f| f.count_ones()).sum::<u32>(),
        all.count_ones()
    );
}

#[test]
fn a_sentinel_header_has_a_count_that_never_reaches_zero() {
    let sentinel = ObjHeader::sentinel(&mock::NODE);
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
}
