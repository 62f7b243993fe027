//! The object heap: allocates objects (collector head if a container,
//! header, payload) on the private heap, finds every live object by walking
//! the allocator's pools, and frees them.
//!
//! Who calls it: the vm allocates through it; collectors free through it.
//! It knows object sizes and headers, never Python types.

use crate::gclist;
use crate::header::{GcHead, ObjHeader, ObjRef, GC_HEAD_SIZE, HEADER_SIZE, MAX_PAYLOAD_ALIGN};
use crate::vtable::TypeVTable;
pub use ouro_allocator::{AllocError, HeapStats};
use std::cell::Cell;
use std::ptr::NonNull;

/// Counters kept by the object heap itself (the allocator keeps bytes).
#[derive(Debug, Clone, Copy, Default)]
pub struct ObjectStats {
    pub allocated: u64,
    pub freed: u64,
    /// `freed`, by [`FreeCause`] (indexed by `cause as usize`).
    pub freed_by: [u64; 3],
    pub live: usize,
    pub peak_live: usize,
}

/// Why an object is freed, for statistics and traces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FreeCause {
    /// Its reference count reached zero.
    #[default]
    Refcount = 0,
    /// A cycle collection found it garbage (and what that released).
    Cycle = 1,
    /// A tracing collector's sweep found it unmarked.
    Sweep = 2,
}

impl FreeCause {
    pub const ALL: [FreeCause; 3] = [FreeCause::Refcount, FreeCause::Cycle, FreeCause::Sweep];

    /// The name traces give it (`docs/TRACE.md`).
    pub fn name(self) -> &'static str {
        match self {
            FreeCause::Refcount => "refcount",
            FreeCause::Cycle => "cycle",
            FreeCause::Sweep => "sweep",
        }
    }
}

/// `Heap::free_list_by_tag`'s entry for a tag several layouts with free
/// lists share.
const SEARCH_FREE_LISTS: u8 = u8::MAX;

/// The private heap seen as a set of objects.
///
/// Invariant: the live blocks of `blocks` are exactly the live objects'
/// blocks and the free-listed ones (whose header's vtable is
/// `FREE_LISTED`); a block is tagged iff it starts with a collector head
/// (the object is or was a container), and the object's address is then
/// `GC_HEAD_SIZE` bytes into it. `stats.live` is the number of objects.
pub struct Heap {
    blocks: ouro_allocator::Heap,
    stats: ObjectStats,
    /// Blocks of freed objects kept for the next object of the same layout
    /// and length (CPython's free lists: tuples, lists, dicts, floats),
    /// so `id()` repeats as it does there. Their headers say
    /// [`FREE_LISTED`]; `for_each` skips them.
    free_lists: Vec<FreeList>,
    /// `free_lists` by vtable tag: index + 1 of the free list of the one
    /// layout with that tag that keeps one, `SEARCH_FREE_LISTS` when
    /// several layouts with that tag keep one, or 0 (also past the end)
    /// when none does — so the common object, whose type keeps no free
    /// list, is answered without a search.
    free_list_by_tag: Vec<u8>,
    /// Some layout with a tag of 256 or more keeps a free list.
    free_list_untagged: bool,
    /// What the frees happening now are caused by: set by a collector
    /// around the frees it causes.
    pub free_cause: FreeCause,
    /// `--trace-alloc`: every free emits a `free` trace event.
    pub trace_frees: bool,
    /// Did the last allocation take its block from a free list?
    last_reused: bool,
    /// The free list of the plain layout that keeps one (a fixed-size
    /// layout without a collector head whose payload needs no drop, so owns
    /// no external bytes: a float), kept apart from `free_lists`: every fresh float takes its block
    /// from here and every dead one returns it, so both ends are one
    /// pointer comparison and a vector push or pop.
    plain: PlainList,
}

/// `Heap::plain`: the blocks of dead objects of the one layout `vtable`
/// (null when no plain layout keeps a free list), each `size` bytes, at
/// most `keep` of them.
struct PlainList {
    vtable: *const TypeVTable,
    size: usize,
    keep: usize,
    blocks: Vec<NonNull<u8>>,
}

