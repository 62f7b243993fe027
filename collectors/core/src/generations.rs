//! The tracked containers and the counters the `gc` module shows, kept the
//! same way by every collector so that `gc.is_tracked`, `gc.get_objects`,
//! `gc.get_count`, `gc.freeze` and friends mean one thing whichever
//! collector runs (MEMORY-MODEL.md item 16).
//!
//! As in CPython 3.11: three generation lists plus a permanent one
//! (`gc.freeze`); a container is tracked at the tail of generation 0 when
//! it is created (a dict only once it holds something that may be
//! tracked); the count of generation 0 rises with every container
//! allocated and falls with every container freed; thresholds default to
//! `(700, 10, 10)`. Only the generational collector acts on the counts;
//! under the others they are shown but inert.

use crate::gclist::GcList;
use crate::header::ObjRef;
use crate::vtable::Tracking;

/// Number of generations.
pub const GENERATIONS: usize = 3;

/// The `gc.DEBUG_*` flags, and the lines CPython prints for them on
/// stderr (`gcmodule.c`'s formats), shared by the collectors.
pub mod debug {
    use super::Generations;
    use crate::gclist::GcList;
    use crate::header::ObjRef;

    pub const STATS: i64 = 1;
    pub const COLLECTABLE: i64 = 2;
    pub const UNCOLLECTABLE: i64 = 4;
    pub const SAVEALL: i64 = 32;

    /// An object CPython would not have (`TypeVTable::hidden`): never
    /// counted, listed or saved.
    pub fn is_hidden(o: ObjRef) -> bool {
        (o.vtable().hidden)(o)
    }

    /// The objects on a list that CPython would have.
    pub fn shown_len(list: &GcList) -> usize {
        let mut n = 0;
        list.for_each(|o| n += usize::from(!is_hidden(o)));
        n
    }

    /// `DEBUG_STATS`, as a collection of `generation` starts.
    pub fn print_start(g: &Generations, generation: usize) {
        if g.debug & STATS != 0 {
            let sizes: String = g
                .gens
                .iter()
                .map(|g| format!(" {}", shown_len(&g.list)))
                .collect();
            eprintln!("gc: collecting generation {generation}...");
            eprintln!("gc: objects in each generation:{sizes}");
            eprintln!(
                "gc: objects in permanent generation: {}",
                shown_len(&g.permanent)
            );
        }
    }

    /// `DEBUG_COLLECTABLE`, for one unreachable object of type `type_name`.
    pub fn print_collectable(debug: i64, o: ObjRef, type_name: impl FnOnce() -> String) {
        if debug & COLLECTABLE != 0 && !is_hidden(o) {
            eprintln!("gc: collectable <{} {:#x}>", type_name(), o.addr());
        }
    }

    /// `DEBUG_STATS`, as a collection ends.
    pub fn print_done(debug: i64, collected: usize, started: std::time::Instant) {
        if debug & STATS != 0 {
            eprintln!(
                "gc: done, {collected} unreachable, 0 uncollectable, {:.4}s elapsed",
                started.elapsed().as_secs_f64()
            );
        }
    }
}

/// One generation: its list, threshold and count.
#[derive(Default)]
pub struct Generation {
    pub list: GcList,
    pub threshold: i64,
    pub count: i64,
}

/// What `gc.get_stats()` reports for one generation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// The generations, the permanent generation and the `gc` module's
/// settings. Invariant: every tracked container is on exactly one of the
/// four lists.
pub struct Generations {
    pub gens: [Generation; GENERATIONS],
    pub permanent: GcList,
    pub enabled: bool,
    pub debug: i64,
    pub stats: [GenStats; GENERATIONS],
    /// Objects that survived a full collection (CPython's
    /// `long_lived_total`), and those promoted into the oldest generation
    /// since (`long_lived_pending`).
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    /// A collection is running (a nested `gc.collect()` returns 0).
    pub collecting: bool,
    /// Latch an automatic collection at the allocation that makes it due
    /// (set by the generational collector, which runs it at the next
    /// safepoint): see `latched`.
    pub latch_due: bool,
    /// The automatic collection that came due at an allocation and has not
    /// run yet: its generation and the young count then. CPython collects
    /// inside that allocation, before it tracks the new object; here it
    /// runs at the next safepoint, so the containers tracked meanwhile —
    /// the one whose allocation made it due first — wait on `late`, out of
    /// the collection, and join generation 0 after it.
    pub latched: Option<(usize, i64)>,
    /// The young count a latched collection leaves, fixed as it starts
    /// (`begin_collecting`): what was counted between its coming due and
    /// then, which CPython counts after its collection. (What `gc.callbacks`
    /// allocate at its start CPython counts before its reset.)
    latched_carry: i64,
    /// The containers tracked while a collection is latched.
    pub late: GcList,
}

