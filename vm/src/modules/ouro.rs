//! The `_ouro` module: ouro's own hooks for looking inside the heap, and
//! for tests that must prove `--verify-heap` catches a broken count
//! (`_ouro.leak_ref`, `_ouro.drop_ref`). Also the reachability scan behind
//! `--stats` and `sys.getrefcount`.

use crate::builtins::check_args;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::collections::HashSet;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let d = super::new_native_module(
        vm,
        "_ouro",
        &[
            ("leak_ref", leak_ref),
            ("drop_ref", drop_ref),
            ("verify_heap", verify_heap),
            ("unreachable", unreachable),
            ("heap_objects", heap_objects),
            ("refcount_at", refcount_at),
            ("object_at", object_at),
            ("collection_flags", collection_flags),
            ("print_unraisable", print_unraisable),
            ("edge_name", edge_name),
            ("render_dot", render_dot),
            ("untrack", untrack),
            ("__getattr__", lazy_attr),
        ],
    );
    let name = vm.new_str(C::NAME).expect("heap at start-up");
    vm.dict_set_str(d, "collector", name)
        .expect("heap at start-up");
    vm.decref(name);
    let flag = vm
        .new_int_i64(i64::from(crate::types::typeobj::TPFLAGS_BUFFER))
        .expect("heap at start-up");
    vm.dict_set_str(d, "BUFFER_FLAG", flag)
        .expect("heap at start-up");
    vm.decref(flag);
}

/// `untrack(o)`: take `o` off the collector's lists and return it, as
/// CPython leaves untracked the objects its C code makes without
/// `PyObject_GC_Track` (struct sequences from `PyStructSequence_New`:
/// `sys.version_info`, `time.gmtime()`, `os.stat()`).
fn untrack<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "untrack", 1, 1)?;
    let o = args.pos[0];
    if o.is_tracked() {
        ouro_gc_core::gclist::untrack(o);
    }
    Ok(vm.incref(o))
}

/// `_ouro`'s PEP 562 `__getattr__`: the heap pictures (`show_refs`,
/// `show_backrefs`, `show_growth`, ...), written in Python in
/// `_ouro_graph.py`.
fn lazy_attr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getattr__", 1, 1)?;
    super::lazy_attr_from(vm, "_ouro", "_ouro_graph", args.pos[0])
}

/// `edge_name(src, dst)`: the name `src` holds `dst` by among its inline
/// attribute values or in an instance dict the program has not asked for
/// (read without making it an object of its own, as `src.__dict__`
/// would), `'__dict__'` when `dst` is `src`'s own dict, or None.
fn edge_name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "edge_name", 2, 2)?;
    let (src, dst) = (args.pos[0], args.pos[1]);
    let mut found = crate::protocol::inline_values::name_holding(src, dst);
    if found.is_none() && crate::types::dict::dict_of(src).is_none() {
        (src.vtable().traverse)(src, &mut |r| {
            if found.is_some() {
                return;
            }
            let Some(d) = crate::types::dict::dict_of(r) else {
                return;
            };
            if r == dst {
                found = Some("__dict__".to_string());
            } else if (r.vtable().hidden)(r) {
                found = d
                    .snapshot()
                    .iter()
                    .find(|e| e.value == dst)
                    .and_then(|e| crate::types::str::str_of(e.key))
                    .map(str::to_string);
            }
        });
    }
    match found {
        Some(name) => vm.new_str(&name),
        None => Ok(vm.new_none()),
    }
}

/// `render_dot(dot_file, out_file, format)`: run Graphviz's `dot` to
/// draw a graph; its exit status, or None when `dot` is not on PATH.
fn render_dot<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "render_dot", 3, 3)?;
    let mut strs = Vec::new();
    for &a in args.pos.iter() {
        let Some(s) = crate::types::str::str_of(a) else {
            let t = vm.type_name(a);
            return Err(vm.type_error(format!("render_dot() arguments must be str, not {t}")));
        };
        strs.push(s.to_string());
    }
    let status = std::process::Command::new("dot")
        .arg(format!("-T{}", strs[2]))
        .arg("-o")
        .arg(&strs[1])
        .arg(&strs[0])
        .status();
    match status {
        Ok(s) => vm.new_int_i64(i64::from(s.code().unwrap_or(-1))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(vm.new_none()),
        Err(e) => Err(vm.new_error("OSError", format!("can't run dot: {e}"))),
    }
}

/// `print_unraisable(exc, header)`: report an exception nobody can catch
/// (CPython's unraisable hook) under the first line `header`.
fn print_unraisable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "print_unraisable", 2, 2)?;
    let header = crate::types::str::str_of(args.pos[1])
        .unwrap_or("Exception ignored")
        .to_string();
    vm.print_unraisable_as(args.pos[0], &header);
    Ok(vm.new_none())
}

/// `collection_flags(cls)`: the class's `Py_TPFLAGS_SEQUENCE` /
/// `Py_TPFLAGS_MAPPING` bits; `collection_flags(cls, bits)` ORs bits in (a
/// builtin type's are fixed), returning the new value. For `abc`'s
/// `__abc_tpflags__` and `register`, and for the buffer exporters written
/// in Python (`BUFFER_FLAG`).
fn collection_flags<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use crate::object::ObjExt;
    use crate::types::typeobj::{TypeObject, COLLECTION_FLAGS, TPFLAGS_BUFFER};
    check_args(vm, &args, "collection_flags", 1, 2)?;
    let Some(t) = args.pos[0].get::<TypeObject>() else {
        return Err(vm.type_error("collection_flags() needs a class".to_string()));
    };
    if let Some(&bits) = args.pos.get(1) {
        let bits = crate::builtins::arg_i64(vm, bits)? as u32 & (COLLECTION_FLAGS | TPFLAGS_BUFFER);
        if !t.is_builtin {
            t.collection_flags.set(t.collection_flags.get() | bits);
        }
    }
    vm.new_int_i64(i64::from(t.collection_flags.get()))
}

