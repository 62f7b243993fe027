//! The one door between the vm and a collector.
//!
//! [`Collector`] is implemented once per collector crate; the vm is generic
//! over it (`Vm<C: Collector>`), so the refcount operations of a collector
//! that has none compile to nothing. [`Runtime`] is the other direction: what
//! a collector may ask of the vm (its roots, running a finalizer), in the
//! spirit of MMTk's VM binding.

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
    /// `--stress-gc`: every safepoint collects.
    Stress,
    /// The program is ending.
    Shutdown,
}

/// Start-up options shared by every collector.
#[derive(Debug, Clone, Default)]
pub struct GcConfig {
    /// Collect at every safepoint.
    pub stress: bool,
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
    /// Visit every reference the vm holds outside the heap (value stacks,
    /// frames, module table, singletons, interned strings, temporary roots).
    fn visit_roots(&self, visit: Visit<'_>);
    /// A short description of an object for reports (`list`, `instance of A`).
    fn describe(&self, obj: ObjRef) -> String;
}

/// A garbage collector. See the crate docs of each implementation.
pub trait Collector: Sized + 'static {
    /// The name used by `--gc`.
    const NAME: &'static str;
    /// Does this collector keep reference counts? (If not, the vm's
    /// `incref`/`decref` compile to nothing.)
    const REFCOUNTED: bool;

    fn new(config: &GcConfig) -> Self;

    /// A new object was allocated (it has refcount 1).
    fn on_alloc<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef);

    /// The count of `obj` reached zero (only called when REFCOUNTED).
    fn on_zero<R: Runtime<Gc = Self>>(rt: &mut R, obj: ObjRef);

    /// Run a collection (of `generation`, or a full one) and return what the
    /// `gc.collect()` of this collector returns (see MEMORY-MODEL.md).
    fn collect<R: Runtime<Gc = Self>>(
        rt: &mut R,
        generation: Option<usize>,
        reason: Reason,
    ) -> usize;

    /// Asked at every safepoint: should a collection start now?
    fn wants_collection(&self) -> bool;

    fn stats(&self) -> GcStats;

    /// Visit the counted references the collector itself holds: those a
    /// release in progress has moved out of dying objects and not yet
    /// dropped (a `__del__` run in the middle of a cascade can reach a
    /// safepoint). They are roots for verification and for any collection
    /// that runs then.
    fn visit_pending(&self, _visit: Visit<'_>) {}
}
