//! The native `_weakref` module: `ref` (`ReferenceType`) with callbacks,
//! `getweakrefcount`, `getweakrefs` (the `weakref` module builds its
//! containers, `finalize` and `proxy` on them in Python: `weakref.py`,
//! embedded in the binary); and the registry that clears weak
//! references when their referent dies, under every collector
//! (`Runtime::clear_weakrefs`, called by the collectors for every object
//! they free, and for the unreachable set before finalizers run under the
//! generational collector, as CPython's `handle_weakrefs`).
//!
//! `Vm::weakrefs` maps a referent's address to its weak references, in
//! CPython's per-object order: plain references (no callback) first, then
//! those with a callback, newest first, so callbacks run newest first. The
//! registry owns no references; a weak reference leaves it when its
//! referent dies or when it dies itself (also via `clear_weakrefs`).

use crate::builtins::{check_args, check_kwargs};
use crate::interp::call::CallArgs;
use crate::object::{ObjExt, Tag};
use crate::types::typeobj::TypeObject;
use crate::types::weakref::{WeakRefObject, WEAKREF_VT};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::cell::Cell;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    const T: &str = "weakref.ReferenceType";
    crate::builtins::set_ctor(vm, T, ref_new);
    let methods: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
    ];
    for &(name, f) in methods {
        crate::builtins::def_method(vm, T, name, f);
    }
    crate::builtins::def_classmethod(
        vm,
        T,
        "__class_getitem__",
        crate::protocol::subscript::class_getitem_alias,
    );
    let d = super::new_native_module(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_proxy", proxy_new),
            ("_target", proxy_target),
        ],
    );
    let t = vm.types.get("weakref.ReferenceType");
    for name in ["ref", "ReferenceType"] {
        vm.dict_set_str(d, name, t).expect("heap at start-up");
    }
}

/// What the weak reference `wr` refers to, while it lives.
pub fn referent(wr: ObjRef) -> Option<ObjRef> {
    weak(wr).referent.get()
}

fn weak<'a>(o: ObjRef) -> &'a WeakRefObject {
    o.payload::<WeakRefObject>()
}

/// Can `o` be weakly referred to? As CPython: instances of classes (not of
/// `object` itself, nor of classes whose `__slots__` leave out
/// `__weakref__`), functions (builtin ones too), bound methods, classes,
/// sets, modules and code; not ints, strs, tuples, lists, dicts or `None`.
pub fn weakrefable<C: Collector>(vm: &Vm<C>, o: ObjRef) -> bool {
    match o.tag() {
        Tag::Instance => vm
            .type_of(o)
            .get::<TypeObject>()
            .is_some_and(|t| t.slots.weakrefable),
        // CPython gives no weak reference list to subclasses of the
        // variable-size builtins.
        Tag::Subclass => {
            !matches!(
                crate::object::layout_tag(o),
                Tag::Int | Tag::Bytes | Tag::Tuple
            ) && vm
                .type_of(o)
                .get::<TypeObject>()
                .is_some_and(|t| t.slots.weakrefable)
        }
        Tag::Exception => vm
            .type_of(o)
            .get::<TypeObject>()
            .is_some_and(|t| !t.is_builtin),
        Tag::Function
        | Tag::Builtin
        | Tag::Method
        | Tag::Type
        | Tag::Set
        | Tag::FrozenSet
        | Tag::Module
        | Tag::Code
        | Tag::Deque
        | Tag::Partial
        | Tag::Generator => true,
        _ => false,
    }
}

/// `weakref.ref(obj[, callback])`.
fn ref_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    // The type itself comes first (a constructor).
    check_kwargs(vm, &args, "ref", &[])?;
    let n = args.pos.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(arity_message("__new__", n)));
    }
    let obj = args.pos[1];
    let callback = args.pos.get(2).copied().filter(|&c| c != vm.none);
    check_weakrefable(vm, obj)?;
    new_ref(vm, obj, callback)
}

/// The weak references CPython shares (`get_basic_refs`): the first of
/// `obj`'s list if it is an exact `ref` without a callback, then the
/// next if it is a proxy without one.
fn basic_refs<C: Collector>(vm: &Vm<C>, obj: ObjRef) -> (Option<ObjRef>, Option<ObjRef>) {
    let list = vm.weakrefs.get(&obj.addr()).map_or(&[][..], Vec::as_slice);
    let plain = |w: ObjRef| weak(w).callback.get().is_none();
    let r = list
        .first()
        .copied()
        .filter(|&w| w.tag() == Tag::WeakRef && plain(w));
    let p = list
        .get(usize::from(r.is_some()))
        .copied()
        .filter(|&w| is_proxy(w) && plain(w));
    (r, p)
}