/// The free list of one layout: `blocks[tail]` holds blocks of objects with
/// `tail` tail words, at most `keep` of each.
struct FreeList {
    vtable: &'static TypeVTable,
    /// Bytes of the payload before its tail.
    payload: usize,
    tails: std::ops::RangeInclusive<usize>,
    keep: usize,
    blocks: Vec<Vec<NonNull<u8>>>,
    /// A cache that full collections leave alone (`Heap::keep_cache`).
    cache: bool,
}

/// The header a free-listed block carries: no object lives there.
pub static FREE_LISTED: TypeVTable = TypeVTable {
    name: "<free-listed block>",
    tag: u32::MAX,
    size: |_| 0,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse: |_, _| {},
    clear: |_, _| {},
    gc_clear: |_, _| {},
    drop_payload: |_| {},
    is_container: false,
    tracking: crate::vtable::Tracking::Always,
    hidden: crate::vtable::never_hidden,
    plain_size: 0,
};

/// The size of one word of a payload's tail.
pub const TAIL_WORD: usize = 8;

/// Bytes in front of an object of this layout (its collector head).
fn head_room(vtable: &TypeVTable) -> usize {
    if vtable.is_container {
        GC_HEAD_SIZE
    } else {
        0
    }
}

/// Overwrite a dead object's header with [`FREE_LISTED`]: its block, kept
/// on a free list, holds no object, and `for_each` skips it.
///
/// # Safety
/// `obj` is dead, its payload dropped or needing no drop, and its header
/// still in its block.
#[inline(always)]
unsafe fn mark_free_listed(obj: ObjRef) {
    // SAFETY: the caller's contract: nobody reads the header as an
    // object's again.
    unsafe {
        obj.as_ptr().write(ObjHeader {
            refcnt: Cell::new(0),
            vtable: &FREE_LISTED,
        })
    };
}

/// Write a new object into `block`: the collector head (when `room` is
/// not 0), the header (refcount 1), the payload, then the tail: a copy of
/// `items`, then zeroes. Returns the header.
///
/// # Safety
/// `block` is 16-aligned, owned by nobody else and at least `room +
/// HEADER_SIZE + size_of::<T>() + tail * TAIL_WORD` bytes long; `room` is
/// 0 or `GC_HEAD_SIZE`; `items.len() <= tail`.
#[inline(always)]
unsafe fn place<T, W: Copy>(
    block: NonNull<u8>,
    room: usize,
    vtable: &'static TypeVTable,
    payload: T,
    tail: usize,
    items: &[W],
) -> NonNull<ObjHeader> {
    // SAFETY: writing the head (if any), the header after it, the payload
    // (HEADER_SIZE further on, aligned since both sizes are multiples of 16
    // and T's alignment is at most 8) and the tail words after it stays
    // inside the block (the caller's contract; `items` are plain `Copy`
    // words, copied bytewise; the tail may be unaligned for `W` only if
    // `T`'s size is not a multiple of 8, and is then never read as `W` by
    // the vm, whose tailed layouts assert that it is).
    unsafe {
        if room > 0 {
            block.cast::<GcHead>().write(GcHead::default());
        }
        let header = block.add(room).cast::<ObjHeader>();
        header.write(ObjHeader {
            refcnt: Cell::new(1),
            vtable,
        });
        let payload_at = (header.as_ptr() as *mut u8).add(HEADER_SIZE);
        payload_at.cast::<T>().write(payload);
        let tail_at = payload_at.add(std::mem::size_of::<T>());
        // (Guarded: most objects have no tail, and a copy of nothing is
        // still a call.)
        if !items.is_empty() {
            std::ptr::copy_nonoverlapping(
                items.as_ptr() as *const u8,
                tail_at,
                items.len() * TAIL_WORD,
            );
        }
        if tail > items.len() {
            tail_at
                .add(items.len() * TAIL_WORD)
                .write_bytes(0, (tail - items.len()) * TAIL_WORD);
        }
        header
    }
}

impl Heap {
    pub fn new(limit: Option<usize>) -> Heap {
        let mut blocks = ouro_allocator::Heap::new(limit);
        // Objects die and are born at a high rate: freed blocks wait in
        // the allocator's cache for the next object of their size.
        blocks.set_hot_cache(true);
        Heap {
            blocks,
            stats: ObjectStats::default(),
            free_lists: Vec::new(),
            free_list_by_tag: Vec::new(),
            free_list_untagged: false,
            free_cause: FreeCause::Refcount,
            trace_frees: false,
            last_reused: false,
            plain: PlainList {
                vtable: std::ptr::null(),
                size: 0,
                keep: 0,
                blocks: Vec::new(),
            },
        }
    }

