//! Pure reference counting.
//!
//! Algorithm: every reference held (a name, a container slot, a value-stack
//! slot) is counted in the object's header. When a count reaches zero the
//! object's finalizer (`__del__`) runs, and unless it resurrected the object,
//! the object's references are released in CPython's order and its block is
//! returned to the private heap. Releasing is iterative: a work stack stands
//! in for the recursion of CPython's `tp_dealloc` (and its trashcan), so a
//! chain of a million objects is freed without growing the Rust stack, yet
//! the order of `__del__` calls is exactly that of the recursive version.
//!
//! Barriers: none. What it cannot do: free a reference cycle. Cycles stay
//! until the process ends (`--stats` reports them at exit); the
//! `generational` collector adds CPython's cycle detector on top of this one.

use ouro_gc_core::{
    Collector, GcConfig, GcStats, Generations, ObjRef, Outcome, Reason, Runtime, Visit,
};

/// One step of the work stack that replaces recursive deallocation.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// Drop one reference to this object (it was owned by a dying object).
    Release(ObjRef),
    /// All of this object's references have been released: free its block.
    Free(ObjRef),
    /// Deallocate the newest deferred object (CPython's
    /// `_PyTrash_thread_destroy_chain`, one turn of its loop), or end the
    /// chain when none is left.
    ChainNext,
}

/// CPython's `_PyTrash_UNWIND_LEVEL`: how many trashcan deallocations may
/// nest before the next is deferred.
const TRASH_UNWIND_LEVEL: usize = 50;

/// What `release` keeps between calls: the dealloc work stack (shared by
/// nested deallocations, each of which only runs down to its own base) and
/// a scratch buffer for `clear`. Collectors built on reference counting
/// embed one.
#[derive(Default)]
pub struct ReleaseState {
    work: Vec<Step>,
    scratch: Vec<ObjRef>,
    freed: u64,
    /// Trashcan deallocations under way (CPython's
    /// `trash_delete_nesting`).
    nesting: usize,
    /// Objects whose deallocation was deferred because `nesting` had
    /// reached `TRASH_UNWIND_LEVEL` (CPython's `trash_delete_later`, newest
    /// last). Each has a count of zero and still owns its references.
    deferred: Vec<ObjRef>,
    /// `--trace`: time each outermost release and report cascades.
    pub trace: bool,
}

impl ReleaseState {
    /// Objects freed so far by reaching a count of zero.
    pub fn freed(&self) -> u64 {
        self.freed
    }
}

/// The collector's state: the release state, and the tracked containers
/// the `gc` module shows (never collected here).
#[derive(Default)]
pub struct RefCount {
    release: ReleaseState,
    stats: GcStats,
    gens: Generations,
}

impl RefCount {
    /// Objects freed so far by reaching a count of zero.
    pub fn freed(&self) -> u64 {
        self.release.freed
    }
}

/// Deallocate `obj`, whose count just reached zero, and everything that dies
/// with it. Public so that collectors built on reference counting (the
/// generational one) share the exact same release order.
#[inline(always)]
pub fn release<R: Runtime>(rt: &mut R, obj: ObjRef, work: impl Fn(&mut R) -> &mut ReleaseState) {
    if rt.dies_quietly(obj) {
        free_now(rt, obj, &work);
        return;
    }
    if rt.may_die_flat(obj) {
        release_maybe_flat(rt, obj, work);
        return;
    }
    release_cascade(rt, obj, work);
}

/// `release` of an object of a layout that may die flat (out of line:
/// the quiet path, the most common, is inlined where counts drop).
#[inline(never)]
fn release_maybe_flat<R: Runtime>(
    rt: &mut R,
    obj: ObjRef,
    work: impl Fn(&mut R) -> &mut ReleaseState,
) {
    // (While tracing, a release goes the general way, which times and
    // reports cascades; past the trashcan's limit, where it would be
    // deferred.)
    let state = work(rt);
    if !state.trace && state.nesting < TRASH_UNWIND_LEVEL {
        if let Some(items) = rt.flat_items(obj) {
            release_flat(rt, obj, items, &work);
            return;
        }
    }
    release_cascade(rt, obj, work);
}

