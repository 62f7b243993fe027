//! Methods of `set` and `frozenset`.

use crate::builtins::{check_args, def_method};
use crate::object::Tag;
use crate::types::set::set_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::BinOp;
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for t in ["set", "frozenset"] {
        def_method(vm, t, "union", union);
        def_method(vm, t, "intersection", intersection);
        def_method(vm, t, "difference", difference);
        def_method(vm, t, "symmetric_difference", symmetric_difference);
        def_method(vm, t, "issubset", issubset);
        def_method(vm, t, "issuperset", issuperset);
        def_method(vm, t, "isdisjoint", isdisjoint);
        def_method(vm, t, "copy", copy);
    }
    def_method(vm, "set", "add", add);
    def_method(vm, "set", "discard", discard);
    def_method(vm, "set", "remove", remove);
    def_method(vm, "set", "pop", pop);
    def_method(vm, "set", "clear", clear);
    def_method(vm, "set", "update", update);
    def_method(vm, "set", "intersection_update", intersection_update);
    def_method(vm, "set", "difference_update", difference_update);
    def_method(
        vm,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

fn this<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&s) if set_of(s).is_some() => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to this object"
        ))),
    }
}

/// A set holding the items of `o` (a new reference; `o` itself if it is a set).
fn as_set<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    if set_of(o).is_some() {
        return Ok(vm.incref(o));
    }
    vm.set_from(o, false)
}

/// Fold `op` over the method's arguments, starting from a copy of self.
fn fold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>, name: &str, op: BinOp) -> PyResult<ObjRef> {
    let s = this(vm, &args, name)?;
    let frozen = crate::object::layout_tag(s) == Tag::FrozenSet;
    let mut acc = vm.set_from(s, frozen)?;
    for &o in &args.pos[1..] {
        let other = match vm.with_roots(&[acc], |vm| as_set(vm, o)) {
            Ok(x) => x,
            Err(e) => {
                vm.decref(acc);
                return Err(e);
            }
        };
        let r = vm.with_roots(&[acc, other], |vm| vm.set_binop(acc, other, op));
        vm.decref(other);
        vm.decref(acc);
        acc = r?;
    }
    Ok(acc)
}

fn union<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    fold(vm, args, "union", BinOp::Or)
}
fn intersection<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    fold(vm, args, "intersection", BinOp::And)
}
fn difference<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    fold(vm, args, "difference", BinOp::Sub)
}
fn symmetric_difference<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "symmetric_difference", 2, 2)?;
    fold(vm, args, "symmetric_difference", BinOp::Xor)
}

fn relation<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    sub: bool,
) -> PyResult<ObjRef> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 2, 2)?;
    let other = as_set(vm, args.pos[1])?;
    let r = vm.using(other, |vm, other| {
        if sub {
            vm.set_is_subset(s, other)
        } else {
            vm.set_is_subset(other, s)
        }
    });
    Ok(vm.new_bool(r?))
}

fn issubset<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    relation(vm, args, "issubset", true)
}
fn issuperset<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    relation(vm, args, "issuperset", false)
}

fn isdisjoint<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "isdisjoint")?;
    check_args(vm, &args, "isdisjoint", 2, 2)?;
    let items = vm.iterate(args.pos[1])?;
    let base = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(&items);
    let mut r = Ok(true);
    for &x in &items {
        match vm.set_contains(s, x) {
            Ok(true) => {
                r = Ok(false);
                break;
            }
            Ok(false) => {}
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.temp_roots.truncate(base);
    vm.decref_all(items);
    Ok(vm.new_bool(r?))
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 1, 1)?;
    if crate::object::layout_tag(s) == Tag::FrozenSet {
        return Ok(vm.incref(s));
    }
    vm.set_from(s, false)
}

fn add<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "add")?;
    check_args(vm, &args, "add", 2, 2)?;
    vm.set_add(s, args.pos[1])?;
    Ok(vm.new_none())
}

fn discard<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "discard")?;
    check_args(vm, &args, "discard", 2, 2)?;
    vm.set_discard(s, args.pos[1])?;
    Ok(vm.new_none())
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "remove")?;
    check_args(vm, &args, "remove", 2, 2)?;
    if vm.set_discard(s, args.pos[1])? {
        Ok(vm.new_none())
    } else {
        Err(vm.key_error(args.pos[1]))
    }
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 1, 1)?;
    match set_of(s).expect("set").pop() {
        Some(k) => Ok(k),
        None => Err(vm.new_error("KeyError", "pop from an empty set".to_string())),
    }
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 1, 1)?;
    let keys = set_of(s).expect("set").take_all();
    vm.sync_account(s)?;
    vm.decref_all(keys);
    Ok(vm.new_none())
}

fn update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "update")?;
    for &o in &args.pos[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.new_none())
}

fn inplace<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    op: BinOp,
) -> PyResult<ObjRef> {
    let s = this(vm, &args, name)?;
    for &o in &args.pos[1..] {
        let other = as_set(vm, o)?;
        vm.using(other, |vm, other| vm.set_inplace(s, other, op))?;
    }
    Ok(vm.new_none())
}

fn intersection_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    inplace(vm, args, "intersection_update", BinOp::And)
}
fn difference_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    inplace(vm, args, "difference_update", BinOp::Sub)
}
fn symmetric_difference_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    inplace(vm, args, "symmetric_difference_update", BinOp::Xor)
}