/// Is `w` (a weak reference of any kind) a `weakref.proxy`? A proxy is a
/// weak reference whose class does not derive from `ref`: the
/// `ProxyType` and `CallableProxyType` of `weakref.py`.
fn is_proxy(w: ObjRef) -> bool {
    w.tag() == Tag::Subclass
        && crate::object::sub_ext(w).class.get().is_some_and(|c| {
            c.payload::<TypeObject>().layout == crate::types::typeobj::InstanceLayout::Plain
        })
}

/// Which of CPython's places in a referent's list a new weak reference
/// takes.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// The shared `ref`: first.
    BasicRef,
    /// The shared proxy: right after the shared `ref`.
    BasicProxy,
    /// Any other: right after the shared ones, so the newest comes first
    /// (and callbacks run newest first).
    Other,
}

/// Put the new weak reference `wr` to `obj` in `obj`'s list.
fn link<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, wr: ObjRef, place: Place) {
    let (r, p) = basic_refs(vm, obj);
    let at = match place {
        Place::BasicRef => 0,
        Place::BasicProxy => usize::from(r.is_some()),
        Place::Other => usize::from(r.is_some()) + usize::from(p.is_some()),
    };
    vm.weakrefs.entry(obj.addr()).or_default().insert(at, wr);
}

/// A new weak reference to `obj` calling `callback` (borrowed): an exact
/// `ref`, or an instance of `cls` (a subclass of `ref`, or a proxy
/// class), put in `obj`'s list at `place` (one with a callback is never
/// shared, so it goes with the others).
fn make<C: Collector>(
    vm: &mut Vm<C>,
    obj: ObjRef,
    callback: Option<ObjRef>,
    cls: Option<ObjRef>,
    place: Place,
) -> PyResult<ObjRef> {
    let payload = WeakRefObject {
        referent: Cell::new(Some(obj)),
        callback: Cell::new(callback.map(|c| vm.incref(c))),
        hash: Cell::new(None),
    };
    let wr = match cls {
        None => vm.alloc(&WEAKREF_VT, payload)?,
        Some(cls) => vm.alloc_sub(&WEAKREF_VT, payload, &[], cls)?,
    };
    let place = if callback.is_some() {
        Place::Other
    } else {
        place
    };
    link(vm, obj, wr, place);
    Ok(wr)
}

fn check_weakrefable<C: Collector>(vm: &mut Vm<C>, obj: ObjRef) -> PyResult<()> {
    if weakrefable(vm, obj) {
        return Ok(());
    }
    let tn = vm.type_name(obj);
    Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")))
}

/// A weak reference to `obj` (weakly referenceable) calling `callback`
/// (borrowed) when `obj` dies.
pub fn new_ref<C: Collector>(
    vm: &mut Vm<C>,
    obj: ObjRef,
    callback: Option<ObjRef>,
) -> PyResult<ObjRef> {
    // A plain reference is shared (CPython returns the existing one).
    if callback.is_none() {
        if let (Some(plain), _) = basic_refs(vm, obj) {
            return Ok(vm.incref(plain));
        }
    }
    make(vm, obj, callback, None, Place::BasicRef)
}

/// `cls(obj[, callback])` for `cls` a subclass of `ref`: never shared,
/// and placed after the shared references. (Like CPython's
/// `weakref___new__`, keyword arguments are left to `__init__`.)
pub fn new_sub<C: Collector>(vm: &mut Vm<C>, cls: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
    let n = args.pos.len();
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(arity_message("__new__", n)));
    }
    let obj = args.pos[0];
    let callback = args.pos.get(1).copied().filter(|&c| c != vm.none);
    check_weakrefable(vm, obj)?;
    make(vm, obj, callback, Some(cls), Place::Other)
}

/// CPython's `PyArg_UnpackTuple(args, name, 1, 2)` message for `n`
/// arguments.
fn arity_message(name: &str, n: usize) -> String {
    if n < 1 {
        format!("{name} expected at least 1 argument, got 0")
    } else {
        format!("{name} expected at most 2 arguments, got {n}")
    }
}

/// `_weakref._proxy(obj, callback, ProxyType, CallableProxyType)`:
/// `weakref.proxy(obj, callback)`, an instance of the proxy class
/// `weakref.py` defines, kept in `obj`'s list as CPython keeps its proxy
/// objects (one plain proxy shared, counted by `getweakrefcount`).
fn proxy_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "_proxy", 4, 4)?;
    let obj = args.pos[0];
    let callback = Some(args.pos[1]).filter(|&c| c != vm.none);
    check_weakrefable(vm, obj)?;
    if callback.is_none() {
        if let (_, Some(p)) = basic_refs(vm, obj) {
            return Ok(vm.incref(p));
        }
    }
    let cls = if vm.is_callable(obj) {
        args.pos[3]
    } else {
        args.pos[2]
    };
    make(vm, obj, callback, Some(cls), Place::BasicProxy)
}