impl Default for Generations {
    fn default() -> Generations {
        let gen = |threshold| Generation {
            threshold,
            ..Generation::default()
        };
        Generations {
            gens: [gen(700), gen(10), gen(10)],
            permanent: GcList::new(),
            enabled: true,
            debug: 0,
            stats: Default::default(),
            long_lived_total: 0,
            long_lived_pending: 0,
            collecting: false,
            latch_due: false,
            latched: None,
            latched_carry: 0,
            late: GcList::new(),
        }
    }
}

impl Generations {
    /// The generations a collector starts with under `config`.
    pub fn new(config: &crate::GcConfig) -> Generations {
        let mut g = Generations::default();
        if let Some(t) = config.threshold {
            for (gen, t) in g.gens.iter_mut().zip(t) {
                gen.threshold = t;
            }
        }
        g
    }

    /// A container was allocated: count it, and track it unless its layout
    /// is tracked lazily.
    #[inline]
    pub fn on_alloc(&mut self, obj: ObjRef) {
        if obj.is_container() {
            self.gens[0].count += 1;
            if self.latch_due && self.latched.is_none() {
                self.latch();
            }
            if !matches!(obj.vtable().tracking, Tracking::Lazy(_)) {
                self.young_list().track(obj);
            }
        }
    }

    /// Latch the automatic collection this allocation made due, if any.
    #[inline]
    fn latch(&mut self) {
        if self.gens[0].count > self.gens[0].threshold {
            if let Some(g) = self.due_by_counts() {
                self.latched = Some((g, self.gens[0].count));
            }
        }
    }

    /// Where a container tracked now goes: generation 0, or `late` while
    /// a collection is latched.
    #[inline]
    fn young_list(&self) -> &GcList {
        match self.latched {
            Some(_) => &self.late,
            None => &self.gens[0].list,
        }
    }

    /// The latched collection is starting (`run`: it is the one that
    /// runs) or is overtaken by another: what `late` holds stays out of a
    /// latched run and joins generation 0 at once otherwise. Returns the
    /// young count the latched collection leaves (the containers counted
    /// since it came due, as CPython counts them after its collection).
    pub fn unlatch(&mut self, run: bool) -> Option<i64> {
        self.latched.take()?;
        let carry = std::mem::take(&mut self.latched_carry);
        if !run {
            self.late.merge_into(&self.gens[0].list);
            return None;
        }
        Some(carry)
    }

    /// A collection (with its `gc.callbacks`) starts.
    pub fn begin_collecting(&mut self) {
        self.collecting = true;
        if let Some((_, base)) = self.latched {
            self.latched_carry = (self.gens[0].count - base).max(0);
        }
    }

    /// After a latched collection: the containers tracked since it came
    /// due join generation 0, and `carry` (from `unlatch`) is counted.
    pub fn end_latched(&mut self, carry: i64) {
        self.late.merge_into(&self.gens[0].list);
        self.gens[0].count += carry;
    }

    /// Will freeing `obj` lower the count? A container does (CPython's
    /// `PyObject_GC_Del`), unless it is hidden (never counted). Asked before
    /// the free; `on_free` is told the answer after it.
    #[inline]
    pub fn counted(obj: ObjRef) -> bool {
        let vt = obj.vtable();
        // (Most layouts are never hidden: no call to ask.)
        obj.is_container()
            && (std::ptr::fn_addr_eq(vt.hidden, crate::vtable::never_hidden as fn(ObjRef) -> bool)
                || !(vt.hidden)(obj))
    }

    /// A `counted` object was freed: uncount it, unless its block was kept
    /// on a free list (`kept`, as `Heap::free` reports), as CPython's
    /// deallocators that keep one skip `PyObject_GC_Del`.
    #[inline]
    pub fn on_free(&mut self, counted: bool, kept: bool) {
        if counted && !kept && self.gens[0].count > 0 {
            self.gens[0].count -= 1;
        }
    }

    /// The container just allocated is not counted after all: it is
    /// hidden (an object CPython does not make: an instance's attribute
    /// dict, whose values 3.11 keeps inline), or its block came from a
    /// free list (CPython's allocation from one skips
    /// `_PyObject_GC_Link`).
    pub fn uncount(&mut self) {
        // (Nor does it make a collection due: one it just latched is off.)
        if self
            .latched
            .is_some_and(|(_, base)| base == self.gens[0].count)
        {
            self.unlatch(false);
        }
        self.gens[0].count = self.gens[0].count.saturating_sub(1);
    }

    /// A hidden container became a real object (CPython materializes the
    /// dict then): count it as an allocation.
    pub fn count_materialized(&mut self) {
        self.gens[0].count += 1;
    }

