//! The `gc` module, served by whichever collector runs. Under pure
//! reference counting there is no cycle detector: `collect()` returns 0 and
//! the thresholds are inert (MEMORY-MODEL.md, "How the three collectors
//! differ on purpose").

use crate::builtins::{arg_i64, check_args, check_kwargs, kwarg};
use crate::object::{ObjExt, Tag};
use crate::types::dict::dict_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, Reason};

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
            ("freeze", noop),
            ("unfreeze", noop),
            ("get_freeze_count", zero),
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
    for name in ["garbage", "callbacks"] {
        let l = vm.new_list(Vec::new()).expect("heap at start-up");
        vm.dict_set_str(d, name, l).expect("heap at start-up");
        vm.decref(l);
    }
}

/// The state the `gc` module keeps for collectors without their own.
#[derive(Debug, Clone, Copy)]
pub struct GcModuleState {
    pub enabled: bool,
    pub threshold: (i64, i64, i64),
    pub debug: i64,
}

impl Default for GcModuleState {
    fn default() -> Self {
        GcModuleState {
            enabled: true,
            threshold: (700, 10, 10),
            debug: 0,
        }
    }
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
            if !(0..=2).contains(&g) {
                return Err(vm.value_error("invalid generation".to_string()));
            }
            Some(g as usize)
        }
        None => None,
    };
    let n = C::collect(vm, gen, Reason::Explicit);
    if vm.config.verify_heap {
        vm.verify_heap("gc.collect");
    }
    vm.new_int_i64(n as i64)
}

fn enable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "enable", 0, 0)?;
    vm.gc_module.enabled = true;
    Ok(vm.new_none())
}

fn disable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "disable", 0, 0)?;
    vm.gc_module.enabled = false;
    Ok(vm.new_none())
}

fn isenabled<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "isenabled", 0, 0)?;
    Ok(vm.new_bool(vm.gc_module.enabled))
}

fn int_tuple<C: Collector>(vm: &mut Vm<C>, vals: &[i64]) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(vals.len());
    for &v in vals {
        items.push(vm.new_int_i64(v)?);
    }
    vm.new_tuple(items)
}

fn get_threshold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "get_threshold", 0, 0)?;
    let (a, b, c) = vm.gc_module.threshold;
    int_tuple(vm, &[a, b, c])
}

fn set_threshold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "set_threshold", 1, 3)?;
    let mut t = [
        vm.gc_module.threshold.0,
        vm.gc_module.threshold.1,
        vm.gc_module.threshold.2,
    ];
    for (i, &a) in args.pos.iter().enumerate() {
        t[i] = arg_i64(vm, a)?;
    }
    vm.gc_module.threshold = (t[0], t[1], t[2]);
    Ok(vm.new_none())
}

fn get_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "get_count", 0, 0)?;
    int_tuple(vm, &[0, 0, 0])
}

/// CPython 3.11's answer: containers are tracked, except dicts that hold
/// only atoms.
fn is_tracked<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "is_tracked", 1, 1)?;
    let o = args.pos[0];
    let tracked = match o.tag() {
        Tag::Dict => dict_of(o)
            .expect("dict")
            .snapshot()
            .iter()
            .any(|e| e.key.vtable().is_container || e.value.vtable().is_container),
        _ => o.vtable().is_container,
    };
    Ok(vm.new_bool(tracked))
}

fn is_finalized<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "is_finalized", 1, 1)?;
    Ok(vm.new_bool(args.pos[0].is_finalized()))
}

/// An object whose count has reached zero is being torn down (a `__del__`
/// run by its release may be asking): it must not be handed out again.
fn dying<C: Collector>(o: ObjRef) -> bool {
    C::REFCOUNTED && o.refcnt() == 0
}

fn get_referents<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for &o in args.pos {
        (o.vtable().traverse)(o, &mut |r| out.push(r));
    }
    let items: Vec<ObjRef> = out.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

fn get_referrers<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let targets: Vec<ObjRef> = args.pos.to_vec();
    let mut out = Vec::new();
    vm.heap.for_each(|o| {
        let mut hit = false;
        (o.vtable().traverse)(o, &mut |r| hit |= targets.contains(&r));
        if hit && o.vtable().is_container && !dying::<C>(o) {
            out.push(o);
        }
    });
    out.reverse();
    let items: Vec<ObjRef> = out.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

fn get_objects<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "get_objects", 0, 1)?;
    let objs: Vec<ObjRef> = vm
        .heap
        .objects()
        .into_iter()
        .filter(|&o| o.vtable().is_container && !dying::<C>(o))
        .collect();
    let items: Vec<ObjRef> = objs.into_iter().map(|r| vm.incref(r)).collect();
    vm.new_list(items)
}

fn get_stats<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "get_stats", 0, 0)?;
    let s = vm.gc.stats();
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict()?;
        let vals = if g == 2 {
            [
                s.collections as i64,
                s.collected as i64,
                s.uncollectable as i64,
            ]
        } else {
            [0, 0, 0]
        };
        for (k, v) in ["collections", "collected", "uncollectable"]
            .iter()
            .zip(vals)
        {
            let o = vm.new_int_i64(v)?;
            vm.dict_set_str(d, k, o)?;
            vm.decref(o);
        }
        gens.push(d);
    }
    vm.new_list(gens)
}

fn noop<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    Ok(vm.new_none())
}

fn zero<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    vm.new_int_i64(0)
}

fn set_debug<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "set_debug", 1, 1)?;
    vm.gc_module.debug = arg_i64(vm, args.pos[0])?;
    Ok(vm.new_none())
}

fn get_debug<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "get_debug", 0, 0)?;
    vm.new_int_i64(vm.gc_module.debug)
}