/// `_weakref._target(proxy)`: the referent, or ReferenceError once it died.
fn proxy_target<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "_target", 1, 1)?;
    match args.pos[0].get::<WeakRefObject>() {
        Some(w) => match w.referent.get() {
            Some(r) => Ok(vm.incref(r)),
            None => Err(vm.new_error(
                "ReferenceError",
                "weakly-referenced object no longer exists".to_string(),
            )),
        },
        None => Err(vm.type_error("_target() argument must be a weak proxy".to_string())),
    }
}

/// The weak reference a `ref` method was called on.
fn me<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&w) if w.is::<WeakRefObject>() && !is_proxy(w) => Ok(w),
        Some(&w) => {
            let tn = vm.type_name(w);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{tn}'"
            )))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'weakref.ReferenceType' object needs an argument"
        ))),
    }
}

/// `ref.__init__(self, obj[, callback])`: `__new__` did the work.
fn ref_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    me(vm, &args, "__init__")?;
    let n = args.pos.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(arity_message("__init__", n)));
    }
    Ok(vm.new_none())
}

fn ref_call<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let w = me(vm, &args, "__call__")?;
    let rest = args.after_first();
    call(vm, w, &rest)
}

fn ref_hash<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__hash__", 1, 1)?;
    let w = me(vm, &args, "__hash__")?;
    let h = hash(vm, w)?;
    vm.new_int_i64(h)
}

fn ref_compare<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, eq: bool) -> PyResult<ObjRef> {
    let name = if eq { "__eq__" } else { "__ne__" };
    check_args(vm, args, name, 2, 2)?;
    let a = me(vm, args, name)?;
    let b = args.pos[1];
    if !b.is::<WeakRefObject>() {
        return Ok(vm.incref(vm.not_implemented));
    }
    compare(vm, a, b, eq)
}

fn ref_eq<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    ref_compare(vm, &args, true)
}

fn ref_ne<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    ref_compare(vm, &args, false)
}

fn ref_repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    let w = me(vm, &args, "__repr__")?;
    let s = repr(vm, w);
    vm.new_string(s)
}

/// `wr()`: the referent, or None once it died.
pub fn call<C: Collector>(vm: &mut Vm<C>, wr: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        let n = args.pos.len() + args.kw.len();
        return Err(vm.type_error(format!("weakref() takes no arguments ({n} given)")));
    }
    let r = weak(wr).referent.get().unwrap_or(vm.none);
    Ok(vm.incref(r))
}

/// `repr(wr)`, as CPython 3.11's.
pub fn repr<C: Collector>(vm: &mut Vm<C>, wr: ObjRef) -> String {
    match weak(wr).referent.get() {
        Some(r) => {
            let tn = vm.type_name(r);
            // CPython adds the referent's `__name__` when it has a str one.
            let r = vm.incref(r);
            let name = vm.using(r, |vm, r| vm.getattr_str(r, "__name__"));
            let name = match name {
                Ok(n) => {
                    let s = crate::types::str::str_of(n).map(str::to_string);
                    vm.decref(n);
                    s
                }
                Err(e) => {
                    vm.decref(e);
                    None
                }
            };
            let suffix = name.map(|n| format!(" ({n})")).unwrap_or_default();
            format!(
                "<weakref at {:#x}; to '{tn}' at {:#x}{suffix}>",
                wr.addr(),
                r.addr()
            )
        }
        None => format!("<weakref at {:#x}; dead>", wr.addr()),
    }
}

/// `hash(wr)`: the referent's, kept once computed; a dead reference never
/// hashed raises TypeError.
pub fn hash<C: Collector>(vm: &mut Vm<C>, wr: ObjRef) -> PyResult<i64> {
    let w = weak(wr);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(r) = w.referent.get() else {
        return Err(vm.type_error("weak object has gone away".to_string()));
    };
    let h = vm.using(vm.incref(r), |vm, r| vm.hash(r))?;
    weak(wr).hash.set(Some(h));
    Ok(h)
}