/// The reference count of the live object whose `id()` is `addr` (the
/// one raw read `ctypes.c_long.from_address(id(x)).value` is for); a
/// ValueError for any other address. Nothing is read at the address: the
/// heap's own objects are searched for it.
fn refcount_at<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "refcount_at", 1, 1)?;
    let addr = crate::builtins::arg_i64(vm, args.pos[0])?;
    match live_object_at(vm, addr) {
        Some(o) => {
            let n = refcount_of(vm, o);
            vm.new_int_i64(n as i64)
        }
        None => Err(vm.value_error(format!(
            "ouro's ctypes reads reference counts only: {addr:#x} is not the id of a live object"
        ))),
    }
}

/// The object whose `id()` is `addr`, as a new reference (what
/// `ctypes.cast(addr, ctypes.py_object).value` reads); a ValueError for
/// an address that is not the id of a live object — a freed one's too, or
/// any while a collection is deciding what dies — where CPython would
/// read whatever memory is there.
fn object_at<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "object_at", 1, 1)?;
    let addr = crate::builtins::arg_i64(vm, args.pos[0])?;
    let found = live_object_at(vm, addr).filter(|o| !C::REFCOUNTED || o.refcnt() > 0);
    match found {
        Some(o) if !vm.gc.generations().collecting => Ok(vm.incref(o)),
        _ => Err(vm.value_error(format!(
            "ouro's ctypes reads live objects only: {addr:#x} is not the id of a live object"
        ))),
    }
}

/// The live object at `addr`, searched for among the heap's objects and
/// the static ones (nothing is read at the address).
fn live_object_at<C: Collector>(vm: &mut Vm<C>, addr: i64) -> Option<ObjRef> {
    let mut found = None;
    vm.heap.for_each(|o| {
        if o.addr() as i64 == addr && !(o.vtable().hidden)(o) {
            found = Some(o);
        }
    });
    let static_objects = [
        vm.none,
        vm.true_,
        vm.false_,
        vm.ellipsis,
        vm.not_implemented,
    ];
    found.or_else(|| static_objects.into_iter().find(|o| o.addr() as i64 == addr))
}

/// Add a reference that nothing holds (a deliberate leak).
fn leak_ref<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "leak_ref", 1, 1)?;
    vm.incref(args.pos[0]);
    Ok(vm.new_none())
}

/// Remove a reference that is still held (a deliberate over-release).
/// Refuses to take the last counted references, which would free a live
/// object and crash instead of being reported.
fn drop_ref<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "drop_ref", 1, 1)?;
    let o = args.pos[0];
    if C::REFCOUNTED {
        if o.refcnt() <= 2 {
            return Err(
                vm.value_error("drop_ref needs an object with at least 3 references".to_string())
            );
        }
        o.dec();
    }
    Ok(vm.new_none())
}

fn verify_heap<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "verify_heap", 0, 0)?;
    let n = vm.verify_heap("_ouro.verify_heap");
    vm.new_int_i64(n as i64)
}

fn unreachable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "unreachable", 0, 0)?;
    let n = unreachable_count(vm);
    vm.new_int_i64(n as i64)
}

fn heap_objects<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "heap_objects", 0, 0)?;
    vm.new_int_i64(vm.heap.object_stats().live as i64)
}

/// Walk everything the roots reach, calling `edge` with every reference
/// from a root or from a reached object; returns the addresses reached.
fn walk_reachable<C: Collector>(vm: &Vm<C>, mut edge: impl FnMut(ObjRef)) -> HashSet<usize> {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut stack: Vec<ObjRef> = Vec::new();
    ouro_gc_core::Runtime::visit_roots(vm, &mut |r| {
        edge(r);
        stack.push(r);
    });
    while let Some(o) = stack.pop() {
        if seen.insert(o.addr()) {
            (o.vtable().traverse)(o, &mut |r| {
                edge(r);
                stack.push(r);
            });
        }
    }
    seen
}

/// The objects on the heap that no root reaches (under reference
/// counting: garbage cycles), in heap order.
pub fn unreachable_objects<C: Collector>(vm: &Vm<C>) -> Vec<ObjRef> {
    let seen = walk_reachable(vm, |_| {});
    let mut out = Vec::new();
    vm.heap.for_each(|o| {
        if !seen.contains(&o.addr()) {
            out.push(o);
        }
    });
    out
}

/// Objects on the heap that no root reaches (under reference counting:
/// garbage cycles).
pub fn unreachable_count<C: Collector>(vm: &Vm<C>) -> usize {
    let reached = walk_reachable(vm, |_| {}).len();
    vm.heap.object_stats().live.saturating_sub(reached)
}

/// `sys.getrefcount`: the stored count when the collector keeps counts,
/// otherwise the references to `o` from the roots and from every object
/// they reach (garbage not yet swept holds no reference a count would
/// show: under reference counting it would be gone).
pub fn refcount_of<C: Collector>(vm: &Vm<C>, o: ObjRef) -> usize {
    if C::REFCOUNTED {
        return o.refcnt();
    }
    let mut found = 0;
    walk_reachable(vm, |r| found += usize::from(r == o));
    // (Static objects count as CPython's do under every collector.)
    found
        + if vm.is_static(o) {
            crate::vm::STATIC_REFS
        } else {
            0
        }
}