    /// Keep up to `keep` freed blocks of objects of `vtable` (payload `T`)
    /// for each tail length in `tails`, and reuse them first, newest first:
    /// a CPython free list.
    pub fn keep_free_list<T>(
        &mut self,
        vtable: &'static TypeVTable,
        tails: std::ops::RangeInclusive<usize>,
        keep: usize,
    ) {
        if tails == (0..=0) && !vtable.is_container && !std::mem::needs_drop::<T>() {
            assert!(
                self.plain.vtable.is_null(),
                "{}: one plain layout keeps a free list",
                vtable.name
            );
            self.plain = PlainList {
                vtable,
                size: HEADER_SIZE + std::mem::size_of::<T>(),
                keep,
                blocks: Vec::with_capacity(keep),
            };
            return;
        }
        let tag = vtable.tag as usize;
        if tag < 256 {
            if self.free_list_by_tag.len() <= tag {
                self.free_list_by_tag.resize(tag + 1, 0);
            }
            let entry = &mut self.free_list_by_tag[tag];
            *entry = if *entry == 0 && self.free_lists.len() < usize::from(SEARCH_FREE_LISTS) - 1 {
                self.free_lists.len() as u8 + 1
            } else {
                SEARCH_FREE_LISTS
            };
        } else {
            self.free_list_untagged = true;
        }
        self.free_lists.push(FreeList {
            vtable,
            payload: std::mem::size_of::<T>(),
            blocks: vec![Vec::new(); tails.end() + 1],
            tails,
            keep,
            cache: false,
        });
    }

    /// `keep_free_list` of at most `keep` blocks for a layout without a
    /// tail whose list a full collection leaves alone, as CPython's slice
    /// cache (`interp->slice_cache`): only exit (`free_all`) empties it.
    pub fn keep_cache<T>(&mut self, vtable: &'static TypeVTable, keep: usize) {
        self.keep_free_list::<T>(vtable, 0..=0, keep);
        let fl = self.free_lists.last_mut().expect("just pushed");
        assert!(
            std::ptr::eq(fl.vtable, vtable),
            "{}: a plain layout",
            vtable.name
        );
        fl.cache = true;
    }

    /// Return every free-listed block to the allocator (what CPython's
    /// full collection does with its free lists), but for the caches
    /// (`keep_cache`).
    pub fn clear_free_lists(&mut self) {
        self.release_free_lists(false);
    }

    /// `clear_free_lists`, the caches too when `all` (at exit).
    fn release_free_lists(&mut self, all: bool) {
        for block in self.plain.blocks.drain(..) {
            // SAFETY: the block was allocated with the plain layout's size
            // (no head room) and kept, not freed, when its object died.
            unsafe { self.blocks.free_tagged(block, self.plain.size, false) };
        }
        for fl in self.free_lists.iter_mut().filter(|fl| all || !fl.cache) {
            let room = head_room(fl.vtable);
            for (tail, blocks) in fl.blocks.iter_mut().enumerate() {
                let size = room + HEADER_SIZE + fl.payload + tail * TAIL_WORD;
                for block in blocks.drain(..) {
                    // SAFETY: the block was allocated with this size (its
                    // layout's head room, header, payload and `tail`
                    // words) and kept, not freed, when its object died.
                    unsafe { self.blocks.free_tagged(block, size, room > 0) };
                }
            }
        }
        // The allocator's cache of freed blocks goes back to the pools too,
        // so that emptied arenas are unmapped.
        self.blocks.flush_hot();
    }

    /// Blocks kept on free lists now.
    pub fn free_listed(&self) -> usize {
        self.plain.blocks.len()
            + self
                .free_lists
                .iter()
                .flat_map(|fl| fl.blocks.iter())
                .map(Vec::len)
                .sum::<usize>()
    }

