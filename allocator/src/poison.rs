//! Debug poisoning: fill fresh and freed memory with recognisable bytes.
//!
//! In debug builds (`cfg(debug_assertions)`) every block handed out is filled
//! with [`FRESH`] and every freed block with [`FREED`], so reading
//! uninitialised memory or using a block after `free` shows up as a run of
//! `0xCB` or `0xDB` rather than as plausible old data. A small block taken
//! back off a free list is also checked to still be all [`FREED`] (apart
//! from its free-list link), which catches a write after free at the next
//! allocation of that block. In release builds every function here compiles
//! to nothing. The pool and large-object code and the heap's hot cache
//! path call in here; nothing else does.

use std::ptr::NonNull;

/// Written over every block the heap hands out ("clean byte", as in
/// CPython's debug allocator).
pub const FRESH: u8 = 0xCB;

/// Written over every block the heap takes back ("dead byte").
pub const FREED: u8 = 0xDB;

/// Whether poisoning is compiled in.
pub const ENABLED: bool = cfg!(debug_assertions);

/// Fills `len` bytes at `ptr` with `byte` in debug builds.
///
/// # Safety
/// The `len` bytes at `ptr` must be writable memory owned by the heap and
/// not currently handed out to a caller (it is about to be, or has just
/// been returned).
#[inline]
pub unsafe fn fill(ptr: NonNull<u8>, len: usize, byte: u8) {
    if ENABLED {
        // SAFETY: the caller guarantees the range is writable heap memory
        // that no caller currently holds (this function's contract).
        unsafe { ptr.as_ptr().write_bytes(byte, len) };
    }
}

/// In debug builds, panics unless the `len` bytes at `ptr` are all
/// [`FREED`]: something wrote to the block after it was freed.
///
/// # Safety
/// The `len` bytes at `ptr` must be readable memory owned by the heap.
#[inline]
pub unsafe fn check_freed(ptr: NonNull<u8>, len: usize) {
    if ENABLED {
        // SAFETY: the caller guarantees the range is readable heap memory,
        // and the heap holds `&mut self` so nobody writes it concurrently.
        let bytes = unsafe { std::slice::from_raw_parts(ptr.as_ptr(), len) };
        if let Some(at) = bytes.iter().position(|&b| b != FREED) {
            panic!(
                "ouro-allocator: block {ptr:p} was written after it was freed \
                 (byte {at} is {:#04x}, expected {FREED:#04x})",
                bytes[at]
            );
        }
    }
}
