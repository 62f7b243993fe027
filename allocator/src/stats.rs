//! Statistics: the counters the heap keeps up to date on every operation,
//! the [`HeapStats`] snapshot it hands out, and the text report in the
//! spirit of CPython's `sys._debugmallocstats()`.
//!
//! The counters are maintained incrementally, so they are exact at every
//! moment without walking the heap; `Heap::verify` recomputes them from the
//! pools to prove it. Arena counts live in `arena.rs` and large-object
//! totals in `large.rs` — each fact has one home — and are gathered here
//! only when a snapshot is taken.

use std::fmt;

use crate::size_class::{SizeClass, NUM_SIZE_CLASSES, SMALL_REQUEST_THRESHOLD};

/// A snapshot of the heap's statistics. Every byte figure counts small
/// blocks by their block size (not the size requested), large objects by
/// their requested size, and external bytes as reserved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeapStats {
    /// `small_bytes + large_bytes + external_bytes`; this is what the limit
    /// applies to.
    pub bytes_in_use: usize,
    /// The highest `bytes_in_use` has ever been.
    pub peak_bytes: usize,
    /// Small blocks currently allocated (large objects are not blocks).
    pub blocks_in_use: usize,
    pub small_bytes: usize,
    pub large_bytes: usize,
    pub large_objects: usize,
    pub external_bytes: usize,
    /// Arenas currently mapped from the OS.
    pub arenas_mapped: usize,
    /// The most arenas ever mapped at once (CPython's "highwater mark").
    pub arenas_peak: usize,
    /// Arenas returned to the OS so far.
    pub arenas_freed: usize,
    /// Successful `alloc` calls, small and large.
    pub allocations: u64,
    /// `free` calls, small and large.
    pub frees: u64,
    /// One entry per size class, indexed by class (entry `i` is for blocks
    /// of `(i + 1) * 16` bytes), including classes not in use.
    pub size_classes: Vec<SizeClassStats>,
}

/// The state of one size class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeClassStats {
    pub block_size: usize,
    /// Pools currently serving this class.
    pub pools: usize,
    pub blocks_in_use: usize,
    /// Blocks in this class's pools not currently allocated (freed or never
    /// yet used): room the class has before it needs another pool.
    pub free_blocks: usize,
}

/// Per-class counters, maintained by the heap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClassCounters {
    pub pools: usize,
    pub blocks_in_use: usize,
}

/// The counters the heap updates on every operation.
#[derive(Debug, Clone, Default)]
pub struct Counters {
    pub small_bytes: usize,
    pub blocks_in_use: usize,
    pub external_bytes: usize,
    pub peak_bytes: usize,
    pub allocations: u64,
    pub frees: u64,
    pub classes: [ClassCounters; NUM_SIZE_CLASSES],
}

impl Counters {
    /// Records one small block of `class` handed out.
    #[inline]
    pub fn small_alloc(&mut self, class: SizeClass) {
        self.small_bytes += class.block_size();
        self.blocks_in_use += 1;
        self.classes[class.index()].blocks_in_use += 1;
    }

    /// Records one small block of `class` taken back.
    #[inline]
    pub fn small_free(&mut self, class: SizeClass) {
        self.small_bytes -= class.block_size();
        self.blocks_in_use -= 1;
        self.classes[class.index()].blocks_in_use -= 1;
    }

    /// Raises the peak to `bytes_in_use` if it is higher.
    #[inline]
    pub fn note_in_use(&mut self, bytes_in_use: usize) {
        self.peak_bytes = self.peak_bytes.max(bytes_in_use);
    }

    /// The per-class part of a snapshot.
    pub fn size_classes(&self) -> Vec<SizeClassStats> {
        SizeClass::all()
            .map(|class| {
                let c = self.classes[class.index()];
                SizeClassStats {
                    block_size: class.block_size(),
                    pools: c.pools,
                    blocks_in_use: c.blocks_in_use,
                    free_blocks: c.pools * class.blocks_per_pool() - c.blocks_in_use,
                }
            })
            .collect()
    }
}

impl HeapStats {
    /// Writes the report described at `Heap::write_debug_stats`.
    pub fn write_report(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        writeln!(
            out,
            "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NUM_SIZE_CLASSES} size classes.\n"
        )?;
        writeln!(
            out,
            "class   size   num pools   blocks in use  avail blocks"
        )?;
        writeln!(
            out,
            "-----   ----   ---------   -------------  ------------"
        )?;
        for (index, class) in self.size_classes.iter().enumerate() {
            if class.pools == 0 {
                continue;
            }
            writeln!(
                out,
                "{index:5}   {:4}   {:9}   {:13}  {:12}",
                class.block_size, class.pools, class.blocks_in_use, class.free_blocks
            )?;
        }
        writeln!(out)?;
        self.write_totals(out)
    }

    fn write_totals(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let pools: usize = self.size_classes.iter().map(|c| c.pools).sum();
        let rows: [(&str, u64); 14] = [
            ("arenas mapped", self.arenas_mapped as u64),
            ("arenas highwater mark", self.arenas_peak as u64),
            ("arenas freed", self.arenas_freed as u64),
            ("pools in use", pools as u64),
            ("blocks in use", self.blocks_in_use as u64),
            ("bytes in small blocks", self.small_bytes as u64),
            ("large objects", self.large_objects as u64),
            ("bytes in large objects", self.large_bytes as u64),
            ("external bytes", self.external_bytes as u64),
            ("bytes in use", self.bytes_in_use as u64),
            ("peak bytes in use", self.peak_bytes as u64),
            ("allocations", self.allocations),
            ("frees", self.frees),
            ("live allocations", self.allocations - self.frees),
        ];
        for (label, value) in rows {
            writeln!(out, "# {label:<28} = {value:>16}")?;
        }
        Ok(())
    }
}