    /// The free list a dead `vtable` object of `size` bytes (without its
    /// head) goes to, with room, if any.
    #[inline(always)]
    fn room_for(&self, vtable: &TypeVTable, size: usize) -> Option<(usize, usize)> {
        let i = self.free_list_index(vtable)?;
        let fl = &self.free_lists[i];
        let tail = (size - HEADER_SIZE - fl.payload) / TAIL_WORD;
        (fl.tails.contains(&tail) && fl.blocks[tail].len() < fl.keep).then_some((i, tail))
    }

    /// Put the block of a dead `vtable` object of `size` bytes (without its
    /// head) on its free list, if it has one with room.
    #[inline(always)]
    fn keep_block(&mut self, vtable: &TypeVTable, size: usize, block: NonNull<u8>) -> bool {
        let Some((i, tail)) = self.room_for(vtable, size) else {
            return false;
        };
        self.free_lists[i].blocks[tail].push(block);
        true
    }

    /// Did the last allocation reuse a free-listed block? (CPython's
    /// allocations from a free list skip `_PyObject_GC_Link`, so
    /// `gc.get_count()` is not raised.)
    pub fn last_alloc_reused(&self) -> bool {
        self.last_reused
    }

    /// The index in `free_lists` of `vtable`'s free list, if it has one.
    #[inline(always)]
    fn free_list_index(&self, vtable: &TypeVTable) -> Option<usize> {
        let tag = vtable.tag as usize;
        let entry = if tag < 256 {
            self.free_list_by_tag.get(tag).copied().unwrap_or(0)
        } else if self.free_list_untagged {
            SEARCH_FREE_LISTS
        } else {
            0
        };
        match entry {
            0 => None,
            SEARCH_FREE_LISTS => self
                .free_lists
                .iter()
                .position(|fl| std::ptr::eq(fl.vtable, vtable)),
            i => {
                let i = usize::from(i) - 1;
                std::ptr::eq(self.free_lists[i].vtable, vtable).then_some(i)
            }
        }
    }

    /// Take a kept block for a `vtable` object with `tail` words, if its
    /// free list has one (the hot path of allocation: no search), and
    /// whether it is the plain layout's (`Heap::plain`).
    #[inline(always)]
    fn pop_kept(&mut self, vtable: &TypeVTable, tail: usize) -> Option<(NonNull<u8>, bool)> {
        if std::ptr::eq(vtable, self.plain.vtable) {
            return match tail {
                0 => self.plain.blocks.pop().map(|b| (b, true)),
                _ => None,
            };
        }
        let i = self.free_list_index(vtable)?;
        let fl = &mut self.free_lists[i];
        if !fl.tails.contains(&tail) {
            return None;
        }
        fl.blocks[tail].pop().map(|b| (b, false))
    }

    /// Allocate an object with refcount 1 (the caller's reference),
    /// untracked. Fails cleanly when the byte limit would be
    /// exceeded (dropping the payload); see `try_alloc` to get it back.
    pub fn alloc<T>(
        &mut self,
        vtable: &'static TypeVTable,
        payload: T,
    ) -> Result<ObjRef, AllocError> {
        self.try_alloc(vtable, payload).map_err(|_| AllocError)
    }

    /// `alloc`, handing the payload back when the limit would be exceeded,
    /// so that the caller can release what it owns (the vm turns the
    /// failure into `MemoryError`).
    pub fn try_alloc<T>(&mut self, vtable: &'static TypeVTable, payload: T) -> Result<ObjRef, T> {
        self.try_alloc_tail::<T, usize>(vtable, payload, 0, &[])
    }

