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
    crate::builtins::set_ctor(vm, "weakref.ReferenceType", ref_new);
    let d = super::new_native_module(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
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
        | Tag::Generator => true,
        _ => false,
    }
}

/// `weakref.ref(obj[, callback])`.
fn ref_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    // The type itself comes first (a constructor).
    check_kwargs(vm, &args, "ref", &[])?;
    let n = args.pos.len();
    if !(2..=3).contains(&n) {
        let msg = if n < 2 {
            "__new__ expected at least 1 argument, got 0".to_string()
        } else {
            format!("__new__ expected at most 2 arguments, got {}", n - 1)
        };
        return Err(vm.type_error(msg));
    }
    let obj = args.pos[1];
    let callback = args.pos.get(2).copied().filter(|&c| c != vm.none);
    if !weakrefable(vm, obj) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
    }
    new_ref(vm, obj, callback)
}

/// A weak reference to `obj` (weakly referenceable) calling `callback`
/// (owned by the caller) when `obj` dies.
pub fn new_ref<C: Collector>(
    vm: &mut Vm<C>,
    obj: ObjRef,
    callback: Option<ObjRef>,
) -> PyResult<ObjRef> {
    // A plain reference is shared (CPython returns the existing one).
    if callback.is_none() {
        let first = vm
            .weakrefs
            .get(&obj.addr())
            .and_then(|l| l.first().copied());
        if let Some(plain) = first.filter(|&w| weak(w).callback.get().is_none()) {
            return Ok(vm.incref(plain));
        }
    }
    let payload = WeakRefObject {
        referent: Cell::new(Some(obj)),
        callback: Cell::new(callback.map(|c| vm.incref(c))),
        hash: Cell::new(None),
    };
    let wr = vm.alloc(&WEAKREF_VT, payload)?;
    let list = vm.weakrefs.entry(obj.addr()).or_default();
    let plain = list
        .iter()
        .take_while(|&&w| weak(w).callback.get().is_none())
        .count();
    // Plain references lead; each new one with a callback goes right
    // after them, so callbacks run newest first.
    let at = if callback.is_none() { 0 } else { plain };
    list.insert(at, wr);
    Ok(wr)
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
            format!(
                "<weakref at {:#x}; to '{tn}' at {:#x}>",
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
