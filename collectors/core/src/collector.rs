//! The one door between the vm and a collector.
//!
//! [`Collector`] is implemented once per collector crate; the vm is generic
//! over it (`Vm<C: Collector>`), so the refcount operations of a collector
//! that has none compile to nothing. [`Runtime`] is the other direction: what
//! a collector may ask of the vm (its roots, running a finalizer), in the
//! spirit of MMTk's VM binding.

use crate::generations::Generations;
use crate::header::ObjRef;
use crate::heap::Heap;
use crate::vtable::Visit;

/// Why a collection was started, for traces and statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// `gc.collect()` from the program.
    Explicit,
    /// Allocation thresholds were crossed.
    Threshold,
    /// A tracing collector's heap grew by its growth factor.
    HeapGrowth,
    /// `--stress-gc`: every safepoint collects.
    Stress,
    /// The program is ending.
    Shutdown,
}

impl Reason {
    /// The name traces give it (`docs/TRACE.md`).
    pub fn name(self) -> &'static str {
        match self {
            Reason::Explicit => "explicit",
            Reason::Threshold => "threshold",
            Reason::HeapGrowth => "heap_growth",
            Reason::Stress => "stress",
            Reason::Shutdown => "exit",
        }
    }
}

/// Start-up options shared by every collector.
#[derive(Debug, Clone, Default)]
pub struct GcConfig {
    /// Collect at every safepoint.
    pub stress: bool,
    /// `--gc-threshold`: the generations' thresholds, if not CPython's
    /// `(700, 10, 10)`.
    pub threshold: Option<[i64; 3]>,
    /// `--gc-growth`: a tracing collector collects when the heap has grown
    /// by this factor since the last collection's survivors (0: default).
    pub growth: f64,
    /// `--trace`: report deallocation cascades (`Runtime::on_cascade`).
    pub trace: bool,
}

/// What one collection found (CPython's `collected` and `uncollectable`;
/// `gc.collect()` returns their sum), and for traces what it looked at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub collected: usize,
    pub uncollectable: usize,
    /// Objects the collection looked at: the tracked containers of the
    /// generations collected, or every object of the heap for a tracing
    /// collector.
    pub examined: usize,
    /// Of those, the ones found unreachable (before finalizers ran).
    pub unreachable: usize,
    /// Finalizers (`__del__`) the collection ran.
    pub finalized: usize,
    /// Of the unreachable, the ones freed (not resurrected, not saved in
    /// `gc.garbage`).
    pub freed: usize,
}

