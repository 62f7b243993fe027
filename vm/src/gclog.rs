//! What the collectors did, as it happens: every collection's pause and
//! findings are kept for `--stats`, and with `--trace` each becomes a
//! `tracing` event (`gc_start`, `gc_end`, `cascade`, `heap`, `alloc`,
//! `free`, `summary`; the schema is `docs/TRACE.md`). The events go to
//! whatever subscriber the embedder installed (the `ouro` binary's writes
//! JSON lines or Chrome's trace format); without `--trace` none is built:
//! the vm only tests a flag, and keeps the pause of each collection.

use crate::vm::Vm;
use ouro_gc_core::{Collector, FreeCause, Heap, ObjRef, Outcome, Reason, GENERATIONS};
use std::time::{Duration, Instant};

/// A `heap` sample is traced every this many allocations.
const HEAP_SAMPLE_EVERY: u32 = 1024;

/// The collections so far, for `--stats` and the trace's summary.
pub struct GcLog {
    /// When the vm was made.
    pub started: Instant,
    /// Each collection's pause, in nanoseconds, in order.
    pub pauses_ns: Vec<u64>,
    /// Collections by the generation collected (the oldest for every
    /// collection of a tracing collector).
    pub per_generation: [u64; GENERATIONS],
    /// Their total time.
    pub gc_time: Duration,
    /// Allocations until the next `heap` sample.
    until_sample: u32,
}

impl Default for GcLog {
    fn default() -> Self {
        GcLog {
            started: Instant::now(),
            pauses_ns: Vec::new(),
            per_generation: [0; GENERATIONS],
            gc_time: Duration::ZERO,
            until_sample: HEAP_SAMPLE_EVERY,
        }
    }
}

impl GcLog {
    /// The `p`-th percentile pause (nearest rank), 0 without collections.
    pub fn percentile_ns(&self, p: f64) -> u64 {
        let mut v = self.pauses_ns.clone();
        if v.is_empty() {
            return 0;
        }
        v.sort_unstable();
        let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
        v[rank.clamp(1, v.len()) - 1]
    }

    pub fn max_ns(&self) -> u64 {
        self.pauses_ns.iter().copied().max().unwrap_or(0)
    }
}

/// The process's peak resident set in bytes (Linux's `VmHWM`), 0 where
/// the system does not say.
pub fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn us(d: Duration) -> f64 {
    d.as_nanos() as f64 / 1000.0
}

impl<C: Collector> Vm<C> {
    /// Run `C::collect`, timing it and noting what it did; traced as
    /// `gc_start` and `gc_end` when `--trace` is on.
    pub(crate) fn logged_collection(&mut self, generation: usize, reason: Reason) -> Outcome {
        let trace = self.config.trace;
        let heap_before = self.heap.block_stats().bytes_in_use;
        let freed_before = self.heap.object_stats().freed;
        if trace {
            tracing::info!(
                name: "gc_start",
                target: "ouro",
                collector = C::NAME,
                gen = generation as u64,
                reason = reason.name(),
                heap_before = heap_before as u64,
            );
        }
        let started = Instant::now();
        let out = C::collect(self, generation, reason);
        let pause = started.elapsed();
        let log = &mut self.gc_log;
        log.pauses_ns.push(pause.as_nanos() as u64);
        log.per_generation[generation.min(GENERATIONS - 1)] += 1;
        log.gc_time += pause;
        if trace {
            let heap_after = self.heap.block_stats().bytes_in_use;
            let released = self.heap.object_stats().freed - freed_before;
            tracing::info!(
                name: "gc_end",
                target: "ouro",
                collector = C::NAME,
                gen = generation as u64,
                reason = reason.name(),
                pause_us = us(pause),
                examined = out.examined as u64,
                unreachable = out.unreachable as u64,
                finalized = out.finalized as u64,
                freed = out.freed as u64,
                released = released,
                collected = (out.collected + out.uncollectable) as u64,
                heap_before = heap_before as u64,
                heap_after = heap_after as u64,
            );
        }
        out
    }

    /// `--trace`: a new object (`alloc` with `--trace-alloc`), and every
    /// so many allocations a `heap` sample.
    #[cold]
    pub(crate) fn trace_alloc(&mut self, o: ObjRef) {
        if self.config.trace_alloc {
            let ty = self.type_name(o);
            tracing::trace!(
                name: "alloc",
                target: "ouro",
                addr = o.addr() as u64,
                size = Heap::block_size(o) as u64,
                r#type = ty.as_str(),
            );
        }
        let log = &mut self.gc_log;
        log.until_sample -= 1;
        if log.until_sample == 0 {
            log.until_sample = HEAP_SAMPLE_EVERY;
            let objects = self.heap.object_stats().live as u64;
            tracing::info!(
                name: "heap",
                target: "ouro",
                bytes = self.heap.block_stats().bytes_in_use as u64,
                objects = objects,
            );
        }
    }

    /// `--trace`: the trace's last event, with the run's totals.
    pub fn trace_summary(&mut self) {
        if !self.config.trace {
            return;
        }
        let o = self.heap.object_stats();
        let b = self.heap.block_stats();
        let leaked = crate::modules::ouro::unreachable_objects(self);
        let leaked_bytes: usize = leaked.iter().map(|&o| Heap::block_size(o)).sum();
        let log = &self.gc_log;
        let [g0, g1, g2] = log.per_generation;
        let wall = log.started.elapsed();
        tracing::info!(
            name: "summary",
            target: "ouro",
            collector = C::NAME,
            collections = log.pauses_ns.len() as u64,
            collections_gen0 = g0,
            collections_gen1 = g1,
            collections_gen2 = g2,
            pause_total_us = us(log.gc_time),
            pause_max_us = log.max_ns() as f64 / 1000.0,
            pause_p50_us = log.percentile_ns(50.0) as f64 / 1000.0,
            pause_p99_us = log.percentile_ns(99.0) as f64 / 1000.0,
            wall_us = us(wall),
            allocated = o.allocated,
            freed = o.freed,
            freed_refcount = o.freed_by[FreeCause::Refcount as usize],
            freed_cycle = o.freed_by[FreeCause::Cycle as usize],
            freed_sweep = o.freed_by[FreeCause::Sweep as usize],
            objects_alive = o.live as u64,
            heap_peak = b.peak_bytes as u64,
            heap_at_exit = b.bytes_in_use as u64,
            leaked_objects = leaked.len() as u64,
            leaked_bytes = leaked_bytes as u64,
            rss_peak = peak_rss(),
        );
    }

    /// A release that began at an object of type `root` freed `freed`
    /// objects (see `Runtime::on_cascade`).
    pub(crate) fn trace_cascade(&mut self, root: &str, freed: u64, elapsed: Duration) {
        tracing::info!(
            name: "cascade",
            target: "ouro",
            root_type = root,
            freed = freed,
            duration_us = us(elapsed),
        );
    }
}
