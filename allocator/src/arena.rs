//! Arenas: 256 KiB regions mapped from the OS, each split into 16 pools,
//! and the table that owns them all.
//!
//! This module owns every byte of small-object memory: it maps arenas with
//! `memmap2`, hands whole pools to the heap, finds the pool of any block
//! address in O(1), and unmaps an arena when its last pool empties while
//! another arena is empty too (one empty arena is kept, as CPython does).
//! It knows nothing of size-class lists or statistics beyond arena counts;
//! `heap.rs` drives it.
//!
//! ```text
//!  mapping (ARENA_SIZE + POOL_SIZE bytes, page-aligned from the OS)
//!  |pad| pool 0 | pool 1 | ... | pool 15 |rest|
//!      ^ base: the first POOL_SIZE-aligned address in the mapping
//! ```
//!
//! Mapping one spare pool's worth lets every arena hold 16 whole aligned
//! pools; the pad and the rest are never touched, so they cost address
//! space but no memory. Because pools are aligned, `address >> POOL_SHIFT`
//! names the pool, and one hash lookup turns that into a [`PoolRef`].

use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ptr::NonNull;

use memmap2::{MmapMut, MmapRaw};

use crate::pool::{Pool, POOL_SHIFT, POOL_SIZE};
use crate::AllocError;

/// Bytes of pools per arena (the mapping is one pool larger, see above).
pub const ARENA_SIZE: usize = 256 * 1024;

/// Pools per arena.
pub const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;

/// `Arena::free_mask` with every pool empty.
const ALL_FREE: u32 = (1 << POOLS_PER_ARENA) - 1;

const _: () = assert!(ARENA_SIZE.is_multiple_of(POOL_SIZE));
const _: () = assert!(POOLS_PER_ARENA <= 32, "free_mask is a u32");

/// A pool number no address has (`usize::MAX >> POOL_SHIFT` is the
/// highest one).
const NO_POOL: usize = usize::MAX;

/// Names one pool: an arena's slot in the table and the pool's index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolRef {
    pub arena: u32,
    pub pool: u8,
}

/// One mapped arena.
///
/// Invariant: between heap operations at most one arena of the table has
/// no pool in use (another arena whose last pool empties is unmapped at
/// once), and bit `i` of `free_mask` is set exactly when pool `i` has no
/// live block.
struct Arena {
    /// Owns the mapping; dropping it unmaps the arena. Never read through:
    /// all access goes through `base`.
    _mapping: MmapRaw,
    /// First byte of pool 0, POOL_SIZE-aligned, inside `_mapping`.
    base: NonNull<u8>,
    pools: [Pool; POOLS_PER_ARENA],
    free_mask: u32,
}

// SAFETY: an `Arena` exclusively owns its mapping and `base` points only into
// that mapping; it holds no thread-local or shared state, so moving it to
// another thread is sound. It stays !Sync: all mutation needs `&mut`.
unsafe impl Send for Arena {}

impl Arena {
    /// Maps a fresh arena with every pool empty.
    fn map() -> Result<Arena, AllocError> {
        let mapping: MmapRaw = MmapMut::map_anon(ARENA_SIZE + POOL_SIZE)
            .map_err(|_| AllocError)?
            .into();
        let start = NonNull::new(mapping.as_mut_ptr()).ok_or(AllocError)?;
        let pad = start.addr().get().next_multiple_of(POOL_SIZE) - start.addr().get();
        // SAFETY: `pad < POOL_SIZE`, so `base .. base + ARENA_SIZE` lies
        // within the `ARENA_SIZE + POOL_SIZE` bytes just mapped.
        let base = unsafe { start.add(pad) };
        Ok(Arena {
            _mapping: mapping,
            base,
            pools: [const { Pool::UNUSED }; POOLS_PER_ARENA],
            free_mask: ALL_FREE,
        })
    }

    /// First byte of pool `index`.
    #[inline]
    fn pool_base(&self, index: usize) -> NonNull<u8> {
        assert!(index < POOLS_PER_ARENA);
        // SAFETY: `index < POOLS_PER_ARENA`, so the offset is within the
        // ARENA_SIZE bytes from `base` that `Arena::map` placed inside the
        // mapping.
        unsafe { self.base.add(index * POOL_SIZE) }
    }

    fn free_pools(&self) -> usize {
        self.free_mask.count_ones() as usize
    }
}