/// `release` of an object that dies flat (`Runtime::flat_items`): what
/// `release_cascade` does for it, without the work stack. Its references
/// `items` are dropped from the last to the first, as its `clear` gives
/// them (an atom that dies with it is released in its turn), then its
/// block is freed.
fn release_flat<R: Runtime>(
    rt: &mut R,
    obj: ObjRef,
    items: &[ObjRef],
    work: &impl Fn(&mut R) -> &mut ReleaseState,
) {
    if obj.is_tracked() {
        ouro_gc_core::gclist::untrack(obj);
    }
    // (`obj`, its count zero and on no list, is reached by nothing but
    // this: its items stay where they are until its block is freed.)
    for &k in items.iter().rev() {
        if k.dec() == 0 {
            // (An atom: its release runs no code unless it is weakly
            // referenced, and the references not yet dropped are counted.)
            match rt.dies_quietly(k) {
                true => free_now(rt, k, work),
                false => release_cascade(rt, k, work),
            }
        }
    }
    free_now(rt, obj, work);
}

/// `release` of an object that does not die quietly (kept out of line:
/// the quiet path needs no stack frame).
#[inline(never)]
fn release_cascade<R: Runtime>(
    rt: &mut R,
    obj: ObjRef,
    work: impl Fn(&mut R) -> &mut ReleaseState,
) {
    let base = work(rt).work.len();
    // While tracing, an outermost release of a container is timed: it may
    // be a cascade worth reporting (its root's type is taken now, while
    // the object is whole).
    let cascade = (base == 0 && work(rt).trace && obj.is_container())
        .then(|| (rt.type_name(obj), work(rt).freed, std::time::Instant::now()));
    begin_dealloc(rt, obj, &work);
    // Loop invariant: entries above `base` belong to this release; each
    // Free(o) sits below the Release steps of o's own references, so o's
    // block is returned only after all it owned has been released.
    while work(rt).work.len() > base {
        match work(rt).work.pop().expect("above base") {
            Step::Release(child) => {
                if child.dec() == 0 {
                    if rt.dies_quietly(child) {
                        free_now(rt, child, &work);
                    } else {
                        begin_dealloc(rt, child, &work);
                    }
                }
            }
            Step::Free(o) => free_now_ending(rt, o, &work),
            Step::ChainNext => match work(rt).deferred.pop() {
                Some(o) => {
                    work(rt).work.push(Step::ChainNext);
                    begin_dealloc(rt, o, &work);
                }
                None => work(rt).nesting -= 1,
            },
        }
    }
    if let Some((root, before, started)) = cascade {
        let freed = work(rt).freed - before;
        if freed >= ouro_gc_core::CASCADE_MIN {
            rt.on_cascade(&root, freed, started.elapsed());
        }
    }
}

/// Return the block of `obj`, whose references are all released (or
/// which owns none), and count it freed.
fn free_now<R: Runtime>(rt: &mut R, obj: ObjRef, work: &impl Fn(&mut R) -> &mut ReleaseState) {
    use ouro_gc_core::Collector as _;
    let counted = ouro_gc_core::Generations::counted(obj);
    // SAFETY: `obj` reached count zero, was not resurrected by a
    // finalizer (it has none, or it ran), and every reference it owned was
    // moved out by `clear` and released before this: nothing refers to it.
    let kept = unsafe { rt.heap().free(obj) };
    rt.gc().generations_mut().on_free(counted, kept);
    work(rt).freed += 1;
}

/// `free_now` of an object whose deallocation began with `begin_dealloc`,
/// which ends its trashcan level if it took one.
fn free_now_ending<R: Runtime>(
    rt: &mut R,
    obj: ObjRef,
    work: &impl Fn(&mut R) -> &mut ReleaseState,
) {
    let trashcan = rt.uses_trashcan(obj);
    free_now(rt, obj, work);
    if trashcan {
        end_trashcan(work(rt));
    }
}

/// `obj`'s count reached zero: defer it if too many trashcan
/// deallocations are nested (CPython's `_PyTrash_begin`), else run its
/// finalizer and, unless that resurrected it, schedule its references'
/// release and its block's freeing.
#[inline(always)]
fn begin_dealloc<R: Runtime>(rt: &mut R, obj: ObjRef, work: &impl Fn(&mut R) -> &mut ReleaseState) {
    let trashcan = rt.uses_trashcan(obj);
    if trashcan {
        if work(rt).nesting >= TRASH_UNWIND_LEVEL {
            // CPython's deallocators untrack before the trashcan.
            if obj.is_tracked() {
                ouro_gc_core::gclist::untrack(obj);
            }
            work(rt).deferred.push(obj);
            return;
        }
        work(rt).nesting += 1;
    }
    if survives_finalizer(rt, obj) {
        push_dealloc(rt, obj, work);
    } else if trashcan {
        end_trashcan(work(rt));
    }
}