    /// `try_alloc` of a plain atom (`vtable.plain_size != 0`: an int, a
    /// float): the hot path of every fresh number, with nothing to look
    /// up but its free list, if it has one. (Any other layout takes
    /// `try_alloc`.)
    #[inline(always)]
    pub fn try_alloc_atom<T>(
        &mut self,
        vtable: &'static TypeVTable,
        payload: T,
    ) -> Result<ObjRef, T> {
        const { assert!(std::mem::align_of::<T>() <= MAX_PAYLOAD_ALIGN) };
        let size = HEADER_SIZE + std::mem::size_of::<T>();
        if vtable.plain_size != size || vtable.is_container {
            return self.try_alloc(vtable, payload);
        }
        let kept = if std::ptr::eq(vtable, self.plain.vtable) {
            self.plain.blocks.pop()
        } else {
            if self.free_list_index(vtable).is_some() {
                return self.try_alloc(vtable, payload);
            }
            None
        };
        self.last_reused = kept.is_some();
        let block = match kept {
            Some(b) => b,
            None => match self.blocks.alloc_tagged(size, false) {
                Ok(b) => b,
                Err(_) => return Err(payload),
            },
        };
        // SAFETY: `block` is a fresh (or free-listed: dead, of this very
        // size) 16-aligned block of `size` bytes owned by nobody else; a
        // plain atom has no head room and no tail.
        let header = unsafe { place::<T, usize>(block, 0, vtable, payload, 0, &[]) };
        // SAFETY: the header was initialised just above.
        let obj = unsafe { ObjRef::from_raw(header) };
        debug_assert_eq!((vtable.size)(obj), size, "{}: size", vtable.name);
        self.count_alloc();
        Ok(obj)
    }

    /// `try_alloc` with `tail` words after the payload (a layout of
    /// variable length: a tuple's items, an instance's `__slots__`
    /// values): a copy of `items`, then zeroes (`None` for an
    /// `Option<ObjRef>` word). The vtable's `size` must count them:
    /// header, `T`, then `tail` words.
    pub fn try_alloc_tail<T, W: Copy>(
        &mut self,
        vtable: &'static TypeVTable,
        payload: T,
        tail: usize,
        items: &[W],
    ) -> Result<ObjRef, T> {
        const { assert!(std::mem::align_of::<T>() <= MAX_PAYLOAD_ALIGN) };
        const { assert!(std::mem::size_of::<W>() == TAIL_WORD) };
        assert!(items.len() <= tail, "more tail items than tail words");
        let room = head_room(vtable);
        let Some(size) = tail
            .checked_mul(TAIL_WORD)
            .and_then(|t| t.checked_add(room + HEADER_SIZE + std::mem::size_of::<T>()))
        else {
            return Err(payload);
        };
        let reused = self.pop_kept(vtable, tail);
        self.last_reused = reused.is_some();
        let plain = reused.is_some_and(|(_, plain)| plain);
        let block = match reused {
            Some((b, _)) => b,
            None => match self.blocks.alloc_tagged(size, vtable.is_container) {
                Ok(b) => b,
                Err(_) => return Err(payload),
            },
        };
        // SAFETY: `block` is a fresh (or kept: dead, of this layout and
        // tail) 16-aligned block of `size` bytes, which are `room`, the
        // header, `T` and `tail` words, owned by nobody else.
        let header = unsafe { place(block, room, vtable, payload, tail, items) };
        // SAFETY: the header was initialised just above.
        let obj = unsafe { ObjRef::from_raw(header) };
        debug_assert_eq!(room + (vtable.size)(obj), size, "{}: size", vtable.name);
        // (A plain layout owns no external bytes.)
        let external = if plain || vtable.plain_size != 0 {
            0
        } else {
            (vtable.accounted_bytes)(obj)
        };
        if external > 0 && self.blocks.reserve_external(external).is_err() {
            // SAFETY: the object was never handed out: its payload is moved
            // out exactly once and its block returned with the size it was
            // allocated with.
            let payload = unsafe {
                let payload = (obj.payload_ptr() as *const T).read();
                self.blocks.free(block, size);
                payload
            };
            return Err(payload);
        }
        self.count_alloc();
        Ok(obj)
    }

    /// Untrack `obj` if it is on a collector list, drop its payload's
    /// resources and return its block; true if the block was kept on a
    /// free list (CPython's deallocators that keep one skip
    /// `PyObject_GC_Del`, so `gc.get_count()` is not lowered).
    ///
    /// # Safety
    /// `obj` must be live, unreachable (no root or object refers to it) and
    /// already `clear`ed; it must never be used again.
    pub unsafe fn free(&mut self, obj: ObjRef) -> bool {
        let vt = obj.vtable();
        if std::ptr::eq(vt, self.plain.vtable) && self.plain.blocks.len() < self.plain.keep {
            // SAFETY: as for `free`, which this is for the plain layout.
            unsafe { self.keep_plain(obj) };
            return true;
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.free_other(obj) }
    }

