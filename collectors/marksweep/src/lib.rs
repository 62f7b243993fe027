//! Tracing mark-and-sweep: no reference counts at all.
//!
//! Algorithm: the vm keeps no counts (`REFCOUNTED = false`, so its
//! `incref`/`decref` compile to nothing) and nothing is freed when a
//! reference goes away. A collection runs at a safepoint once the heap has
//! grown by a factor (`--gc-growth`, default 2.0) since the survivors of
//! the last one, or on `gc.collect()`:
//!
//! 1. **mark**: every object's mark word is cleared (a walk of the
//!    allocator's pools), then everything reachable from the vm's roots is
//!    marked through `traverse`, with an explicit mark stack (no recursion);
//! 2. **finalize**: each unmarked container that has a `__del__` not yet run
//!    gets it run, once (PEP 442), in the order of the collector lists; if
//!    any ran, the marks are recomputed from scratch, so whatever a
//!    finalizer resurrected (and all it reaches) survives;
//! 3. **sweep**: every object still unmarked is freed.
//!
//! The mark word is the header's `refcnt` word, which this collector does
//! not otherwise use: 0 unmarked, 1 marked. A new object starts at 1, so
//! what finalizers allocate during a collection survives its sweep.
//!
//! `gc.collect()` returns the number of unreachable containers freed (not
//! counting instance dicts CPython has no object for), i.e. also acyclic
//! garbage since the last collection. The generation lists are kept as a
//! collection that found nothing would keep them (see `Generations`), so
//! `gc.get_count()` and friends read as under the other collectors.
//!
//! Barriers: none (collections are stop-the-world at safepoints).

use ouro_gc_core::generations::debug;
use ouro_gc_core::{
    Collector, FreeCause, GcConfig, GcStats, Generations, ObjRef, Outcome, Reason, Runtime, Visit,
    GENERATIONS,
};

/// Mark-word values.
const UNMARKED: usize = 0;
const MARKED: usize = 1;

/// The default `--gc-growth`.
pub const DEFAULT_GROWTH: f64 = 2.0;
/// No automatic collection below this many bytes in use.
const MIN_HEAP: usize = 1 << 20;

/// The collector's state.
pub struct MarkSweep {
    gens: Generations,
    growth: f64,
    /// Collect at the next safepoint once the heap holds this many bytes.
    next_at: usize,
    /// `next_at` was crossed.
    due: bool,
    stats: GcStats,
    mark_stack: Vec<ObjRef>,
    /// Objects whose finalizer is running: roots meanwhile.
    pending: Vec<ObjRef>,
}

impl MarkSweep {
    fn is_marked(o: ObjRef) -> bool {
        o.refcnt() != UNMARKED
    }

    /// Clear every mark, then mark what the roots reach. Returns how many
    /// objects the heap holds and how many were marked.
    fn mark<R: Runtime<Gc = Self>>(rt: &mut R) -> (usize, usize) {
        let mut objects = 0;
        rt.heap().for_each(|o| {
            o.set_refcnt(UNMARKED);
            objects += 1;
        });
        let mut marked = 0;
        let mut stack = std::mem::take(&mut rt.gc().mark_stack);
        rt.visit_roots(&mut |o| stack.push(o));
        stack.extend(rt.gc().pending.iter().copied());
        while let Some(o) = stack.pop() {
            if !Self::is_marked(o) {
                o.set_refcnt(MARKED);
                marked += 1;
                (o.vtable().traverse)(o, &mut |r| {
                    if !Self::is_marked(r) {
                        stack.push(r);
                    }
                });
            }
        }
        rt.gc().mark_stack = stack;
        (objects, marked)
    }

    /// Run the finalizer of every unmarked container that has one not yet
    /// run, in list order; how many ran.
    fn finalize_unreachable<R: Runtime<Gc = Self>>(rt: &mut R) -> usize {
        let mut candidates = Vec::new();
        for g in rt.gc().gens.gens.iter().rev() {
            g.list.for_each(|o| {
                if !Self::is_marked(o) && !o.is_finalized() {
                    candidates.push(o);
                }
            });
        }
        let mut ran = 0;
        for o in candidates {
            // An earlier finalizer may have run this one's already.
            if o.is_finalized() {
                continue;
            }
            rt.gc().pending.push(o);
            ran += usize::from(rt.finalize(o));
            rt.gc().pending.pop();
        }
        ran
    }

    /// `DEBUG_SAVEALL`: the unreachable containers go to `gc.garbage`
    /// instead of being freed (with all they reach); returns how many.
    fn save_all<R: Runtime<Gc = Self>>(rt: &mut R) -> usize {
        let mut found = Vec::new();
        for g in rt.gc().gens.gens.iter().rev() {
            g.list.for_each(|o| {
                if !Self::is_marked(o) && !debug::is_hidden(o) {
                    found.push(o);
                }
            });
        }
        let n = found.len();
        for o in found {
            rt.save_garbage(o);
        }
        if n > 0 {
            Self::mark(rt);
        }
        n
    }