/// `a == b` / `a != b` for two weak references: their referents compared
/// while both live, identity otherwise.
pub fn compare<C: Collector>(vm: &mut Vm<C>, a: ObjRef, b: ObjRef, eq: bool) -> PyResult<ObjRef> {
    let same = match (weak(a).referent.get(), weak(b).referent.get()) {
        (Some(x), Some(y)) => {
            let (x, y) = (vm.incref(x), vm.incref(y));
            let r = vm.with_roots(&[x, y], |vm| vm.eq(x, y));
            vm.decref(x);
            vm.decref(y);
            r?
        }
        _ => a == b,
    };
    Ok(vm.new_bool(same == eq))
}

/// The source of the `weakref` module, compiled when first imported.
pub const WEAKREF_PY: &str = include_str!("weakref.py");

/// `Runtime::clear_weakrefs`: `obj` is dead.
pub fn clear_for_death<C: Collector>(vm: &mut Vm<C>, obj: ObjRef) -> Vec<ObjRef> {
    if vm.weakrefs.is_empty() {
        return Vec::new();
    }
    if let Some(w) = obj.get::<WeakRefObject>() {
        if let Some(r) = w.referent.take() {
            if let Some(list) = vm.weakrefs.get_mut(&r.addr()) {
                list.retain(|&x| x != obj);
                if list.is_empty() {
                    vm.weakrefs.remove(&r.addr());
                }
            }
        }
    }
    // (No weak reference can ever be made to these layouts, whatever the
    // program does: their deaths skip the registry.)
    if matches!(
        obj.tag(),
        Tag::Int
            | Tag::Float
            | Tag::Str
            | Tag::Bytes
            | Tag::List
            | Tag::Tuple
            | Tag::Dict
            | Tag::Cell
            | Tag::Iter
            | Tag::Complex
            | Tag::Range
            | Tag::Slice
            | Tag::Bytearray
    ) {
        return Vec::new();
    }
    let Some(list) = vm.weakrefs.remove(&obj.addr()) else {
        return Vec::new();
    };
    let mut callbacks = Vec::new();
    for wr in list {
        let w = weak(wr);
        w.referent.set(None);
        if w.callback.get().is_some() {
            callbacks.push(vm.incref(wr));
        }
    }
    callbacks
}

/// `Runtime::call_weakref_callbacks`.
pub fn call_callbacks<C: Collector>(vm: &mut Vm<C>, wrs: Vec<ObjRef>, dealloc: bool) -> usize {
    if !dealloc {
        let mut freed = 0;
        // A collection's (`handle_weakrefs`): each weak reference keeps its
        // callback and is released right after it ran; the rest stay
        // rooted meanwhile.
        let base = vm.temp_roots.len();
        vm.temp_roots.extend(wrs.iter().rev());
        for &wr in &wrs {
            if let Some(cb) = weak(wr).callback.get() {
                vm.call_unraisable(cb, &[wr]);
            }
            let wr = vm.temp_roots.pop().expect("rooted above");
            // The reference `clear_weakrefs` gave is the last one left
            // when the callback dropped the others: it dies now.
            freed += usize::from(C::REFCOUNTED && wr.refcnt() == 1);
            vm.decref(wr);
        }
        debug_assert_eq!(vm.temp_roots.len(), base);
        return freed;
    }
    // A death (`PyObject_ClearWeakRefs`): each weak reference gives up its
    // callback first; all are held until every callback ran, then
    // released last first, each callback before its weak reference.
    let cbs: Vec<Option<ObjRef>> = wrs.iter().map(|&wr| weak(wr).callback.take()).collect();
    let held: Vec<ObjRef> = wrs
        .iter()
        .copied()
        .chain(cbs.iter().flatten().copied())
        .collect();
    vm.with_roots(&held, |vm| {
        for (&wr, cb) in wrs.iter().zip(&cbs) {
            if let Some(cb) = *cb {
                vm.call_unraisable(cb, &[wr]);
            }
        }
    });
    let order: Vec<ObjRef> = wrs
        .into_iter()
        .zip(cbs)
        .rev()
        .flat_map(|(wr, cb)| cb.into_iter().chain([wr]))
        .collect();
    vm.decref_all(order);
    // (Only a collection counts what it freed.)
    0
}

fn getweakrefcount<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getweakrefcount", 1, 1)?;
    let n = vm.weakrefs.get(&args.pos[0].addr()).map_or(0, Vec::len);
    vm.new_int_i64(n as i64)
}

fn getweakrefs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getweakrefs", 1, 1)?;
    let list: Vec<ObjRef> = vm
        .weakrefs
        .get(&args.pos[0].addr())
        .cloned()
        .unwrap_or_default();
    let items = list.into_iter().map(|w| vm.incref(w)).collect();
    vm.new_list(items)
}
