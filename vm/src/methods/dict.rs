//! Methods of `dict` and its views.

use crate::builtins::{check_args, check_count, def_method};
use crate::types::dict::dict_of;
use crate::types::iter::{DictPart, DictViewObject, DICTVIEW_VT};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "dict", "get", get);
    def_method(vm, "dict", "keys", keys);
    def_method(vm, "dict", "values", values);
    def_method(vm, "dict", "items", items);
    def_method(vm, "dict", "pop", pop);
    def_method(vm, "dict", "popitem", popitem);
    def_method(vm, "dict", "setdefault", setdefault);
    def_method(vm, "dict", "update", update);
    def_method(vm, "dict", "copy", copy);
    def_method(vm, "dict", "clear", clear);
    crate::builtins::def_classmethod(vm, "dict", "fromkeys", fromkeys);
    def_method(vm, "dict_keys", "isdisjoint", isdisjoint);
    def_method(vm, "dict_items", "isdisjoint", isdisjoint);
}

/// `view.isdisjoint(other)`: no item of `other` is in the view.
fn isdisjoint<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "isdisjoint", 2, 2)?;
    let (view, other) = (args.pos[0], args.pos[1]);
    let items = vm.iterate(other)?;
    let found = vm.with_items(items, |vm, items| {
        for &x in items {
            if vm.contains(view, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    })?;
    Ok(vm.new_bool(!found))
}

fn this<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&d) if dict_of(d).is_some() => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to this object"
        ))),
    }
}

fn get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "get")?;
    check_args(vm, &args, "get", 2, 3)?;
    match vm.dict_get(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(args
            .pos
            .get(2)
            .map_or_else(|| vm.new_none(), |&x| vm.incref(x))),
    }
}

fn view<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    part: DictPart,
) -> PyResult<ObjRef> {
    let d = this(vm, args, name)?;
    check_args(vm, args, name, 1, 1)?;
    vm.alloc(
        &DICTVIEW_VT,
        DictViewObject {
            dict: vm.incref(d),
            part,
        },
    )
}

fn keys<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "keys", DictPart::Keys)
}
fn values<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "values", DictPart::Values)
}
fn items<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "items", DictPart::Items)
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 2, 3)?;
    match vm.dict_pop(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(&x) => Ok(vm.incref(x)),
            None => Err(vm.key_error(args.pos[1])),
        },
    }
}

fn popitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "popitem")?;
    check_args(vm, &args, "popitem", 1, 1)?;
    match dict_of(d).expect("dict").pop_last() {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty".to_string())),
    }
}

fn setdefault<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "setdefault")?;
    check_args(vm, &args, "setdefault", 2, 3)?;
    if let Some(v) = vm.dict_get(d, args.pos[1])? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).copied().unwrap_or(vm.none);
    vm.dict_set(d, args.pos[1], dflt)?;
    Ok(vm.incref(dflt))
}

fn update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "update")?;
    check_count(vm, args.len() - 1, "update", 0, 1)?;
    if let Some(&m) = args.pos.get(1) {
        vm.dict_update(d, m, false)?;
    }
    for (i, &k) in args.kwnames.iter().enumerate() {
        vm.dict_set(d, k, args.kwvals[i])?;
    }
    Ok(vm.new_none())
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 1, 1)?;
    vm.dict_copy(d)
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 1, 1)?;
    let entries = dict_of(d).expect("dict").take_all();
    let synced = vm.sync_account(d);
    vm.decref_all(entries.into_iter().flat_map(|e| [e.key, e.value]));
    synced.map(|_| vm.new_none())
}

/// `dict.fromkeys(iterable, value=None)` (called on the class or a dict).
fn fromkeys<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "fromkeys", 2, 3)?;
    let keys = vm.iterate_unsized(args.pos[1])?;
    let v = args.pos.get(2).copied().unwrap_or(vm.none);
    vm.with_items(keys, |vm, keys| {
        let d = vm.new_dict()?;
        vm.fill(d, |vm, d| {
            keys.iter().try_for_each(|&k| vm.dict_set(d, k, v))
        })
    })
}
