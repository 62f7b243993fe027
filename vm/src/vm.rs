//! The virtual machine's state: the heap and its collector, the frame stack,
//! the preallocated objects, the builtin types, the native-function table,
//! and the binding that lets the collector see the vm's roots.
//!
//! Reference counting discipline (the vm's side of the contract with the
//! collectors): a function that returns an `ObjRef` returns a *new*
//! reference the caller must release; arguments are *borrowed*. Every
//! counted reference the vm holds outside the heap is reachable from
//! `visit_roots` — value stacks, frames, the tables below and `temp_roots`,
//! where Rust code parks references it holds across a call into Python.

use crate::interp::frame::Frame;
use crate::object::{ObjExt, Tag, TAG_COUNT};
use crate::types::scalar::{
    IntObject, Singleton, BOOL_VT, ELLIPSIS_VT, INT_VT, NONE_VT, NOTIMPL_VT, NULL_VT,
};
use ouro_gc_core::{Collector, GcConfig, Heap, ObjHeader, ObjRef, Runtime, TypeVTable, Visit};
use std::collections::HashMap;
use std::ptr::NonNull;

/// A result whose error is a raised Python exception (an owned reference
/// to the exception instance).
pub type PyResult<T> = Result<T, ObjRef>;

/// Arguments passed to a native function: positional ones, then keyword
/// names (str objects) with their values. All borrowed.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [ObjRef],
    pub kwnames: &'a [ObjRef],
    pub kwvals: &'a [ObjRef],
}

impl<'a> Args<'a> {
    /// The keyword arguments as (name, value) pairs (borrowed).
    pub fn kw_pairs(&self) -> Vec<(ObjRef, ObjRef)> {
        self.kwnames
            .iter()
            .copied()
            .zip(self.kwvals.iter().copied())
            .collect()
    }

    /// The arguments after the first (a receiver, or a class given to
    /// `__new__`) as the arguments of a further call (borrowed).
    pub fn after_first(&self) -> crate::interp::call::CallArgs {
        crate::interp::call::CallArgs {
            pos: self.pos.get(1..).unwrap_or_default().to_vec(),
            kw: self.kw_pairs(),
        }
    }

