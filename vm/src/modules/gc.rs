//! The `gc` module, served by whichever collector runs. Every collector
//! keeps the tracked containers, counts and settings alike
//! (`ouro_gc_core::Generations`), so introspection means one thing under
//! all three; what differs on purpose is what a collection finds
//! (MEMORY-MODEL.md, "How the three collectors differ on purpose"): under
//! pure reference counting `collect()` returns 0 and the thresholds are
//! inert.

use crate::builtins::{arg_i64, check_args, check_kwargs, kwarg};
use crate::object::ObjExt;
use crate::types::dict::dict_of;
use crate::types::function::FunctionObject;
use crate::types::list::list_of;
use crate::types::str::str_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, Outcome, Reason, GENERATIONS};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let d = super::new_native_module(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_count", get_count),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_objects", get_objects),
            ("get_stats", get_stats),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
        ],
    );
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        let o = vm.new_int_i64(v).expect("heap at start-up");
        vm.dict_set_str(d, name, o).expect("heap at start-up");
        vm.decref(o);
    }
    // The module's lists are the collector's own: rebinding `gc.garbage`
    // or `gc.callbacks` changes nothing, as in CPython.
    for (name, slot) in [("garbage", 0), ("callbacks", 1)] {
        let l = vm.new_list(Vec::new()).expect("heap at start-up");
        vm.dict_set_str(d, name, l).expect("heap at start-up");
        let old = if slot == 0 {
            vm.gc_garbage.replace(l)
        } else {
            vm.gc_callbacks.replace(l)
        };
        vm.decref_opt(old);
    }
}

/// Run a collection of `generation` with `gc.callbacks` around it, unless
/// one is running already (a `gc.collect()` from a finalizer or callback
/// returns 0). Returns what `gc.collect()` returns.
pub fn run_collection<C: Collector>(vm: &mut Vm<C>, generation: usize, reason: Reason) -> usize {
    if vm.gc.generations().collecting {
        return 0;
    }
    vm.gc.generations_mut().begin_collecting();
    let silent = reason == Reason::Stress;
    if !silent {
        invoke_callbacks(vm, "start", generation, Outcome::default());
    }
    let out = vm.logged_collection(generation, reason);
    if !silent {
        invoke_callbacks(vm, "stop", generation, out);
    }
    vm.gc.generations_mut().collecting = false;
    // Every explicit collection is verified; automatic ones on a sparse
    // schedule (the 1st, 2nd, 4th, ... and every 4096th), so verifying
    // stays a small multiple of the run on a big heap.
    let n = vm.gc.stats().collections;
    if vm.config.verify_heap
        && (reason == Reason::Explicit
            || (!silent && (n.is_power_of_two() || n.is_multiple_of(4096))))
    {
        vm.verify_heap("collection");
    }
    out.collected + out.uncollectable
}

/// Call every entry of `gc.callbacks` with `(phase, info)`; an exception is
/// reported as unraisable and the others still run.
fn invoke_callbacks<C: Collector>(vm: &mut Vm<C>, phase: &str, generation: usize, out: Outcome) {
    let Some(list) = vm.gc_callbacks else {
        return;
    };
    if list_of(list).is_none_or(|l| l.is_empty()) {
        return;
    }
    let made = (|| -> PyResult<(ObjRef, ObjRef)> {
        let info = vm.new_dict()?;
        for (k, v) in [
            ("generation", generation),
            ("collected", out.collected),
            ("uncollectable", out.uncollectable),
        ] {
            let o = vm.new_int_i64(v as i64)?;
            let r = vm.dict_set_str(info, k, o);
            vm.decref(o);
            r?;
        }
        let phase = vm.new_str(phase)?;
        Ok((phase, info))
    })();
    let (phase, info) = match made {
        Ok(p) => p,
        Err(e) => {
            vm.print_unraisable(e, "garbage collection callback");
            vm.decref(e);
            return;
        }
    };
    // The list and each callback are held while callbacks run: a callback
    // may rebind `gc.callbacks`' items, clear the list or drop itself.
    let list = vm.incref(list);
    vm.with_roots(&[list, phase, info], |vm| {
        let mut i = 0;
        // The length is read afresh each time: a callback may change it.
        while let Some(cb) = list_of(list).and_then(|l| l.get(i)) {
            let cb = vm.incref(cb);
            vm.with_roots(&[cb], |vm| vm.call_unraisable(cb, &[phase, info]));
            vm.decref(cb);
            i += 1;
        }
    });
    vm.decref_all([phase, info, list]);
}

