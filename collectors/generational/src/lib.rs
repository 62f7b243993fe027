//! Reference counting plus CPython 3.11's generational cycle detector: the
//! default collector.
//!
//! Algorithm: acyclic garbage dies exactly as under `refcount` (this crate
//! calls the refcount crate's `release`), so `__del__` runs at the last
//! reference. Containers are tracked on three generation lists
//! (`ouro_gc_core::Generations`); allocating a container raises the count
//! of generation 0 and freeing one lowers it; at a safepoint where the
//! count exceeds its threshold (700, 10, 10), the oldest generation whose
//! count exceeds its threshold is collected with every younger one (a full
//! collection waits until the objects promoted since the last one exceed a
//! quarter of those that survived it). A collection follows CPython's
//! `gc_collect_main`:
//!
//! 1. merge the younger generations into the one collected;
//! 2. `gc_refs` = refcount, minus the references from the objects being
//!    collected; what is reachable from an object with `gc_refs > 0` is
//!    alive, the rest is unreachable (`gclist`'s counting phase);
//! 3. survivors: tuples (every collection) and dicts (full collections)
//!    that can hold nothing trackable are untracked; the rest move to the
//!    next generation;
//! 4. finalizers (`__del__`) of the unreachable run, once each (PEP 442);
//! 5. the unreachable set is counted again: what a finalizer resurrected
//!    (and all it reaches) survives, into the next generation;
//! 6. the rest is garbage: with `DEBUG_SAVEALL` it goes to `gc.garbage`,
//!    otherwise each object's references are broken (`gc_clear`, CPython's
//!    `tp_clear`) and reference counting frees the cycle.
//!
//! Barriers: none (reference counting sees every store). Weak references
//! are not yet part of the object model, so step 4's "clear weak
//! references, run their callbacks" has nothing to do.

use ouro_gc_core::gclist::{self, GcList};
use ouro_gc_core::generations::debug;
use ouro_gc_core::{
    Collector, FreeCause, GcConfig, GcStats, Generations, ObjRef, Outcome, Reason, Runtime, Visit,
    GENERATIONS,
};
use ouro_gc_refcount::{release, visit_pending_releases, ReleaseState};
use std::time::Instant;

/// The collector's state.
#[derive(Default)]
pub struct Generational {
    release: ReleaseState,
    gens: Generations,
    /// References a collection holds while it breaks cycles: the object
    /// being cleared and what its `gc_clear` moved out, not yet released.
    /// Roots while their releases run code.
    pending: Vec<ObjRef>,
}

impl Generational {
    /// Objects freed so far by reaching a count of zero.
    pub fn freed(&self) -> u64 {
        self.release.freed()
    }
}

/// Drop one counted reference the collector holds.
fn decref<R: Runtime<Gc = Generational>>(rt: &mut R, obj: ObjRef) {
    if obj.dec() == 0 {
        Generational::on_zero(rt, obj);
    }
}

/// The counting phase on `base`: what is unreachable from outside it moves
/// to `unreachable` (CPython's `deduce_unreachable`).
fn deduce_unreachable(base: &GcList, unreachable: &GcList) {
    gclist::update_refs(base);
    gclist::subtract_refs(base);
    gclist::move_unreachable(base, unreachable);
}