    /// `free` of anything but the plain layout's object with room on its
    /// list (out of line: that path, the most common, needs no stack
    /// frame).
    ///
    /// # Safety
    /// As for `free`.
    #[inline(never)]
    unsafe fn free_other(&mut self, obj: ObjRef) -> bool {
        let vt = obj.vtable();
        if vt.plain_size != 0 {
            // SAFETY: as for `free`, which this is for a plain atom.
            unsafe { self.free_plain_atom(obj, vt.plain_size) };
            return false;
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.free_general(obj) }
    }

    /// `free` of a plain atom (`TypeVTable::plain_size`, here `size`)
    /// that no free list keeps: its block goes back to the allocator as it
    /// is, nothing to untrack, drop or unaccount.
    ///
    /// # Safety
    /// As for `free`.
    #[inline(always)]
    unsafe fn free_plain_atom(&mut self, obj: ObjRef, size: usize) {
        let vt = obj.vtable();
        debug_assert!(!vt.is_container, "{}: a plain atom has no head", vt.name);
        debug_assert_eq!((vt.size)(obj), size, "{}: size", vt.name);
        debug_assert_eq!((vt.accounted_bytes)(obj), 0, "{}: external bytes", vt.name);
        if cfg!(debug_assertions) {
            obj.set_refcnt(0);
        }
        self.count_free(obj, vt, size);
        let block = NonNull::new(obj.as_ptr() as *mut u8).expect("an object is never at null");
        // SAFETY: `block` came from `self.blocks.alloc_tagged(size, false)`
        // in `try_alloc_tail` (a plain atom is no container: no head room,
        // no tag, and its fixed size) and is freed only here, once.
        unsafe { self.blocks.free_tagged(block, size, false) };
    }

    /// `free` of anything but a plain layout's object with room on its
    /// free list (kept out of line: the plain path needs no stack frame).
    ///
    /// # Safety
    /// As for `free`.
    #[inline(never)]
    unsafe fn free_general(&mut self, obj: ObjRef) -> bool {
        let vt = obj.vtable();
        if obj.is_tracked() {
            gclist::untrack(obj);
        }
        let room = head_room(vt);
        let size = room + (vt.size)(obj);
        let external = (vt.accounted_bytes)(obj);
        if external > 0 {
            self.blocks.release_external(external);
        }
        // SAFETY: the caller guarantees `obj` is unreachable and unused
        // from now on, which is `drop_payload`'s contract.
        unsafe { (vt.drop_payload)(obj) };
        if cfg!(debug_assertions) {
            // A freed object keeps a refcount that no live object can have,
            // so a stale handle trips the `dec` assertion quickly.
            obj.set_refcnt(0);
        }
        let block = NonNull::new((obj.as_ptr() as *mut u8).wrapping_sub(room))
            .expect("object block address is never null");
        self.count_free(obj, vt, size);
        if self.keep_block(vt, size - room, block) {
            // SAFETY: the object is dead (the caller's contract) and its
            // header is still in its block.
            unsafe { mark_free_listed(obj) };
            return true;
        }
        // SAFETY: `block` came from `self.blocks.alloc_tagged(size,
        // vt.is_container)` in `alloc` (head room plus the vtable's size is
        // the size it was allocated with; there is head room exactly when
        // the layout is a container) and is freed only here, once.
        unsafe { self.blocks.free_tagged(block, size, room > 0) };
        false
    }

    /// Count a new object.
    #[inline(always)]
    fn count_alloc(&mut self) {
        self.stats.allocated += 1;
        self.stats.live += 1;
        self.stats.peak_live = self.stats.peak_live.max(self.stats.live);
    }

    /// Count a freed object (of layout `vt`, `size` bytes without its
    /// head), and trace it under `--trace-alloc`.
    #[inline(always)]
    fn count_free(&mut self, obj: ObjRef, vt: &TypeVTable, size: usize) {
        self.stats.freed += 1;
        self.stats.freed_by[self.free_cause as usize] += 1;
        self.stats.live -= 1;
        if self.trace_frees {
            self.trace_free(obj, vt, size);
        }
    }

