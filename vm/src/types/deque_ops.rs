//! The operators of `collections.deque` (`types/deque.rs`): its repr,
//! comparisons (item by item, as two lists compare), concatenation and
//! repetition.

use super::deque::{copy, deque_of, recv, short_name};
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::CmpOp;
use ouro_gc_core::{Collector, ObjRef};

/// `repr(d)`: `deque([...])` or `deque([...], maxlen=n)`, `[...]` inside
/// itself (CPython's `Py_ReprEnter`).
pub(super) fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__repr__", 0, 0)?;
    if vm.repr_stack.contains(&d) {
        return vm.new_str("[...]");
    }
    let dq = deque_of(d).expect("a deque");
    let l = vm.deque_as_list(d)?;
    vm.repr_stack.push(d);
    let r = vm.using(l, |vm, l| vm.repr_string(l));
    vm.repr_stack.pop();
    let name = short_name(vm.type_of(d));
    let text = match (r?, dq.maxlen()) {
        (r, None) => format!("{name}({r})"),
        (r, Some(m)) => format!("{name}({r}, maxlen={m})"),
    };
    vm.new_string(text)
}

/// A comparison of two deques, item by item as two lists compare;
/// NotImplemented when either is not a deque.
pub(super) fn compare<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    op: CmpOp,
) -> PyResult<ObjRef> {
    let d = recv(vm, args, name, 1, 1)?;
    let other = args.pos[1];
    if deque_of(other).is_none() {
        return Ok(vm.incref(vm.not_implemented));
    }
    let a = vm.deque_as_list(d)?;
    let b = match vm.with_roots(&[a], |vm| vm.deque_as_list(other)) {
        Ok(b) => b,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(a));
            return Err(e);
        }
    };
    let r = vm.with_roots(&[a, b], |vm| vm.compare(a, b, op));
    vm.decref_all([a, b]);
    r
}

macro_rules! comparisons {
    ($($f:ident => $op:ident),*) => {
        $(pub(super) fn $f<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            compare(vm, &args, concat!("__", stringify!($f), "__"), CmpOp::$op)
        })*
    };
}

comparisons!(eq => Eq, ne => Ne, lt => Lt, le => Le, gt => Gt, ge => Ge);

/// The repeat count of `d * n`, or None (NotImplemented) when `n` has no
/// `__index__`.
pub(super) fn repeat_count<C: Collector>(vm: &mut Vm<C>, n: ObjRef) -> PyResult<Option<i64>> {
    vm.index_i64_or(n, "OverflowError")
}

/// `d + other`: a copy extended by another deque.
pub(super) fn add<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__add__", 1, 1)?;
    let other = args.pos[1];
    if deque_of(other).is_none() {
        return Ok(vm.incref(vm.not_implemented));
    }
    let new = copy(vm, Args { pos: &[d], ..args })?;
    match vm.with_roots(&[new], |vm| vm.deque_extend(new, other, false)) {
        Ok(()) => Ok(new),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(new));
            Err(e)
        }
    }
}

pub(super) fn iadd<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__iadd__", 1, 1)?;
    vm.deque_extend(d, args.pos[1], false)?;
    Ok(vm.incref(d))
}

/// `d * n` and `n * d`: a copy repeated.
pub(super) fn mul<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(vm.incref(vm.not_implemented));
    };
    let new = copy(vm, Args { pos: &[d], ..args })?;
    match vm.with_roots(&[new], |vm| vm.deque_repeat_in_place(new, n)) {
        Ok(()) => Ok(new),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(new));
            Err(e)
        }
    }
}

pub(super) fn imul<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__imul__", 1, 1)?;
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(vm.incref(vm.not_implemented));
    };
    vm.deque_repeat_in_place(d, n)?;
    Ok(vm.incref(d))
}
