//! ouro's private heap: a pymalloc-style small-object allocator with exact
//! statistics and an optional byte limit.
//!
//! Every Python object ouro creates lives here. The collectors decide *when*
//! and *what* to free; this crate decides *where* blocks go. It knows sizes
//! and addresses, never Python types, and depends on no other ouro crate.
//!
//! ```text
//!  request  --(<= 512 bytes)-->  size class (16, 32, ..., 512)
//!     |                              |
//!     |                     used-pool list of the class (front first)
//!     |                              |
//!     |          arena (256 KiB, mmap) = 16 pools x 16 KiB, one class each
//!     |                              |
//!     |                  pool: free list of freed blocks + bump offset
//!     |
//!     +--(> 512 bytes)-->  large object: std::alloc, recorded and counted
//!
//!  external bytes (buffers owned by objects, allocated elsewhere): counted
//! ```
//!
//! The shape follows CPython's `Objects/obmalloc.c`. Deliberate differences:
//! pool metadata lives beside the arena rather than at the start of each
//! pool, and a pool is found from a block address through a hash of the
//! pool's aligned address, not a header read — so a bad pointer passed to
//! `free` is caught by a cheap check instead of corrupting the heap. A
//! wholly empty arena is unmapped when another one is empty too (CPython
//! keeps one, against thrashing). Freeing a small block
//! makes it the very next block of its class handed out, unless the free
//! unmapped its arena (see [`Heap`]).
//!
//! Files: `heap.rs` (the [`Heap`], read first), `hot.rs` (the cache of
//! recently freed blocks), `size_class.rs`, `arena.rs`, `pool.rs`, `used_pools.rs`, `large.rs`, `stats.rs`, `poison.rs` (debug
//! fill bytes), `verify.rs` (the heap verifier).
//!
//! Architecture invariant: nothing outside this crate touches block
//! bookkeeping; the only doors are `alloc`, `free` and the external-bytes
//! counters.

#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_debug_implementations)]

mod arena;
mod heap;
mod hot;
mod large;
mod poison;
mod pool;
mod size_class;
mod stats;
mod used_pools;
mod verify;

use std::fmt;

pub use arena::{ARENA_SIZE, POOLS_PER_ARENA};
pub use heap::Heap;
pub use poison::{FREED as POISON_FREED, FRESH as POISON_FRESH};
pub use pool::POOL_SIZE;
pub use size_class::{ALIGNMENT, NUM_SIZE_CLASSES, SMALL_REQUEST_THRESHOLD};
pub use stats::{HeapStats, SizeClassStats};

/// An allocation failed: it would have taken the heap over its limit, or
/// the operating system refused memory. The heap is unchanged. The vm turns
/// this into `MemoryError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError;

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("out of memory: heap limit exceeded or the OS refused memory")
    }
}

impl std::error::Error for AllocError {}