/// Every mapped arena, plus the indexes that make pool lookup and pool
/// choice O(1) or O(log arenas).
pub struct ArenaTable {
    /// Arenas by slot; a `None` slot is reused by the next mapping.
    slots: Vec<Option<Arena>>,
    vacant: Vec<u32>,
    /// `pool address >> POOL_SHIFT` to pool, for every pool of every arena.
    by_pool_number: HashMap<usize, PoolRef, BuildHasherDefault<PoolNumberHasher>>,
    /// The last `(pool number, pool)` `locate` found: frees come in runs
    /// from one pool, and this answers them without hashing. `NO_POOL`
    /// (no address shifts to it) when empty; reset when an arena is
    /// unmapped.
    last_located: Cell<(usize, PoolRef)>,
    /// `(free pools, slot)` for each arena with at least one empty pool.
    /// New pools come from the first entry — the fullest such arena — as in
    /// CPython, so that lightly used arenas drain and can be unmapped.
    usable: BTreeSet<(usize, u32)>,
    mapped: usize,
    peak: usize,
    freed: usize,
}

impl ArenaTable {
    pub fn new() -> ArenaTable {
        ArenaTable {
            slots: Vec::new(),
            vacant: Vec::new(),
            by_pool_number: HashMap::default(),
            last_located: Cell::new((NO_POOL, PoolRef { arena: 0, pool: 0 })),
            usable: BTreeSet::new(),
            mapped: 0,
            peak: 0,
            freed: 0,
        }
    }

    /// Arenas currently mapped.
    pub fn mapped(&self) -> usize {
        self.mapped
    }

    /// The most arenas ever mapped at once.
    pub fn peak(&self) -> usize {
        self.peak
    }

    /// Arenas unmapped so far.
    pub fn freed(&self) -> usize {
        self.freed
    }

    #[inline]
    fn arena(&self, slot: u32) -> &Arena {
        self.slots[slot as usize]
            .as_ref()
            .expect("arena slot is vacant")
    }

    #[inline]
    fn arena_mut(&mut self, slot: u32) -> &mut Arena {
        self.slots[slot as usize]
            .as_mut()
            .expect("arena slot is vacant")
    }

    #[inline]
    pub fn pool(&self, r: PoolRef) -> &Pool {
        &self.arena(r.arena).pools[usize::from(r.pool)]
    }

    #[inline]
    pub fn pool_mut(&mut self, r: PoolRef) -> &mut Pool {
        &mut self.arena_mut(r.arena).pools[usize::from(r.pool)]
    }

    /// The pool containing `ptr`, or `None` if no arena of this table does.
    #[inline]
    pub fn locate(&self, ptr: NonNull<u8>) -> Option<PoolRef> {
        let number = ptr.addr().get() >> POOL_SHIFT;
        let (last, r) = self.last_located.get();
        if last == number {
            return Some(r);
        }
        let r = self.by_pool_number.get(&number).copied()?;
        self.last_located.set((number, r));
        Some(r)
    }
}

// --- Blocks ----------------------------------------------------------------

impl ArenaTable {
    /// Hands out a block from pool `r`, which must have a free block.
    #[inline]
    pub fn take_block(&mut self, r: PoolRef, tagged: bool) -> NonNull<u8> {
        let arena = self.arena_mut(r.arena);
        let base = arena.pool_base(usize::from(r.pool));
        // SAFETY: `base` is this pool's first byte inside the arena's live
        // mapping (`Arena::pool_base`), which is what `take_block` requires.
        unsafe { arena.pools[usize::from(r.pool)].take_block(base, tagged) }
    }

    /// Is `block` a live block of pool `r`, and was it allocated tagged?
    pub fn block_state(&self, r: PoolRef, block: NonNull<u8>) -> (bool, bool) {
        let arena = self.arena(r.arena);
        let base = arena.pool_base(usize::from(r.pool));
        let offset = block.addr().get().wrapping_sub(base.addr().get());
        let pool = &arena.pools[usize::from(r.pool)];
        (pool.is_live(offset), pool.is_tagged(offset))
    }

    /// Takes back `block`, which must lie in pool `r` (see `locate`).
    ///
    /// # Safety
    /// The caller must no longer use `block`: in debug builds it is
    /// overwritten with poison, and its first bytes always hold the free
    /// list's link.
    #[inline]
    pub unsafe fn return_block(&mut self, r: PoolRef, block: NonNull<u8>) {
        let arena = self.arena_mut(r.arena);
        let base = arena.pool_base(usize::from(r.pool));
        // SAFETY: `base` is this pool's first byte inside the arena's live
        // mapping (`Arena::pool_base`); the caller has given up `block`, and
        // `return_block` itself checks that it is a live block of the pool.
        unsafe { arena.pools[usize::from(r.pool)].return_block(base, block) }
    }
}

// --- Pools -----------------------------------------------------------------