    /// Free every unmarked object; returns how many CPython would count,
    /// and how many there were.
    fn sweep<R: Runtime<Gc = Self>>(rt: &mut R) -> (usize, usize) {
        let mut dead = Vec::new();
        rt.heap().for_each(|o| {
            if !Self::is_marked(o) {
                dead.push(o);
            }
        });
        // Weak references to the dead are cleared now; the callbacks of
        // those that live on run after the sweep.
        let mut callbacks = Vec::new();
        for &o in &dead {
            callbacks.extend(rt.clear_weakrefs(o));
        }
        callbacks.retain(|&wr| Self::is_marked(wr));
        let mut counted = 0;
        let freed = dead.len();
        let mut sink = Vec::new();
        for &o in &dead {
            if o.is_container() && !debug::is_hidden(o) {
                counted += 1;
            }
            // References are uncounted: dropping them is all `clear` does.
            (o.vtable().clear)(o, &mut sink);
            sink.clear();
        }
        for o in dead {
            let counted = ouro_gc_core::Generations::counted(o);
            // SAFETY: `o` was reached neither from the roots nor from any
            // marked object, after every finalizer had run and the marks
            // were recomputed, so nothing live refers to it; the objects
            // that do refer to it are unmarked too and freed in this same
            // loop without being read (their references were dropped by
            // `clear` above).
            let kept = unsafe { rt.heap().free(o) };
            rt.gc().gens.on_free(counted, kept);
        }
        if !callbacks.is_empty() {
            rt.call_weakref_callbacks(callbacks, false);
        }
        (counted, freed)
    }

    /// Schedule the next automatic collection: when the heap, holding
    /// `live` bytes now, has grown by the growth factor.
    fn schedule(&mut self, live: usize, limit: Option<usize>) {
        let mut next = ((live as f64) * self.growth) as usize;
        next = next.max(MIN_HEAP);
        if let Some(limit) = limit {
            // Collect before a `--max-heap` limit makes it too late.
            next = next.min(limit - limit / 8);
        }
        self.next_at = next;
        self.due = false;
    }
}

impl Collector for MarkSweep {
    const NAME: &'static str = "marksweep";
    const REFCOUNTED: bool = false;

    fn new(config: &GcConfig) -> Self {
        let growth = if config.growth > 1.0 {
            config.growth
        } else {
            DEFAULT_GROWTH
        };
        MarkSweep {
            gens: Generations::new(config),
            growth,
            next_at: MIN_HEAP,
            due: false,
            stats: GcStats::default(),
            mark_stack: Vec::new(),
            pending: Vec::new(),
        }
    }

    fn generations(&self) -> &Generations {
        &self.gens
    }

    fn generations_mut(&mut self) -> &mut Generations {
        &mut self.gens
    }

    #[inline]
    fn on_alloc<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef) {
        // A new object is born marked (its count word is 1).
        let over = rt.heap().blocks_ref().bytes_in_use() > rt.gc().next_at;
        let gc = rt.gc();
        gc.gens.on_alloc(obj);
        gc.due |= over;
    }

    fn on_zero<R: Runtime<Gc = Self>>(_rt: &mut R, _obj: ObjRef) {
        unreachable!("marksweep keeps no counts")
    }

    fn collect<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize, reason: Reason) -> Outcome {
        let debug = if reason == Reason::Stress {
            0
        } else {
            rt.gc().gens.debug
        };
        let started = std::time::Instant::now();
        if debug != 0 {
            debug::print_start(&rt.gc().gens, generation.min(GENERATIONS - 1));
        }
        let (examined, marked) = Self::mark(rt);
        let finalized = Self::finalize_unreachable(rt);
        if finalized > 0 {
            Self::mark(rt);
        }
        if debug & debug::COLLECTABLE != 0 {
            let mut found = Vec::new();
            for g in rt.gc().gens.gens.iter().rev() {
                g.list.for_each(|o| {
                    if !Self::is_marked(o) {
                        found.push(o);
                    }
                });
            }
            for o in found {
                debug::print_collectable(debug, o, || rt.type_name(o));
            }
        }
        let saved = if debug & debug::SAVEALL != 0 {
            Self::save_all(rt)
        } else {
            0
        };
        rt.heap().free_cause = FreeCause::Sweep;
        let (swept, freed) = Self::sweep(rt);
        let collected = saved + swept;
        rt.heap().free_cause = FreeCause::Refcount;
        debug::print_done(debug, collected, started);
        let blocks = rt.heap().blocks_ref();
        let (live, limit) = (blocks.bytes_in_use(), blocks.limit());
        rt.gc().schedule(live, limit);
        let gc = rt.gc();
        gc.stats.collections += 1;
        gc.stats.collected += collected as u64;
        if reason != Reason::Stress {
            // Every collection is a full one: CPython's `clear_freelists`.
            rt.heap().clear_free_lists();
            let gc = rt.gc();
            // The dead are freed and off the lists already.
            gc.gens
                .keep_books(generation.min(GENERATIONS - 1), collected);
        }
        Outcome {
            collected,
            uncollectable: 0,
            examined,
            unreachable: examined - marked,
            finalized,
            freed,
        }
    }

    #[inline]
    fn due_generation(&self) -> Option<usize> {
        (self.due && self.gens.enabled && !self.gens.collecting).then_some(GENERATIONS - 1)
    }

    fn due_reason(&self) -> Reason {
        Reason::HeapGrowth
    }

    fn stats(&self) -> GcStats {
        self.stats.clone()
    }

    fn visit_pending(&self, visit: Visit<'_>) {
        for &o in &self.pending {
            visit(o);
        }
    }
}

/// The `--gc` name of this collector.
pub const COLLECTOR_NAME: &str = "marksweep";