fn collect<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "collect", &["generation"])?;
    let gen = match args
        .pos
        .first()
        .copied()
        .or_else(|| kwarg(&args, "generation"))
    {
        Some(g) => {
            let g = arg_i64(vm, g)?;
            if !(0..GENERATIONS as i64).contains(&g) {
                return Err(vm.value_error("invalid generation".to_string()));
            }
            g as usize
        }
        None => GENERATIONS - 1,
    };
    let n = run_collection(vm, gen, Reason::Explicit);
    if vm.config.heap_snapshot_every {
        vm.heap_snapshot("collect");
    }
    vm.new_int_i64(n as i64)
}

fn enable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.enable", 0, 0)?;
    vm.gc.generations_mut().enabled = true;
    Ok(vm.new_none())
}

fn disable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.disable", 0, 0)?;
    vm.gc.generations_mut().enabled = false;
    Ok(vm.new_none())
}

fn isenabled<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.isenabled", 0, 0)?;
    Ok(vm.new_bool(vm.gc.generations().enabled))
}

fn int_tuple<C: Collector>(vm: &mut Vm<C>, vals: &[i64]) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(vals.len());
    for &v in vals {
        items.push(vm.new_int_i64(v)?);
    }
    vm.new_tuple(items)
}

fn thresholds<C: Collector>(vm: &Vm<C>) -> [i64; GENERATIONS] {
    let g = &vm.gc.generations().gens;
    [g[0].threshold, g[1].threshold, g[2].threshold]
}

fn get_threshold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.get_threshold", 0, 0)?;
    let t = thresholds(vm);
    int_tuple(vm, &t)
}

fn set_threshold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "set_threshold", &[])?;
    // PyArg_ParseTuple's wording, as CPython's set_threshold uses it.
    let n = args.pos.len();
    if !(1..=3).contains(&n) {
        let (bound, count) = if n == 0 { ("least", 1) } else { ("most", 3) };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "set_threshold() takes at {bound} {count} argument{s} ({n} given)"
        )));
    }
    let mut t = thresholds(vm);
    for (i, &a) in args.pos.iter().enumerate() {
        t[i] = arg_i64(vm, a)?;
    }
    for (gen, t) in vm.gc.generations_mut().gens.iter_mut().zip(t) {
        gen.threshold = t;
    }
    Ok(vm.new_none())
}

fn get_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.get_count", 0, 0)?;
    // Read before the result tuple is allocated, as CPython does.
    let g = &vm.gc.generations().gens;
    let counts = [g[0].count, g[1].count, g[2].count];
    int_tuple(vm, &counts)
}

fn is_tracked<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.is_tracked", 1, 1)?;
    Ok(vm.new_bool(args.pos[0].is_tracked()))
}

fn is_finalized<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.is_finalized", 1, 1)?;
    Ok(vm.new_bool(args.pos[0].is_finalized()))
}

/// An object whose count has reached zero is being torn down (a `__del__`
/// run by its release may be asking): it must not be handed out again.
fn dying<C: Collector>(o: ObjRef) -> bool {
    C::REFCOUNTED && o.refcnt() == 0
}

/// An object CPython would not have (see `TypeVTable::hidden`).
fn hidden(o: ObjRef) -> bool {
    (o.vtable().hidden)(o)
}

/// The references `o` holds as CPython's `tp_traverse` shows them (to
/// `gc.get_referents`): a dict whose keys are all strs shows only its
/// values, other dicts each value, then its key; an instance whose dict is
/// hidden shows the dict's values in its place (3.11's inline values).
fn referents(o: ObjRef, out: &mut Vec<ObjRef>) {
    if o.tag() == crate::object::Tag::Subclass && dict_of(o).is_some() {
        // A dict subclass: subtype_traverse (its __dict__, its class),
        // then dict_traverse.
        let ext = crate::object::sub_ext(o);
        out.extend(ext.dict.get());
        out.extend(ext.class.get());
    }
    // A builtin exception class is a static type in CPython, which its
    // instances do not visit.
    let static_class = o
        .get::<crate::types::exception::ExceptionObject>()
        .map(|e| e.class.get())
        .filter(|c| c.payload::<crate::types::typeobj::TypeObject>().is_builtin);
    if let Some(d) = dict_of(o) {
        let entries = d.snapshot();
        let str_keys = entries.iter().all(|e| str_of(e.key).is_some());
        for e in entries {
            out.push(e.value);
            if !str_keys {
                out.push(e.key);
            }
        }
        return;
    }
    (o.vtable().traverse)(o, &mut |r| {
        if Some(r) == static_class {
            return;
        }
        if hidden(r) {
            referents(r, out);
        } else {
            out.push(r);
        }
    });
}