/// A trashcan deallocation is done (CPython's `_PyTrash_end`): when it
/// was the outermost and objects were deferred, they are deallocated now,
/// newest first, each as if at the first level.
fn end_trashcan(state: &mut ReleaseState) {
    state.nesting -= 1;
    if state.nesting == 0 && !state.deferred.is_empty() {
        // The chain counts as one level while it runs.
        state.nesting = 1;
        state.work.push(Step::ChainNext);
    }
}

/// Run `obj`'s finalizer if it has one; true if the object is still dead
/// afterwards (not resurrected) and must be freed.
fn survives_finalizer<R: Runtime>(rt: &mut R, obj: ObjRef) -> bool {
    !rt.finalize_from_dealloc(obj) || obj.refcnt() == 0
}

/// Schedule `obj`'s block to be freed after the references it owns, which
/// are released first-to-last in CPython's order.
fn push_dealloc<R: Runtime>(rt: &mut R, obj: ObjRef, work: &impl Fn(&mut R) -> &mut ReleaseState) {
    // A dying container leaves its collector list at once, as CPython's
    // deallocators untrack first: a collection that runs while the
    // cascade does must not count it.
    if obj.is_tracked() {
        ouro_gc_core::gclist::untrack(obj);
    }
    let mut kids = std::mem::take(&mut work(rt).scratch);
    (obj.vtable().clear)(obj, &mut kids);
    // Weak references to it are cleared and their callbacks run once the
    // steps are pushed, with what it owned held on the work stack (CPython
    // clears them in `subtype_dealloc`, after the finalizer).
    let callbacks = rt.clear_weakrefs(obj);
    // Without callbacks, the references that stay alive before the first
    // that dies are dropped now: releasing them runs nothing, so no one can
    // tell it from their turn on the work stack. When all stay alive the
    // block is freed at once (its `Free` step would be the next).
    let mut alive = 0;
    if callbacks.is_empty() {
        while let Some(k) = kids.get(alive).filter(|k| k.refcnt() > 1) {
            k.dec();
            alive += 1;
        }
        if alive == kids.len() {
            kids.clear();
            work(rt).scratch = kids;
            free_now_ending(rt, obj, work);
            return;
        }
    }
    let state = work(rt);
    state.work.push(Step::Free(obj));
    // Pushed in reverse so the first reference to release is on top.
    state.work.reserve(kids.len() - alive);
    for &k in kids[alive..].iter().rev() {
        state.work.push(Step::Release(k));
    }
    kids.clear();
    state.scratch = kids;
    if !callbacks.is_empty() {
        rt.call_weakref_callbacks(callbacks, true);
    }
}

impl Collector for RefCount {
    const NAME: &'static str = "refcount";
    const REFCOUNTED: bool = true;

    fn new(config: &GcConfig) -> Self {
        let mut rc = RefCount {
            gens: Generations::new(config),
            ..RefCount::default()
        };
        rc.release.trace = config.trace;
        rc
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

    /// Pure reference counting has no cycle detector: a collection finds
    /// nothing, and `gc.collect()` returns 0. It keeps the books as a
    /// collection that found nothing would (counts, promotion, untracking),
    /// so that the `gc` module shows the same under every collector but
    /// for what is found.
    fn collect<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize, reason: Reason) -> Outcome {
        if reason == Reason::Stress {
            // Nothing to find, and nothing a program could see.
            return Outcome::default();
        }
        if generation == ouro_gc_core::GENERATIONS - 1 {
            // CPython's `clear_freelists`, after a full collection.
            rt.heap().clear_free_lists();
        }
        let gc = rt.gc();
        gc.stats.collections += 1;
        gc.gens.keep_books(generation, 0);
        Outcome::default()
    }

    fn stats(&self) -> GcStats {
        self.stats.clone()
    }

    fn visit_pending(&self, visit: Visit<'_>) {
        visit_pending_releases(&self.release, visit);
    }
}

/// The references queued on the release work stack (moved out of dying
/// objects, not yet dropped). Shared with collectors built on `release`.
pub fn visit_pending_releases(state: &ReleaseState, visit: Visit<'_>) {
    for step in &state.work {
        if let Step::Release(o) = *step {
            visit(o);
        }
    }
    // A deferred object is dead but still owns its references: what it
    // holds is held.
    for &o in &state.deferred {
        (o.vtable().traverse)(o, visit);
    }
}

/// The `--gc` name of this collector.
pub const COLLECTOR_NAME: &str = "refcount";
