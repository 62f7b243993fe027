//! Size classes: how a request in bytes maps to the block size that serves it.
//!
//! Owns the rounding rule and nothing else. Requests of 1..=512 bytes are
//! rounded up to a multiple of [`ALIGNMENT`] and served from pools of that
//! class; anything larger is a "large object" and goes to the system
//! allocator (see `large.rs`). The heap, the pools and the statistics all ask
//! this module, so the rule lives in exactly one place.

use crate::pool::POOL_SIZE;

/// Every block the heap hands out is aligned to this many bytes, and every
/// small block size is a multiple of it.
pub const ALIGNMENT: usize = 16;

/// The largest request served from a pool; larger ones are large objects.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;

/// Size classes 16, 32, ..., 512.
pub const NUM_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

/// One size class, by index: class `i` serves blocks of `(i + 1) * 16` bytes.
///
/// The newtype keeps class indices from being mixed up with byte counts or
/// pool indices, which are also small integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SizeClass(u8);

impl SizeClass {
    /// The class serving a request of `size` bytes, or `None` for a large
    /// object. A request of 0 bytes is treated as 1, as `malloc(0)` is in
    /// CPython: it still gets a distinct block.
    #[inline]
    pub fn for_request(size: usize) -> Option<SizeClass> {
        if size > SMALL_REQUEST_THRESHOLD {
            return None;
        }
        let index = size.max(1).div_ceil(ALIGNMENT) - 1;
        // The bound above keeps `index` below NUM_SIZE_CLASSES (32), so the
        // narrowing cannot truncate.
        Some(SizeClass(index as u8))
    }

    /// The class with the given index; panics if there is no such class.
    pub fn from_index(index: usize) -> SizeClass {
        assert!(index < NUM_SIZE_CLASSES, "no size class {index}");
        SizeClass(index as u8)
    }

    /// Every class, smallest first.
    pub fn all() -> impl Iterator<Item = SizeClass> {
        (0..NUM_SIZE_CLASSES).map(SizeClass::from_index)
    }

    /// This class's position in per-class tables.
    #[inline]
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The size of every block of this class, in bytes.
    #[inline]
    pub fn block_size(self) -> usize {
        (self.index() + 1) * ALIGNMENT
    }

    /// How many blocks of this class fit in one pool. Pools carry no
    /// in-band header (their metadata lives beside the arena), so only the
    /// remainder of the division is wasted.
    #[inline]
    pub fn blocks_per_pool(self) -> usize {
        POOL_SIZE / self.block_size()
    }
}

/// The size actually reserved for a request: its class's block size, or the
/// request itself for a large object.
pub fn reserved_size(size: usize) -> usize {
    SizeClass::for_request(size).map_or(size, SizeClass::block_size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_up_to_sixteen() {
        assert_eq!(reserved_size(0), 16);
        assert_eq!(reserved_size(1), 16);
        assert_eq!(reserved_size(16), 16);
        assert_eq!(reserved_size(17), 32);
        assert_eq!(reserved_size(511), 512);
        assert_eq!(reserved_size(512), 512);
    }

    #[test]
    fn requests_above_threshold_are_large() {
        assert_eq!(SizeClass::for_request(513), None);
        assert_eq!(reserved_size(513), 513);
        assert_eq!(reserved_size(100_000), 100_000);
    }

    #[test]
    fn classes_are_dense_and_ordered() {
        let sizes: Vec<usize> = SizeClass::all().map(SizeClass::block_size).collect();
        assert_eq!(sizes.len(), NUM_SIZE_CLASSES);
        assert_eq!(sizes.first(), Some(&16));
        assert_eq!(sizes.last(), Some(&512));
        for (i, class) in SizeClass::all().enumerate() {
            assert_eq!(class.index(), i);
            assert_eq!(SizeClass::for_request(class.block_size()), Some(class));
        }
    }

    #[test]
    fn pool_capacity_matches_block_size() {
        assert_eq!(SizeClass::from_index(0).blocks_per_pool(), 1024);
        assert_eq!(SizeClass::for_request(48).unwrap().blocks_per_pool(), 341);
        assert_eq!(SizeClass::from_index(31).blocks_per_pool(), 32);
    }
}