impl Generational {
    /// CPython's `gc_collect_main`. Returns what it found.
    fn collect_main<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize) -> Outcome {
        let debug = rt.gc().gens.debug;
        let started = Instant::now();
        debug::print_start(&rt.gc().gens, generation);
        let unreachable = GcList::new();
        let g = &mut rt.gc().gens;
        g.begin_collection(generation);
        let examined = g.gens[generation].list.len();
        deduce_unreachable(&g.gens[generation].list, &unreachable);
        g.survive(generation);
        gclist::clear_unreachable_mask(&unreachable);
        unreachable.for_each(|o| debug::print_collectable(debug, o, || rt.type_name(o)));
        let found = unreachable.len();
        let weakrefs_freed = Self::handle_weakrefs(rt, &unreachable);
        let finalized = Self::finalize_garbage(rt, &unreachable);
        // What a finalizer resurrected survives, with all it reaches.
        let garbage = GcList::new();
        gclist::clear_collecting(&unreachable);
        deduce_unreachable(&unreachable, &garbage);
        gclist::clear_unreachable_mask(&garbage);
        unreachable.merge_into(Self::older(rt, generation));
        let collected = debug::shown_len(&garbage) + weakrefs_freed;
        rt.heap().free_cause = FreeCause::Cycle;
        let freed = Self::delete_garbage(rt, &garbage, generation, debug & debug::SAVEALL != 0);
        rt.heap().free_cause = FreeCause::Refcount;
        if generation == GENERATIONS - 1 {
            // CPython's `clear_freelists`, after a full collection.
            rt.heap().clear_free_lists();
        }
        debug::print_done(debug, collected, started);
        let stats = &mut rt.gc().gens.stats[generation];
        stats.collections += 1;
        stats.collected += collected as u64;
        Outcome {
            collected,
            uncollectable: 0,
            examined,
            unreachable: found,
            finalized,
            freed,
        }
    }

    /// Clear every weak reference to an unreachable object, and the
    /// unreachable weak references themselves, then run the callbacks of
    /// the cleared ones that are not garbage (CPython's `handle_weakrefs`,
    /// before any finalizer). Returns the weak references their callbacks
    /// freed, which `gc.collect()` counts.
    fn handle_weakrefs<R: Runtime<Gc = Self>>(rt: &mut R, unreachable: &GcList) -> usize {
        let mut callbacks = Vec::new();
        let mut garbage_refs = Vec::new();
        unreachable.for_each(|o| {
            for wr in rt.clear_weakrefs(o) {
                if gclist::is_collecting(wr) {
                    garbage_refs.push(wr);
                } else {
                    callbacks.push(wr);
                }
            }
        });
        // A weak reference that is garbage too never calls back; drop the
        // references `clear_weakrefs` gave (they are not the last).
        for wr in garbage_refs {
            wr.dec();
        }
        if callbacks.is_empty() {
            return 0;
        }
        rt.call_weakref_callbacks(callbacks, false)
    }

    /// The generation survivors of a collection of `generation` join.
    fn older<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize) -> &GcList {
        &rt.gc().gens.gens[(generation + 1).min(GENERATIONS - 1)].list
    }

    /// Run the finalizer of every unreachable object that has one and has
    /// not run it, in list order (`finalize_garbage`). A finalizer may free
    /// others of the set (they leave the list) or resurrect them. Returns
    /// how many finalizers ran.
    fn finalize_garbage<R: Runtime<Gc = Self>>(rt: &mut R, unreachable: &GcList) -> usize {
        let seen = GcList::new();
        let mut ran = 0;
        while let Some(o) = unreachable.first() {
            seen.take(o);
            if !o.is_finalized() {
                // Held for the call, as CPython's INCREF around tp_finalize.
                o.inc();
                rt.gc().pending.push(o);
                ran += usize::from(rt.finalize(o));
                rt.gc().pending.pop();
                decref(rt, o);
            }
        }
        seen.merge_into(unreachable);
        ran
    }

    /// Break the cycles of `garbage` (`delete_garbage`): clear each object
    /// in turn; reference counting frees what that leaves unreferenced.
    /// An object still alive afterwards survives into the next generation.
    /// Returns how many were freed.
    fn delete_garbage<R: Runtime<Gc = Self>>(
        rt: &mut R,
        garbage: &GcList,
        generation: usize,
        save_all: bool,
    ) -> usize {
        let mut kids = Vec::new();
        let mut survived = 0;
        let total = garbage.len();
        while let Some(o) = garbage.first() {
            if save_all {
                if !debug::is_hidden(o) {
                    rt.save_garbage(o);
                }
            } else {
                o.inc();
                (o.vtable().gc_clear)(o, &mut kids);
                // Released in order, the rest held (rooted) meanwhile.
                let base = rt.gc().pending.len();
                rt.gc().pending.push(o);
                rt.gc().pending.extend(kids.drain(..).rev());
                while rt.gc().pending.len() > base + 1 {
                    let k = rt.gc().pending.pop().expect("above base");
                    decref(rt, k);
                }
                rt.gc().pending.pop();
                decref(rt, o);
            }
            if garbage.first() == Some(o) {
                Self::older(rt, generation).take(o);
                survived += 1;
            }
        }
        if save_all {
            0
        } else {
            total - survived
        }
    }
}

impl Collector for Generational {
    const NAME: &'static str = "generational";
    const REFCOUNTED: bool = true;

    fn new(config: &GcConfig) -> Self {
        let mut g = Generational {
            gens: Generations::new(config),
            ..Generational::default()
        };
        g.gens.latch_due = true;
        g.release.trace = config.trace;
        g
    }

    fn generations(&self) -> &Generations {
        &self.gens
    }

    fn generations_mut(&mut self) -> &mut Generations {
        &mut self.gens
    }

    fn on_zero<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef) {
        release(rt, obj, |rt| &mut rt.gc().release);
    }

    fn collect<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize, reason: Reason) -> Outcome {
        // The automatic collection latched at the allocation that made it
        // due runs without what was tracked since (see
        // `Generations::latched`); any other collection takes them along.
        if let Some(carry) = rt.gc().gens.unlatch(reason == Reason::Threshold) {
            let out = Self::collect_main(rt, generation);
            rt.gc().gens.end_latched(carry);
            return out;
        }
        if reason == Reason::Stress {
            // Collect without moving the counters or statistics a program
            // can see: stress collections are extra, not CPython's.
            let g = &rt.gc().gens;
            let counts: Vec<i64> = g.gens.iter().map(|g| g.count).collect();
            let (stats, total, pending) = (g.stats, g.long_lived_total, g.long_lived_pending);
            let debug = std::mem::replace(&mut rt.gc().gens.debug, 0);
            let out = Self::collect_main(rt, generation);
            let g = &mut rt.gc().gens;
            for (gen, c) in g.gens.iter_mut().zip(counts) {
                gen.count = c;
            }
            g.stats = stats;
            g.long_lived_total = total;
            g.long_lived_pending = pending;
            g.debug = debug;
            return out;
        }
        Self::collect_main(rt, generation)
    }

    #[inline]
    fn due_generation(&self) -> Option<usize> {
        self.gens.due()
    }

    fn stats(&self) -> GcStats {
        let mut s = GcStats::default();
        for g in &self.gens.stats {
            s.collections += g.collections;
            s.collected += g.collected;
            s.uncollectable += g.uncollectable;
        }
        s
    }

    fn visit_pending(&self, visit: Visit<'_>) {
        visit_pending_releases(&self.release, visit);
        for &o in &self.pending {
            visit(o);
        }
    }
}

/// The `--gc` name of this collector.
pub const COLLECTOR_NAME: &str = "generational";