impl ArenaTable {
    /// Takes an empty pool for a size class to use, mapping a new arena if
    /// none has an empty pool. Fails, changing nothing, if the OS refuses.
    pub fn take_pool(&mut self) -> Result<PoolRef, AllocError> {
        let slot = match self.usable.first() {
            Some(&(_, slot)) => slot,
            None => self.map_arena()?,
        };
        let pool = self.arena(slot).free_mask.trailing_zeros() as u8;
        let r = PoolRef { arena: slot, pool };
        self.take_pool_at(r);
        Ok(r)
    }

    /// Marks the empty pool `r` as in use.
    pub fn take_pool_at(&mut self, r: PoolRef) {
        let arena = self.arena(r.arena);
        let bit = 1 << r.pool;
        assert!(
            arena.free_mask & bit != 0,
            "taking pool {r:?}, which is in use"
        );
        let before = arena.free_pools();
        self.usable.remove(&(before, r.arena));
        self.arena_mut(r.arena).free_mask &= !bit;
        if before > 1 {
            self.usable.insert((before - 1, r.arena));
        }
    }

    /// Marks pool `r`, which has just emptied, as free; unmaps its arena if
    /// that was the arena's last pool in use and another arena is wholly
    /// empty too (CPython 3.9+ keeps one empty arena, so that a heap that
    /// grows and shrinks across an arena boundary does not map and unmap
    /// one each time: bpo-37257). Returns whether it unmapped.
    pub fn release_pool(&mut self, r: PoolRef) -> bool {
        let arena = self.arena_mut(r.arena);
        assert!(
            arena.pools[usize::from(r.pool)].is_empty(),
            "releasing a pool in use"
        );
        let before = arena.free_pools();
        arena.free_mask |= 1 << r.pool;
        self.usable.remove(&(before, r.arena));
        let another_empty = self.usable.range((POOLS_PER_ARENA, 0)..).next().is_some();
        if before + 1 == POOLS_PER_ARENA && another_empty {
            self.unmap_arena(r.arena);
            return true;
        }
        self.usable.insert((before + 1, r.arena));
        false
    }

    /// Maps a new arena into a free slot and returns the slot.
    fn map_arena(&mut self) -> Result<u32, AllocError> {
        let slot = match self.vacant.last() {
            Some(&slot) => slot,
            None => u32::try_from(self.slots.len()).map_err(|_| AllocError)?,
        };
        // Map before touching the table, so that a refusal changes nothing.
        let arena = Arena::map()?;
        if self.vacant.pop().is_none() {
            self.slots.push(None);
        }
        for pool in 0..POOLS_PER_ARENA {
            let number = arena.pool_base(pool).addr().get() >> POOL_SHIFT;
            let r = PoolRef {
                arena: slot,
                pool: pool as u8,
            };
            self.by_pool_number.insert(number, r);
        }
        self.usable.insert((POOLS_PER_ARENA, slot));
        self.slots[slot as usize] = Some(arena);
        self.mapped += 1;
        self.peak = self.peak.max(self.mapped);
        Ok(slot)
    }

    /// Forgets and unmaps the wholly empty arena in `slot`.
    fn unmap_arena(&mut self, slot: u32) {
        let arena = self.slots[slot as usize]
            .take()
            .expect("arena slot is vacant");
        debug_assert_eq!(arena.free_mask, ALL_FREE);
        for pool in 0..POOLS_PER_ARENA {
            self.by_pool_number
                .remove(&(arena.pool_base(pool).addr().get() >> POOL_SHIFT));
        }
        // (Its pool numbers may come back with another arena.)
        self.last_located
            .set((NO_POOL, PoolRef { arena: 0, pool: 0 }));
        self.vacant.push(slot);
        self.mapped -= 1;
        self.freed += 1;
        // Dropping `arena` here drops its `MmapRaw`, which unmaps it.
    }
}

// --- Walking ---------------------------------------------------------------

impl ArenaTable {
    /// Calls `f` with every live block of every pool (arena slot order,
    /// then address order) and whether it was allocated tagged.
    pub fn for_each_live_block(&self, f: &mut dyn FnMut(NonNull<u8>, bool)) {
        for arena in self.slots.iter().flatten() {
            for (index, pool) in arena.pools.iter().enumerate() {
                if !pool.is_empty() {
                    pool.for_each_live(arena.pool_base(index), f);
                }
            }
        }
    }
}

// --- Verification ----------------------------------------------------------