    pub fn new(pos: &'a [ObjRef]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// A function implemented in Rust.
pub type NativeFn<C> = fn(&mut Vm<C>, Args<'_>) -> PyResult<ObjRef>;

/// What a helper that releases temporaries is about to hand back: the
/// owned references in it (a result object, the exception of an error)
/// are rooted while the temporaries are released, since a release may run
/// a `__del__` that reaches a safepoint. By the vm's convention a returned
/// `ObjRef` is a new reference, so rooting it is exact.
pub trait Held {
    /// Push the owned references this value holds.
    fn held(&self, roots: &mut Vec<ObjRef>);
}

impl Held for ObjRef {
    fn held(&self, roots: &mut Vec<ObjRef>) {
        roots.push(*self);
    }
}

impl Held for Option<ObjRef> {
    fn held(&self, roots: &mut Vec<ObjRef>) {
        roots.extend(*self);
    }
}

impl Held for Vec<ObjRef> {
    fn held(&self, roots: &mut Vec<ObjRef>) {
        roots.extend_from_slice(self);
    }
}

impl<T: Held> Held for PyResult<T> {
    fn held(&self, roots: &mut Vec<ObjRef>) {
        match self {
            Ok(v) => v.held(roots),
            Err(e) => roots.push(*e),
        }
    }
}

/// Values that hold no references.
macro_rules! holds_nothing {
    ($($t:ty),*) => {
        $(impl Held for $t {
            fn held(&self, _: &mut Vec<ObjRef>) {}
        })*
    };
}
holds_nothing!((), bool, i64, usize, Option<i64>, String, Vec<u8>);

/// Dropping one reference to `o` cannot run Python code: the object stays
/// alive, or it is an atom (it owns no references, so its release reaches
/// no `__del__`; a slice, though no container, owns three).
#[inline]
pub fn releases_quietly(o: ObjRef) -> bool {
    o.refcnt() > 1 || !o.vtable().owns_refs()
}

/// `o` (its count 1) dies when released, and that release runs no code:
/// an exact tuple (no `__del__`, no weak references) each of whose items
/// is an atom or counted more often than the tuple could hold it (an item
/// may be there twice), so that it outlives the tuple; commonly the
/// argument tuple of a finished call. The rest of a batch need not be
/// rooted while it goes.
#[inline]
fn dies_flat(o: ObjRef) -> bool {
    flat_items(o).is_some()
}

/// Is `o` of the one layout that may die flat (an exact tuple)?
#[inline]
fn may_die_flat(o: ObjRef) -> bool {
    std::ptr::eq(o.vtable(), &crate::types::tuple::TUPLE_VT)
}

/// The items of `o` if it dies flat (`dies_flat`).
#[inline]
fn flat_items<'a>(o: ObjRef) -> Option<&'a [ObjRef]> {
    if !may_die_flat(o) {
        return None;
    }
    crate::types::tuple::tuple_items(o).filter(|items| {
        items
            .iter()
            .all(|&i| i.refcnt() > items.len() || !i.vtable().owns_refs())
    })
}

/// Levels of Rust recursion (native code calling back into Python, nested
/// reprs and comparisons) allowed whatever `sys.setrecursionlimit` says:
/// the interpreter thread's stack (1 GiB) holds this many with room to
/// spare, so a raised limit gives RecursionError, never a stack overflow.
/// Python-to-Python calls use no Rust stack and are not limited by it.
pub const MAX_NATIVE_DEPTH: usize = 60_000;

/// Options fixed at start-up.
#[derive(Debug, Clone, Default)]
pub struct VmConfig {
    pub verify_heap: bool,
    pub stress: bool,
    pub max_heap: Option<usize>,
    /// `--gc-threshold`: the generations' thresholds.
    pub gc_threshold: Option<[i64; 3]>,
    /// `--gc-growth`: marksweep's heap growth factor (0: its default).
    pub gc_growth: f64,
    pub stats: bool,
    /// `--trace`: emit the collectors' `tracing` events (`gclog.rs`).
    pub trace: bool,
    /// `--trace-alloc`: and an event for every allocation and free.
    pub trace_alloc: bool,
    /// `--heap-snapshot FILE`: the live heap as JSON at the program's end
    /// (`heapsnap.rs`); with `heap_snapshot_every`, after each
    /// `gc.collect()` too.
    pub heap_snapshot: Option<String>,
    pub heap_snapshot_every: bool,
    pub argv: Vec<String>,
    /// A budget of safepoints and frame entries (the fuzzers' bound on a
    /// program's running time): once spent, a RuntimeError is raised that no
    /// handler catches, so the program ends. `None`: no budget.
    pub max_steps: Option<u64>,
}

/// The interpreter. Generic over the collector, monomorphised once per
/// collector, so nothing in the hot path is dispatched dynamically.
/// The count CPython 3.11 gives its statically allocated objects at start
/// (`_PyObject_IMMORTAL_INIT`); see `Vm::make_static`.
pub const STATIC_REFS: usize = 999_999_999;

/// The native function the call path last entered: the type whose method
/// it is (`None` for a plain function or a constructor) and where its
/// positional arguments start. `check_args` compares that with the
/// arguments it is given: equal, the first is the receiver, and CPython's
/// messages count without it and name the method `type.name`.
#[derive(Clone, Copy)]
pub struct NativeCall {
    owner: Option<&'static str>,
    args: *const ObjRef,
}

impl NativeCall {
    pub(crate) fn new(owner: Option<&'static str>, args: &[ObjRef]) -> NativeCall {
        NativeCall {
            owner,
            args: args.as_ptr(),
        }
    }

    /// The owning type's name if `args` are a method call's own.
    pub(crate) fn method_of(&self, args: &[ObjRef]) -> Option<&'static str> {
        self.owner
            .filter(|_| std::ptr::eq(self.args, args.as_ptr()))
    }
}

pub struct Vm<C: Collector> {
    /// Declared before `heap` so it is dropped first: its collector lists
    /// touch the heads of objects still on them when dropped.
    pub gc: C,
    pub heap: Heap,
    pub config: VmConfig,
    /// The running frames, innermost last. Boxed: a frame is large, and
    /// a call, a return and a generator's suspension move only a pointer.
    pub frames: crate::interp::framestack::FrameStack,
    /// The sentinel `LoadMethod` pushes for "no self": never counted, never
    /// a root, not on the heap.
    pub null: ObjRef,
    pub none: ObjRef,
    pub true_: ObjRef,
    pub false_: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub small_ints: Vec<ObjRef>,
    pub empty_tuple: ObjRef,
    /// One-character strings for code points < 256, made on demand.
    pub chars: Vec<Option<ObjRef>>,
    /// The bytes objects of one byte, by value, then `b""` (CPython's
    /// bytes singletons).
    pub byte_strs: Vec<Option<ObjRef>>,
    /// `repr(False)` and `repr(True)`: one static str each, made on demand
    /// (CPython's `_Py_ID(False)`, `_Py_ID(True)`, not the interned ones).
    pub bool_strs: [Option<ObjRef>; 2],
    /// (A fast hasher: every `intern` of a name looks it up.)
    pub interned: hashbrown::HashMap<Box<str>, ObjRef>,
    /// Recent `intern` answers by the address of the text asked for (see
    /// `intern`); borrowed from `interned`.
    pub intern_cache: [Option<(usize, ObjRef)>; crate::new_objects::INTERN_CACHE_SLOTS],
    /// The type attribute cache (see `lookup_type_attr`); owns nothing.
    pub(crate) type_cache: Box<[std::cell::Cell<crate::protocol::attr::TypeCacheEntry>]>,
    pub types: crate::bootstrap::Types,
    pub names: crate::bootstrap::Names,
    pub natives: Vec<NativeFn<C>>,
    /// The native indices of `len`, `isinstance` and `list.append`, which
    /// a call runs without the builtin call's argument handling (CPython
    /// 3.11's `CALL_NO_KW_LEN`, `CALL_NO_KW_ISINSTANCE` and
    /// `CALL_NO_KW_LIST_APPEND`; `builtins::quick_call`).
    pub native_len: u32,
    pub native_isinstance: u32,
    pub native_list_append: u32,
    /// The builtin type of each layout tag that has exactly one.
    pub tag_types: [Option<ObjRef>; TAG_COUNT],
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub main_module: Option<ObjRef>,
    /// References Rust code holds across calls into Python code.
    pub temp_roots: Vec<ObjRef>,
    /// What the ASTs of the source being run hold: the main script, and
    /// `exec`/`eval` of strings nested in it (`constants.rs`).
    pub ast_arena: Vec<ObjRef>,
    /// The exception being handled by the running frame, if any (for a
    /// generator's frame: the generator's own).
    pub handled: Option<ObjRef>,
    /// The handled exceptions of the code that resumed the running
    /// generators, innermost last (CPython's `exc_info` chain):
    /// `sys.exc_info()` is the nearest one that is set.
    pub exc_stack: Vec<Option<ObjRef>>,
    /// Set when the loop returned because its entry frame yielded (the
    /// frame, still on top of the frame stack, goes back to its generator:
    /// see `types::generator`).
    pub(crate) yielding: bool,
    /// Set by the instruction that just failed when it re-raised (`raise`
    /// without an argument, `Reraise`, `EndAsyncFor`): the loop then adds
    /// no traceback entry and sets no context.
    pub(crate) reraising: bool,
    /// Warnings already shown, by place and text (the `warnings` module's
    /// default: once per place).
    pub(crate) warned: std::collections::HashSet<(String, u32, String)>,
    /// Preallocated, so running out of memory can always be reported.
    pub memory_error: ObjRef,
    pub recursion_limit: usize,
    /// Nested runs of the interpreter loop on the Rust stack (calls from
    /// native code back into Python: `__del__`, sort keys, ...).
    pub native_depth: usize,
    pub safepoints: u64,
    /// See `NativeCall`.
    pub(crate) native_call: NativeCall,
    /// `config.max_steps`, or `u64::MAX`; see `Vm::spend_step`.
    pub(crate) step_limit: u64,
    /// Frame entries so far, counted with the safepoints against `step_limit`.
    pub(crate) steps: u64,
    /// The step budget is spent: exception handlers are skipped.
    pub(crate) out_of_steps: bool,
    pub verify_failures: usize,
    pub sources: HashMap<String, std::rc::Rc<str>>,
    /// Whether `__del__` finalizers may run (false while tearing down).
    pub finalizers_enabled: bool,
    pub null_header: Box<ObjHeader>,
    /// `sys.get_int_max_str_digits()`: 0 for no limit.
    pub int_max_str_digits: usize,
    /// Emptied frames (with their buffers) kept for the next calls: they
    /// hold no references (`Vm::new_frame`).
    pub spare_frames: Vec<Box<Frame>>,
    /// Emptied argument vectors kept for the next calls.
    pub spare_args: Vec<Vec<ObjRef>>,
    /// The exact tuple `f(*t)` passes when `f` is a class (borrowed; the
    /// caller holds it while the call runs): `type.__call__`'s argument
    /// tuple is then `t` itself (see `Vm::call_tuple`).
    pub(crate) star_tuple: Option<ObjRef>,
    /// With it, the exact dict `d` of `K(*t, **d)` (borrowed likewise):
    /// `type.__call__`'s keyword dict is then `d` itself.
    pub(crate) star_dict: Option<ObjRef>,
    /// Containers whose repr is being computed (for `[...]`).
    pub repr_stack: Vec<ObjRef>,
    /// Buffered program output (stdout).
    pub out: Vec<u8>,
    /// `object.__init__`, to recognise a class without its own `__init__`.
    pub object_init: ObjRef,
    /// The collector's `gc.garbage` and `gc.callbacks` lists (once the
    /// `gc` module exists).
    pub gc_garbage: Option<ObjRef>,
    pub gc_callbacks: Option<ObjRef>,
    /// The builtins module's names and values as the program found them
    /// (CPython's `interp->builtins_copy`): restored at exit, before the
    /// final collection, so that what a program added there dies.
    pub builtins_copy: Vec<ObjRef>,
    /// Weak references by the address of their referent (uncounted both
    /// ways), oldest first except that plain ones lead, as CPython's
    /// per-object lists; see `modules/weakref.rs`.
    pub weakrefs: hashbrown::HashMap<usize, Vec<ObjRef>>,
    /// Every collection's pause, for `--stats` and `--trace`.
    pub gc_log: crate::gclog::GcLog,
    /// Heap snapshots written after `gc.collect()` so far.
    pub heap_snapshots: u64,
    /// The modules whose bodies are running, innermost last (CPython's
    /// `__spec__._initializing`); held by the import running them.
    pub(crate) initializing: Vec<ObjRef>,
    /// An exception thrown into a generator (`g.throw(e)`) that came out
    /// of it unchanged: it was never raised in the caller's frame, so the
    /// caller's handled exception does not become its `__context__`
    /// (compared by identity only, and forgotten at the next chaining).
    pub(crate) unchained: Option<ObjRef>,
}

impl<C: Collector> Vm<C> {
    /// Build a vm: the heap, the singletons, the builtin types and modules.
    pub fn new(mut config: VmConfig) -> Vm<C> {
        // Start-up's objects are not traced (their types do not exist yet).
        let trace = std::mem::take(&mut config.trace);
        let step_limit = config.max_steps.unwrap_or(u64::MAX);
        let mut heap = Heap::new(None);
        // CPython 3.11's free lists (`PyTuple_MAXFREELIST` per length 1..=20,
        // `PyList_MAXFREELIST`, `PyDict_MAXFREELIST`, `PyFloat_MAXFREELIST`)
        // for exact tuples, lists, dicts and floats: a freed one's memory
        // goes to the next of its kind, which is what `id()` shows.
        heap.keep_free_list::<crate::types::tuple::TupleObject>(
            &crate::types::tuple::TUPLE_VT,
            1..=20,
            2000,
        );
        heap.keep_free_list::<crate::types::list::ListObject>(
            &crate::types::list::LIST_VT,
            0..=0,
            80,
        );
        heap.keep_free_list::<crate::types::dict::DictObject>(
            &crate::types::dict::DICT_VT,
            0..=0,
            80,
        );
        heap.keep_free_list::<crate::types::scalar::FloatObject>(
            &crate::types::scalar::FLOAT_VT,
            0..=0,
            100,
        );
        // ... and its one-slice cache (`interp->slice_cache`), which every
        // `x[a:b]` goes through and a full collection leaves alone.
        heap.keep_cache::<crate::types::scalar::SliceObject>(&crate::types::scalar::SLICE_VT, 1);
        let gc = C::new(&GcConfig {
            stress: config.stress,
            threshold: config.gc_threshold,
            growth: config.gc_growth,
            trace,
        });
        let null_header = Box::new(ObjHeader::sentinel(&NULL_VT));
        // SAFETY: the boxed header lives as long as the vm (it is a field),
        // and `null` is never dereferenced beyond its header.
        let null = unsafe { ObjRef::from_raw(NonNull::from(&*null_header)) };
        let mut alloc_raw =
            |vt: &'static TypeVTable| heap.alloc(vt, Singleton).expect("heap at start-up");
        let none = alloc_raw(&NONE_VT);
        let not_implemented = alloc_raw(&NOTIMPL_VT);
        let ellipsis = alloc_raw(&ELLIPSIS_VT);
        let true_ = heap
            .alloc(&BOOL_VT, IntObject(1))
            .expect("heap at start-up");
        let false_ = heap
            .alloc(&BOOL_VT, IntObject(0))
            .expect("heap at start-up");
        let small_ints = (-5..=256)
            .map(|i| heap.alloc(&INT_VT, IntObject(i)).expect("heap at start-up"))
            .collect::<Vec<ObjRef>>();
        if C::REFCOUNTED {
            for &o in &small_ints {
                o.set_refcnt(o.refcnt() + STATIC_REFS);
            }
        }
        let mut vm = Vm {
            heap,
            gc,
            frames: crate::interp::framestack::FrameStack::new(),
            null,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis,
            small_ints,
            empty_tuple: null,
            chars: vec![None; 256],
            byte_strs: vec![None; 257],
            bool_strs: [None; 2],
            interned: hashbrown::HashMap::new(),
            intern_cache: [None; crate::new_objects::INTERN_CACHE_SLOTS],
            type_cache: (0..crate::protocol::attr::TypeCacheEntry::SLOTS)
                .map(|_| Default::default())
                .collect(),
            types: crate::bootstrap::Types::placeholder(null),
            names: crate::bootstrap::Names::placeholder(null),
            natives: Vec::new(),
            native_len: u32::MAX,
            native_isinstance: u32::MAX,
            native_list_append: u32::MAX,
            tag_types: [None; TAG_COUNT],
            builtins: null,
            builtins_dict: null,
            modules: null,
            main_module: None,
            temp_roots: Vec::new(),
            ast_arena: Vec::new(),
            handled: None,
            exc_stack: Vec::new(),
            yielding: false,
            reraising: false,
            warned: Default::default(),
            memory_error: null,
            recursion_limit: 1000,
            native_depth: 0,
            safepoints: 0,
            native_call: NativeCall::new(None, &[]),
            step_limit,
            steps: 0,
            out_of_steps: false,
            verify_failures: 0,
            sources: HashMap::new(),
            finalizers_enabled: true,
            null_header,
            repr_stack: Vec::new(),
            int_max_str_digits: 4300,
            spare_frames: Vec::new(),
            spare_args: Vec::new(),
            star_tuple: None,
            star_dict: None,
            out: Vec::new(),
            object_init: null,
            gc_garbage: None,
            gc_callbacks: None,
            builtins_copy: Vec::new(),
            weakrefs: hashbrown::HashMap::new(),
            gc_log: crate::gclog::GcLog::default(),
            heap_snapshots: 0,
            initializing: Vec::new(),
            unchained: None,
            config,
        };
        crate::bootstrap::bootstrap(&mut vm);
        vm.settle_startup_objects();
        vm.config.trace = trace;
        vm.heap.trace_frees = trace && vm.config.trace_alloc;
        vm.heap.blocks().set_limit(vm.config.max_heap);
        vm
    }

    /// Make the collector's view of the objects built at start-up what
    /// CPython's is when a program starts: builtin types are static
    /// objects, never tracked; everything else is old (as after CPython's
    /// start-up collections), so a program begins with counts of zero.
    fn settle_startup_objects(&mut self) {
        let g = self.gc.generations_mut();
        for o in g.objects(None) {
            if o.get::<crate::types::typeobj::TypeObject>()
                .is_some_and(|t| t.is_builtin)
            {
                ouro_gc_core::gclist::untrack(o);
            }
        }
        g.begin_collection(ouro_gc_core::GENERATIONS - 1);
        g.survive(ouro_gc_core::GENERATIONS - 1);
    }

    // ---- reference counting ------------------------------------------------

    #[inline]
    pub fn incref(&self, o: ObjRef) -> ObjRef {
        if C::REFCOUNTED {
            o.inc();
        }
        o
    }

    #[inline]
    pub fn decref(&mut self, o: ObjRef) {
        if C::REFCOUNTED && o.dec() == 0 {
            C::on_zero(self, o);
        }
    }

    pub fn decref_opt(&mut self, o: Option<ObjRef>) {
        if let Some(o) = o {
            self.decref(o);
        }
    }

    /// Release a batch of references in order, keeping the ones not yet
    /// released rooted: a `__del__` run by an early one may reach a
    /// safepoint while the rest are held only by this batch. References
    /// whose release runs no code are dropped directly until the first one
    /// that may (the order stays exact).
    pub fn decref_all(&mut self, objs: impl IntoIterator<Item = ObjRef>) {
        if !C::REFCOUNTED {
            return;
        }
        let mut objs = objs.into_iter();
        while let Some(o) = objs.next() {
            if releases_quietly(o) || dies_flat(o) {
                self.decref(o);
                continue;
            }
            // `o` dies here: root the rest, in reverse so that each release
            // pops its own slot.
            let base = self.temp_roots.len();
            self.temp_roots.extend(objs);
            let n = self.temp_roots.len() - base;
            self.temp_roots[base..].reverse();
            self.decref(o);
            for _ in 0..n {
                let o = self.temp_roots.pop().expect("rooted above");
                self.decref(o);
            }
            return;
        }
    }

    /// Release a value-stack slot, which may hold the NULL sentinel.
    #[inline]
    pub fn decref_slot(&mut self, o: ObjRef) {
        if o != self.null {
            self.decref(o);
        }
    }

    /// The Python type of any object (borrowed).
    #[inline]
    pub fn type_of(&self, o: ObjRef) -> ObjRef {
        if o.tag() == Tag::Instance {
            return o
                .payload::<crate::types::instance::InstanceObject>()
                .class
                .get();
        }
        self.type_of_any(o)
    }

    /// The type of `o` when it is an exact instance of a builtin type whose
    /// instances have no attribute dict and whose type is its layout's
    /// (`tag_types`): a list, dict, str, int, float, tuple, set, bytes,
    /// ... (not a subclass's instance, which has a layout of its own).
    /// What `type_of` answers, sooner; None for every other object.
    #[inline(always)]
    pub fn exact_builtin_type(&self, o: ObjRef) -> Option<ObjRef> {
        let tag = o.tag();
        if !tag.is_exact_builtin() {
            return None;
        }
        self.tag_types[tag as usize]
    }

    /// `type_of` for every layout.
    fn type_of_any(&self, o: ObjRef) -> ObjRef {
        match o.tag() {
            Tag::Instance => o
                .payload::<crate::types::instance::InstanceObject>()
                .class
                .get(),
            Tag::Exception => o
                .payload::<crate::types::exception::ExceptionObject>()
                .class
                .get(),
            Tag::Iter => self.types.iter_type(crate::types::iter::iter_kind(o), o),
            Tag::Generator if !crate::types::generator::is_generator(o) => {
                let kind = crate::types::generator::kind_of(o).expect("a generator");
                self.types.get(kind.name())
            }
            Tag::AsyncGenOp => self.types.get(crate::types::asyncgen::type_name(o)),
            Tag::DictView => self.types.dict_view_type(o),
            Tag::Builtin => self.types.get(
                o.payload::<crate::types::function::BuiltinObject>()
                    .type_name(),
            ),
            Tag::Type => o
                .payload::<crate::types::typeobj::TypeObject>()
                .meta
                .get()
                .unwrap_or(self.types.type_),
            Tag::Subclass => crate::object::sub_ext(o)
                .class
                .get()
                .expect("a subclass instance has its class from birth"),
            t => self.tag_types[t as usize].expect("every builtin layout has a type"),
        }
    }

    /// Run `f` with `objs` rooted (for Rust code that holds references
    /// across calls into Python code).
    pub fn with_roots<R>(&mut self, objs: &[ObjRef], f: impl FnOnce(&mut Self) -> R) -> R {
        let n = self.temp_roots.len();
        self.temp_roots.extend_from_slice(objs);
        let r = f(self);
        self.temp_roots.truncate(n);
        r
    }

    /// Run `f` with `obj`, an owned temporary, rooted; release it after
    /// (with what `f` returns rooted meanwhile: see [`Held`]).
    #[inline]
    pub fn using<R: Held>(&mut self, obj: ObjRef, f: impl FnOnce(&mut Self, ObjRef) -> R) -> R {
        let r = self.with_roots(&[obj], |vm| f(vm, obj));
        // (Most often its release runs no code: nothing to hold.)
        if releases_quietly(obj) {
            self.decref(obj);
        } else {
            self.release_holding(&r, [obj]);
        }
        r
    }

    /// Release `temps` while what `r` holds (a result object, a raised
    /// exception) stays rooted: a release may run a `__del__` that reaches
    /// a safepoint.
    pub(crate) fn release_holding(
        &mut self,
        r: &impl Held,
        temps: impl IntoIterator<Item = ObjRef>,
    ) {
        let base = self.temp_roots.len();
        r.held(&mut self.temp_roots);
        self.decref_all(temps);
        self.temp_roots.truncate(base);
    }

    /// Fill `obj`, a new object the caller owns, with `f`, keeping it
    /// rooted while `f` runs Python code: the object, or the error with the
    /// object released.
    pub fn fill(
        &mut self,
        obj: ObjRef,
        f: impl FnOnce(&mut Self, ObjRef) -> PyResult<()>,
    ) -> PyResult<ObjRef> {
        match self.with_roots(&[obj], |vm| f(vm, obj)) {
            Ok(()) => Ok(obj),
            Err(e) => {
                self.release_holding(&e, [obj]);
                Err(e)
            }
        }
    }

    /// Make `n` owned values with `f`, keeping those already made rooted
    /// while the next is made (that may run Python code); on an error the
    /// ones made are released.
    pub fn make_all(
        &mut self,
        n: usize,
        mut f: impl FnMut(&mut Self, usize) -> PyResult<ObjRef>,
    ) -> PyResult<Vec<ObjRef>> {
        let base = self.temp_roots.len();
        let mut res = Ok(());
        for i in 0..n {
            match f(self, i) {
                Ok(v) => self.temp_roots.push(v),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        let made: Vec<ObjRef> = self.temp_roots.drain(base..).collect();
        match res {
            Ok(()) => Ok(made),
            Err(e) => {
                self.release_holding(&e, made);
                Err(e)
            }
        }
    }

    /// Run `f` over `items` (uncounted handles copied out of a container)
    /// with a counted, rooted reference to each held for the duration: code
    /// that `f` runs may mutate the container, which must not free the
    /// items under it.
    pub fn with_owned<R: Held>(
        &mut self,
        items: Vec<ObjRef>,
        f: impl FnOnce(&mut Self, &[ObjRef]) -> R,
    ) -> R {
        for &x in &items {
            self.incref(x);
        }
        self.with_items(items, f)
    }

    /// Run `f` over `items`, references the caller owns (as `iterate`
    /// returns them), kept rooted for the duration and released after.
    pub fn with_items<R: Held>(
        &mut self,
        items: Vec<ObjRef>,
        f: impl FnOnce(&mut Self, &[ObjRef]) -> R,
    ) -> R {
        let base = self.temp_roots.len();
        self.temp_roots.extend_from_slice(&items);
        let r = f(self, &items);
        self.temp_roots.truncate(base);
        self.release_holding(&r, items);
        r
    }

    /// Run `f` one level deeper in Rust recursion, raising RecursionError
    /// ("maximum recursion depth exceeded{what}") past the recursion limit,
    /// as CPython's Py_EnterRecursiveCall: deeply nested containers must
    /// not overflow the Rust stack.
    pub(crate) fn nested<R>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Self) -> PyResult<R>,
    ) -> PyResult<R> {
        if self.native_depth + self.frames.len() > self.recursion_limit
            || self.native_depth >= MAX_NATIVE_DEPTH
        {
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// `nested` for what CPython recurses into without
    /// `Py_EnterRecursiveCall` (a tuple's hash): no recursion limit, only
    /// the Rust stack's own bound.
    pub(crate) fn native_nested<R>(
        &mut self,
        f: impl FnOnce(&mut Self) -> PyResult<R>,
    ) -> PyResult<R> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            let msg = "maximum recursion depth exceeded".to_string();
            return Err(self.new_error("RecursionError", msg));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// Every counted reference the vm holds outside the heap.
    fn roots(&self, visit: Visit<'_>) {
        for f in self.frames.iter() {
            f.visit_refs(self.null, visit);
        }
        self.gc.visit_pending(visit);
        let singletons = [
            self.none,
            self.true_,
            self.false_,
            self.not_implemented,
            self.ellipsis,
            self.empty_tuple,
        ];
        for o in singletons
            .into_iter()
            .chain(self.small_ints.iter().copied())
        {
            visit(o);
        }
        for o in self
            .chars
            .iter()
            .chain(self.byte_strs.iter())
            .chain(self.bool_strs.iter())
            .flatten()
            .chain(self.interned.values())
            .chain(self.ast_arena.iter())
        {
            visit(*o);
        }
        self.types.visit(visit);
        for o in [
            self.builtins,
            self.builtins_dict,
            self.modules,
            self.memory_error,
        ] {
            visit(o);
        }
        for o in self
            .main_module
            .iter()
            .chain(self.handled.iter())
            .chain(self.exc_stack.iter().flatten())
            .chain(self.gc_garbage.iter())
            .chain(self.gc_callbacks.iter())
            .chain(self.builtins_copy.iter())
            .chain(self.temp_roots.iter())
        {
            visit(*o);
        }
    }

    /// Free every object left at exit, so that the private heap ends empty
    /// (`--stats` shows it). Finalizers have run by now (shutdown, the
    /// shutdown collections); nothing runs any more. Consumes the vm: no
    /// handle into the heap may be used afterwards.
    /// Returns the bytes still in use afterwards, which is 0 unless the
    /// heap's accounting is broken.
    pub fn teardown(mut self) -> usize {
        self.finalizers_enabled = false;
        let before = self.heap.block_stats().bytes_in_use;
        let objects = self.heap.object_stats().live;
        // SAFETY: `self` is consumed here and dropped at the end of this
        // function; no code runs between, and nothing outside the vm holds
        // an `ObjRef` (the vm owns its only thread's handles).
        unsafe { self.heap.free_all() };
        let after = self.heap.block_stats().bytes_in_use;
        if self.config.stats {
            eprintln!("  freed at teardown      {objects} objects, {before} bytes");
            eprintln!("  heap bytes after exit  {after}");
        }
        after
    }

    /// `--verify-heap`: recount and report; returns the number of problems.
    pub fn verify_heap(&mut self, when: &str) -> usize {
        let mut report = ouro_gc_core::verify::verify(&self.heap, |v| self.roots(v), C::REFCOUNTED);
        // Static objects count `STATIC_REFS` no object holds.
        report
            .mismatches
            .retain(|m| !(self.is_static(m.obj) && m.stored == m.counted + STATIC_REFS));
        for m in &report.mismatches {
            eprintln!(
                "verify-heap: mismatch ({when}): {} at {:#x}: stored refcount {}, counted {}",
                self.describe(m.obj),
                m.obj.addr(),
                m.stored,
                m.counted
            );
        }
        for (holder, addr) in &report.dangling {
            let from = holder.map_or("a root".to_string(), |h| self.describe(h));
            eprintln!(
                "verify-heap: mismatch ({when}): dangling reference to {addr:#x} from {from}"
            );
        }
        let problems = report.mismatches.len() + report.dangling.len();
        self.verify_failures += problems;
        problems
    }

    /// A description of an object for diagnostics: its type name.
    pub fn describe(&self, o: ObjRef) -> String {
        let t = self.type_of(o);
        match t.get::<crate::types::typeobj::TypeObject>() {
            Some(ty) => format!("{} object", ty.name),
            None => o.vtable().name.to_string(),
        }
    }
}

impl<C: Collector> Runtime for Vm<C> {
    type Gc = C;

    fn dies_quietly(&self, obj: ObjRef) -> bool {
        crate::object::dies_quietly(obj)
    }

    #[inline]
    fn flat_items<'a>(&self, obj: ObjRef) -> Option<&'a [ObjRef]> {
        flat_items(obj)
    }

    #[inline]
    fn may_die_flat(&self, obj: ObjRef) -> bool {
        may_die_flat(obj)
    }

    fn uses_trashcan(&self, obj: ObjRef) -> bool {
        crate::object::uses_trashcan(obj)
    }

    fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }

    fn gc(&mut self) -> &mut C {
        &mut self.gc
    }

    fn finalize(&mut self, obj: ObjRef) -> bool {
        crate::protocol::finalize::run_finalizer(self, obj, false)
    }

    #[inline]
    fn finalize_from_dealloc(&mut self, obj: ObjRef) -> bool {
        crate::protocol::finalize::may_have_finalizer(obj)
            && crate::protocol::finalize::run_finalizer(self, obj, true)
    }

    fn visit_roots(&self, visit: Visit<'_>) {
        self.roots(visit)
    }

    fn describe(&self, obj: ObjRef) -> String {
        Vm::describe(self, obj)
    }

    fn type_name(&self, obj: ObjRef) -> String {
        Vm::type_name(self, obj)
    }

    #[inline]
    fn clear_weakrefs(&mut self, obj: ObjRef) -> Vec<ObjRef> {
        // (No weak reference lives: nothing to clear, no call.)
        if self.weakrefs.is_empty() {
            return Vec::new();
        }
        crate::modules::weakref::clear_for_death(self, obj)
    }

    fn call_weakref_callbacks(&mut self, wrs: Vec<ObjRef>, dealloc: bool) -> usize {
        crate::modules::weakref::call_callbacks(self, wrs, dealloc)
    }

    fn tracing_cascades(&self) -> bool {
        self.config.trace
    }

    fn on_cascade(&mut self, root: &str, freed: u64, elapsed: std::time::Duration) {
        self.trace_cascade(root, freed, elapsed);
    }

    fn save_garbage(&mut self, obj: ObjRef) {
        let Some(list) = self.gc_garbage else {
            return;
        };
        let obj = self.incref(obj);
        if let Err(e) = self.list_append(list, obj) {
            self.print_unraisable(e, "gc.garbage");
            self.decref(e);
        }
    }
}