    /// `--trace-alloc`'s `free` event.
    #[cold]
    #[inline(never)]
    fn trace_free(&self, obj: ObjRef, vt: &TypeVTable, size: usize) {
        tracing::trace!(
            name: "free",
            target: "ouro",
            addr = obj.addr() as u64,
            size = size as u64,
            cause = self.free_cause.name(),
            layout = vt.name,
        );
    }

    /// `free` of an object of `plain`'s layout, which has room: its block
    /// goes to the list as it is.
    ///
    /// # Safety
    /// As for `free`.
    #[inline(always)]
    unsafe fn keep_plain(&mut self, obj: ObjRef) {
        let vt = obj.vtable();
        let size = self.plain.size;
        debug_assert!(
            !obj.is_tracked(),
            "{}: a plain layout is never tracked",
            vt.name
        );
        debug_assert_eq!((vt.size)(obj), size, "{}: size", vt.name);
        debug_assert_eq!((vt.accounted_bytes)(obj), 0, "{}: external bytes", vt.name);
        self.count_free(obj, vt, size);
        self.plain.blocks.push(obj.as_block());
        // SAFETY: the object is dead (the caller's contract), its payload
        // needs no drop, and its header is still in its block.
        unsafe { mark_free_listed(obj) };
    }

    /// Free every live object without releasing any reference: each is
    /// cleared (what it owned is dropped uncounted), then all are freed.
    ///
    /// # Safety
    /// Every `ObjRef` into this heap becomes dangling: the caller must use
    /// none afterwards (the vm does this as it exits).
    pub unsafe fn free_all(&mut self) {
        let objects = self.objects();
        let mut sink = Vec::new();
        for &o in &objects {
            (o.vtable().clear)(o, &mut sink);
            sink.clear();
        }
        for o in objects {
            // SAFETY: every object was cleared above, so none refers to
            // another; the caller guarantees no other handle is used again.
            unsafe { self.free(o) };
        }
        self.release_free_lists(true);
    }

    /// Call `f` with every live object, in address order. `f` must not
    /// allocate or free objects.
    pub fn for_each(&self, mut f: impl FnMut(ObjRef)) {
        self.blocks.for_each_live(|block, has_head| {
            let room = if has_head { GC_HEAD_SIZE } else { 0 };
            let header = block.cast::<u8>().map_addr(|a| a.saturating_add(room));
            // SAFETY: every live block of the heap is an object's or a
            // free-listed one (type invariant), whose header starts `room`
            // bytes in.
            let o = unsafe { ObjRef::from_raw(header.cast()) };
            if !std::ptr::eq(o.vtable(), &FREE_LISTED) {
                f(o)
            }
        });
    }

    /// All live objects (a snapshot; safe to free while iterating over it).
    pub fn objects(&self) -> Vec<ObjRef> {
        let mut v = Vec::with_capacity(self.stats.live);
        self.for_each(|o| v.push(o));
        v
    }

    /// The size of an object's block: head, header, payload.
    pub fn block_size(obj: ObjRef) -> usize {
        let vt = obj.vtable();
        head_room(vt) + (vt.size)(obj)
    }

    /// Change the external bytes counted for an object from `old` to `new`
    /// (its buffer grew or shrank). Growing past the limit fails and changes
    /// nothing.
    pub fn account(&mut self, old: usize, new: usize) -> Result<(), AllocError> {
        if new > old {
            self.blocks.reserve_external(new - old)
        } else {
            self.blocks.release_external(old - new);
            Ok(())
        }
    }

    /// Count `bytes` more even past the limit: for a buffer that already
    /// grew (the caller then raises MemoryError). Keeps the accounting
    /// exact so that freeing the object releases what was counted.
    pub fn account_forced(&mut self, bytes: usize) {
        let limit = self.blocks.limit();
        self.blocks.set_limit(None);
        self.blocks
            .reserve_external(bytes)
            .expect("no limit is set");
        self.blocks.set_limit(limit);
    }

    pub fn object_stats(&self) -> ObjectStats {
        self.stats
    }

    pub fn block_stats(&self) -> HeapStats {
        self.blocks.stats()
    }

    pub fn blocks(&mut self) -> &mut ouro_allocator::Heap {
        &mut self.blocks
    }

    pub fn blocks_ref(&self) -> &ouro_allocator::Heap {
        &self.blocks
    }
}