impl ArenaTable {
    /// Every pool of every mapped arena, in slot order.
    pub fn pools(&self) -> impl Iterator<Item = (PoolRef, &Pool)> {
        self.slots.iter().enumerate().flat_map(|(slot, arena)| {
            arena.iter().flat_map(move |arena| {
                arena.pools.iter().enumerate().map(move |(pool, p)| {
                    let r = PoolRef {
                        arena: slot as u32,
                        pool: pool as u8,
                    };
                    (r, p)
                })
            })
        })
    }

    /// Checks the table's invariants and every pool's; panics on the first
    /// violation.
    pub fn verify(&self) {
        let mapped = self.slots.iter().flatten().count();
        assert_eq!(mapped, self.mapped, "arena count drifted");
        assert_eq!(self.by_pool_number.len(), mapped * POOLS_PER_ARENA);
        assert_eq!(self.vacant.len() + mapped, self.slots.len());
        for (slot, arena) in self.slots.iter().enumerate() {
            let Some(arena) = arena else { continue };
            self.verify_arena(slot as u32, arena);
        }
        let usable = self.slots.iter().flatten().filter(|a| a.free_mask != 0);
        assert_eq!(self.usable.len(), usable.count(), "usable set drifted");
        let empty = self
            .slots
            .iter()
            .flatten()
            .filter(|a| a.free_mask == ALL_FREE);
        assert!(
            empty.count() <= 1,
            "more than one wholly empty arena mapped"
        );
    }

    fn verify_arena(&self, slot: u32, arena: &Arena) {
        if arena.free_mask != 0 {
            assert!(self.usable.contains(&(arena.free_pools(), slot)));
        }
        for (index, pool) in arena.pools.iter().enumerate() {
            let base = arena.pool_base(index);
            let free = arena.free_mask & (1 << index) != 0;
            assert_eq!(free, pool.is_empty(), "free_mask wrong for pool {index}");
            let here = self.locate(base);
            assert_eq!(
                here,
                Some(PoolRef {
                    arena: slot,
                    pool: index as u8
                })
            );
            // SAFETY: `base` is this pool's first byte inside the arena's
            // live mapping (`Arena::pool_base`).
            unsafe { pool.verify(base) };
        }
    }
}

/// Hashes pool numbers (addresses shifted right by `POOL_SHIFT`). They are
/// already unique and dense, so a multiply by an odd constant — bijective
/// in the low bits, well mixed in the high bits the hash table also uses —
/// is enough, and far cheaper than SipHash on every `free`.
#[derive(Default)]
struct PoolNumberHasher(u64);

impl Hasher for PoolNumberHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::size_class::SizeClass;

    #[test]
    fn pools_are_aligned_and_located() {
        let mut table = ArenaTable::new();
        let r = table.take_pool().unwrap();
        assert_eq!((table.mapped(), r.pool), (1, 0));
        table.pool_mut(r).assign(SizeClass::from_index(2));
        let block = table.take_block(r, false);
        assert_eq!(block.addr().get() % POOL_SIZE, 0);
        assert_eq!(table.locate(block), Some(r));
        // SAFETY: an address one byte past a block of this arena is only
        // compared, never dereferenced.
        let inner = unsafe { block.add(47) };
        assert_eq!(table.locate(inner), Some(r));
        table.verify();
    }

    #[test]
    fn fullest_arena_supplies_pools_and_one_empty_arena_is_kept() {
        let mut table = ArenaTable::new();
        let refs: Vec<PoolRef> = (0..POOLS_PER_ARENA + 1)
            .map(|_| table.take_pool().unwrap())
            .collect();
        assert_eq!(table.mapped(), 2);
        assert_eq!(refs[POOLS_PER_ARENA].arena, 1);
        // Arena 0 is full, arena 1 has 15 free pools: arena 1 supplies.
        assert_eq!(table.take_pool().unwrap(), PoolRef { arena: 1, pool: 1 });
        assert!(!table.release_pool(PoolRef { arena: 1, pool: 1 }));
        // Arena 1 empties: the only empty arena, it is kept.
        assert!(!table.release_pool(refs[POOLS_PER_ARENA]));
        assert_eq!((table.mapped(), table.peak(), table.freed()), (2, 2, 0));
        // Pools never given a class are empty, so release them all: arena
        // 0 empties while arena 1 is empty, so it goes.
        for r in &refs[..POOLS_PER_ARENA - 1] {
            assert!(!table.release_pool(*r));
        }
        assert!(table.release_pool(refs[POOLS_PER_ARENA - 1]));
        assert_eq!((table.mapped(), table.freed()), (1, 1));
        // The kept arena supplies the next pool.
        let r = table.take_pool().unwrap();
        assert_eq!(r.arena, 1);
        assert!(!table.release_pool(r));
        assert_eq!(table.mapped(), 1);
        table.verify();
    }
}