/// Statistics a collector reports for `--stats` and the `gc` module.
#[derive(Debug, Clone, Default)]
pub struct GcStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// What the vm offers its collector. Implemented by the vm.
pub trait Runtime {
    type Gc: Collector;
    fn heap(&mut self) -> &mut Heap;
    fn gc(&mut self) -> &mut Self::Gc;
    /// Called when an object is about to die (its count reached zero, or a
    /// tracing collector found it unreachable), before its references are
    /// released. Runs its Python finalizer (`__del__`) if it has one that has
    /// not run yet and returns true if it did. The finalizer may resurrect
    /// the object: a reference-counting caller re-checks the count.
    fn finalize(&mut self, obj: ObjRef) -> bool;
    /// `finalize` for an object whose count just reached zero (CPython's
    /// `PyObject_CallFinalizerFromDealloc`): the object is marked finalized
    /// only after its finalizer returns, where a collection marks it
    /// before (`gc.is_finalized` inside `__del__` tells them apart).
    fn finalize_from_dealloc(&mut self, obj: ObjRef) -> bool {
        self.finalize(obj)
    }
    /// Visit every reference the vm holds outside the heap (value stacks,
    /// frames, module table, singletons, interned strings, temporary roots).
    fn visit_roots(&self, visit: Visit<'_>);
    /// A short description of an object for reports (`list`, `instance of A`).
    fn describe(&self, obj: ObjRef) -> String;
    /// The name of an object's Python type (`A`, `list`), for the lines
    /// `gc.DEBUG_COLLECTABLE` prints.
    fn type_name(&self, obj: ObjRef) -> String;
    /// `gc.DEBUG_SAVEALL`: append `obj` to `gc.garbage` (which takes a new
    /// reference) instead of breaking its cycle.
    fn save_garbage(&mut self, obj: ObjRef);
    /// `obj` is dead (its finalizer, if any, has run and did not resurrect
    /// it): if it is a weak reference, detach it from its referent; clear
    /// every weak reference to it; return those that have a callback to
    /// run, each with a new reference, for `call_weakref_callbacks`. Every
    /// object a collector frees passes through here first.
    fn clear_weakrefs(&mut self, obj: ObjRef) -> Vec<ObjRef>;
    /// Call the callback of each (cleared) weak reference with it, then
    /// drop the references `clear_weakrefs` gave; returns how many weak
    /// references that freed. `dealloc`: the referents died of their
    /// counts reaching zero, and each weak reference gives up its callback
    /// before it is called (CPython's `PyObject_ClearWeakRefs`); otherwise
    /// a collection found them, and the callbacks stay (`handle_weakrefs`).
    fn call_weakref_callbacks(&mut self, wrs: Vec<ObjRef>, dealloc: bool) -> usize;
    /// Does `obj`'s CPython deallocator go through the trashcan
    /// (`Py_TRASHCAN_BEGIN`: lists, tuples, dicts, sets, instances of
    /// classes, bound methods, ...)? Past 50 such deallocations nested in
    /// one another, CPython defers the next and frees it later, which a
    /// reference-counting collector reproduces for the order of `__del__`.
    fn uses_trashcan(&self, _obj: ObjRef) -> bool {
        false
    }
    /// Does `obj` die quietly: it owns no references, has no finalizer,
    /// is never on a collector list and cannot be weakly referenced (an
    /// exact int, float or str)? A reference-counting release then frees
    /// its block at once, with nothing to schedule.
    fn dies_quietly(&self, _obj: ObjRef) -> bool {
        false
    }
    /// Does `obj` (whose count just reached zero) die flat: no finalizer,
    /// no weak references, and each reference it owns is to an object
    /// that outlives it or dies quietly, so that its release runs no code
    /// and frees nothing but atoms (an exact tuple of such items, most
    /// often a finished call's arguments)? If so, the references it owns,
    /// which its `clear` releases from the last to the first (a tuple's
    /// order), read where they lie: a reference-counting release then
    /// drops them and frees it, with nothing to schedule.
    fn flat_items<'a>(&self, _obj: ObjRef) -> Option<&'a [ObjRef]> {
        None
    }
    /// Is `obj` of a layout that may die flat (`flat_items`), as asked
    /// without looking inside it?
    fn may_die_flat(&self, _obj: ObjRef) -> bool {
        false
    }
    /// Whether deallocation cascades are to be reported (`--trace`).
    fn tracing_cascades(&self) -> bool {
        false
    }
    /// A deallocation that began at one object of type `root` (its count
    /// reached zero) freed `freed` objects in `elapsed`; reported for
    /// cascades of at least `CASCADE_MIN` objects while tracing.
    fn on_cascade(&mut self, _root: &str, _freed: u64, _elapsed: std::time::Duration) {}
}

/// The smallest deallocation cascade a trace reports.
pub const CASCADE_MIN: u64 = 1000;

/// A garbage collector. See the crate docs of each implementation.
pub trait Collector: Sized + 'static {
    /// The name used by `--gc`.
    const NAME: &'static str;
    /// Does this collector keep reference counts? (If not, the vm's
    /// `incref`/`decref` compile to nothing.)
    const REFCOUNTED: bool;

    fn new(config: &GcConfig) -> Self;

    /// The tracked containers and the `gc` module's counters and settings
    /// (kept alike by every collector; see `generations.rs`).
    fn generations(&self) -> &Generations;
    fn generations_mut(&mut self) -> &mut Generations;

    /// A new object was allocated (it has refcount 1): count and track it.
    #[inline]
    fn on_alloc<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef) {
        rt.gc().generations_mut().on_alloc(obj);
    }

    /// The count of `obj` reached zero (only called when REFCOUNTED).
    fn on_zero<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef);

    /// Collect `generation` (and the younger ones; 2 is a full
    /// collection). The vm calls it only when no collection is running,
    /// and runs `gc.callbacks` around it.
    fn collect<R: Runtime<Gc = Self>>(rt: &mut R, generation: usize, reason: Reason) -> Outcome;

    /// Asked at every safepoint: the generation to collect now, if any.
    #[inline]
    fn due_generation(&self) -> Option<usize> {
        None
    }

    /// Why the collection `due_generation` asks for is due.
    fn due_reason(&self) -> Reason {
        Reason::Threshold
    }

    fn stats(&self) -> GcStats;

    /// Visit the counted references the collector itself holds: those a
    /// release in progress has moved out of dying objects and not yet
    /// dropped (a `__del__` run in the middle of a cascade can reach a
    /// safepoint). They are roots for verification and for any collection
    /// that runs then.
    fn visit_pending(&self, _visit: Visit<'_>) {}
}