/// What each container argument refers to, in CPython's `tp_traverse`
/// order.
fn get_referents<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "get_referents", &[])?;
    let mut out = Vec::new();
    // (A builtin type is static in CPython: not a collector object, so it
    // has no referents to report.)
    let static_type = |o: &ObjRef| {
        o.get::<crate::types::typeobj::TypeObject>()
            .is_some_and(|t| t.is_builtin)
    };
    for &o in args
        .pos
        .iter()
        .filter(|o| o.is_container() && !static_type(o))
    {
        let at = out.len();
        referents(o, &mut out);
        // A module holds its name, but CPython's `module_traverse` shows
        // only its dict.
        if o.tag() == crate::object::Tag::Module {
            out.remove(at);
        }
        // A function that looks names up in the builtins module's own
        // dict does not hold it here; CPython's always does (func_builtins).
        if o.get::<FunctionObject>()
            .is_some_and(|f| f.builtins.get().is_none())
        {
            out.insert(at + 2, vm.builtins_dict);
        }
    }
    let items: Vec<ObjRef> = out.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

/// Tracked objects (youngest generation first, never frozen ones) that
/// refer to any of the arguments.
fn get_referrers<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "get_referrers", &[])?;
    let targets: Vec<ObjRef> = args.pos.to_vec();
    let mut out = Vec::new();
    for o in vm.gc.generations().objects(None) {
        if hidden(o) || dying::<C>(o) {
            continue;
        }
        let mut refs = Vec::new();
        referents(o, &mut refs);
        if refs.iter().any(|r| targets.contains(r)) {
            out.push(o);
        }
    }
    let items: Vec<ObjRef> = out.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

fn get_objects<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_at_most(vm, args.len() + args.kwnames.len(), "get_objects", 1)?;
    check_kwargs(vm, &args, "get_objects", &["generation"])?;
    let gen = match args
        .pos
        .first()
        .copied()
        .or_else(|| kwarg(&args, "generation"))
    {
        Some(g) if g == vm.none => None,
        Some(g) => {
            let Some(g) = vm.index_i64(g)? else {
                let t = vm.type_name(g);
                return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
            };
            if g >= GENERATIONS as i64 {
                return Err(vm.value_error(format!(
                    "generation parameter must be less than the number of available generations ({GENERATIONS})"
                )));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative".to_string()));
            }
            (g >= 0).then_some(g as usize)
        }
        None => None,
    };
    let objs: Vec<ObjRef> = vm
        .gc
        .generations()
        .objects(gen)
        .into_iter()
        .filter(|&o| !dying::<C>(o) && !hidden(o))
        .collect();
    let items: Vec<ObjRef> = objs.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

fn get_stats<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.get_stats", 0, 0)?;
    let stats = vm.gc.generations().stats;
    let mut gens = Vec::new();
    for s in stats {
        let d = match vm.new_dict() {
            Ok(d) => d,
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(gens));
                return Err(e);
            }
        };
        gens.push(d);
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let o = vm.new_int_i64(v as i64);
            let r = o.and_then(|o| {
                let r = vm.dict_set_str(d, k, o);
                vm.decref(o);
                r
            });
            if let Err(e) = r {
                vm.with_roots(&[e], |vm| vm.decref_all(gens));
                return Err(e);
            }
        }
    }
    vm.new_list(gens)
}

fn freeze<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.freeze", 0, 0)?;
    vm.gc.generations_mut().freeze();
    Ok(vm.new_none())
}

fn unfreeze<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.unfreeze", 0, 0)?;
    vm.gc.generations_mut().unfreeze();
    Ok(vm.new_none())
}

fn get_freeze_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.get_freeze_count", 0, 0)?;
    let n = vm.gc.generations().permanent.len();
    vm.new_int_i64(n as i64)
}

fn set_debug<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.set_debug", 1, 1)?;
    vm.gc.generations_mut().debug = arg_i64(vm, args.pos[0])?;
    Ok(vm.new_none())
}

fn get_debug<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "gc.get_debug", 0, 0)?;
    vm.new_int_i64(vm.gc.generations().debug)
}