    /// Track an untracked container (a dict that now holds a container).
    pub fn track(&mut self, obj: ObjRef) {
        if obj.is_container() && !obj.is_tracked() {
            self.young_list().track(obj);
        }
    }

    /// Every tracked object of `generation` (all three when `None`),
    /// youngest generation first, each in list order; never the permanent
    /// generation.
    pub fn objects(&self, generation: Option<usize>) -> Vec<ObjRef> {
        let mut all = match generation {
            Some(g) => self.gens[g].list.objects(),
            None => self.gens.iter().flat_map(|g| g.list.objects()).collect(),
        };
        if generation.is_none_or(|g| g == 0) {
            all.extend(self.late.objects());
        }
        all
    }

    /// `gc.freeze()`: move everything tracked to the permanent generation.
    pub fn freeze(&mut self) {
        self.unlatch(false);
        for g in &mut self.gens {
            g.list.merge_into(&self.permanent);
            g.count = 0;
        }
    }

    /// `gc.unfreeze()`: the permanent generation joins the oldest one.
    pub fn unfreeze(&mut self) {
        self.permanent.merge_into(&self.gens[GENERATIONS - 1].list);
    }

    /// The generation an automatic collection should collect now, if any
    /// (CPython's `gc_collect_generations`): the oldest whose count
    /// exceeds its threshold, except that a full collection waits until
    /// the objects promoted since the last one exceed a quarter of those
    /// that survived it.
    #[inline]
    pub fn due(&self) -> Option<usize> {
        if let Some((g, _)) = self.latched {
            return (!self.collecting).then_some(g);
        }
        if self.latch_due {
            // Only an allocation makes a collection due (CPython's
            // `_PyObject_GC_Link`): `gc.enable()` or a lower threshold
            // waits for the next container.
            return None;
        }
        self.due_by_counts()
    }

    /// The generation the counts make due now, if any.
    pub fn due_by_counts(&self) -> Option<usize> {
        let young = &self.gens[0];
        if !self.enabled
            || self.collecting
            || young.threshold == 0
            || young.count <= young.threshold
        {
            return None;
        }
        (0..GENERATIONS).rev().find(|&i| {
            self.gens[i].count > self.gens[i].threshold
                && !(i == GENERATIONS - 1
                    && (self.long_lived_pending as i64) < (self.long_lived_total as i64) / 4)
        })
    }

    /// The first step of a collection of `generation` (CPython's
    /// `gc_collect_main`): the counts of it and every younger generation
    /// start again, the next one counts one more collection, and the
    /// younger generations join it. Its list is then the set collected.
    pub fn begin_collection(&mut self, generation: usize) {
        if generation + 1 < GENERATIONS {
            self.gens[generation + 1].count += 1;
        }
        for gen in &mut self.gens[..=generation] {
            gen.count = 0;
        }
        for i in 0..generation {
            self.gens[i].list.merge_into(&self.gens[generation].list);
        }
    }

    /// The books of a collection of `generation` whose dead are already
    /// off the lists (or that found none): counts, untracking, promotion
    /// and its statistics, as `begin_collection` + `survive` would keep
    /// them around a cycle search.
    pub fn keep_books(&mut self, generation: usize, collected: usize) {
        self.begin_collection(generation);
        self.survive(generation);
        let s = &mut self.stats[generation];
        s.collections += 1;
        s.collected += collected as u64;
    }

    /// What is left in the collected generation survived: tuples (and, in
    /// a full collection, dicts) that can hold nothing trackable are
    /// untracked, and the rest join the next generation (CPython's
    /// `untrack_tuples`, `untrack_dicts` and the long-lived counts).
    pub fn survive(&mut self, generation: usize) {
        let young = &self.gens[generation].list;
        untrack_atomic(young, |t| matches!(t, Tracking::UntilAtomic(_)));
        if generation + 1 < GENERATIONS {
            if generation == GENERATIONS - 2 {
                self.long_lived_pending += young.len();
            }
            young.merge_into(&self.gens[generation + 1].list);
        } else {
            untrack_atomic(young, |t| matches!(t, Tracking::Lazy(_)));
            self.long_lived_pending = 0;
            self.long_lived_total = young.len();
        }
    }
}

/// Untrack the objects of `list` whose layout's rule, chosen by `which`,
/// says they can hold nothing trackable.
fn untrack_atomic(list: &GcList, which: impl Fn(&Tracking) -> bool) {
    list.untrack_unless(|o| {
        let t = o.vtable().tracking;
        match t {
            Tracking::UntilAtomic(atomic) | Tracking::Lazy(atomic) if which(&t) => !atomic(o),
            _ => true,
        }
    });
}
