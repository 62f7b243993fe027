//! `_operator_native`: the C functions of CPython's `_operator` that its
//! `operator.py` takes over its Python definitions (ouro's `_operator`
//! module re-exports `operator`'s names). Native, as CPython's: a call makes no frame, so a
//! dunder it reaches (`operator.eq(a, b)` calling `a.__eq__`) sees the
//! references CPython's would, and the argument errors are the C ones
//! (`add expected 2 arguments, got 1`).

use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use ouro_gc_core::{Collector, ObjRef};

/// The `N` positional arguments of a `METH_FASTCALL` function
/// (`_PyArg_CheckPositional`), keywords refused.
fn positional<'a, C: Collector, const N: usize>(
    vm: &mut Vm<C>,
    args: &Args<'a>,
    name: &str,
) -> PyResult<[ObjRef; N]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    match <[ObjRef; N]>::try_from(args.pos) {
        Ok(a) => Ok(a),
        Err(_) => Err(vm.type_error(format!(
            "{name} expected {N} argument{}, got {}",
            if N == 1 { "" } else { "s" },
            args.pos.len()
        ))),
    }
}

/// The one argument of a `METH_O` function.
fn one<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    match args.pos {
        [a] => Ok(*a),
        _ => Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

macro_rules! binary {
    ($($name:ident => $op:expr, $inplace:expr;)*) => {$(
        fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            let [a, b] = positional(vm, &args, stringify!($name))?;
            vm.binary_op(a, b, $op, $inplace)
        }
    )*};
}

binary! {
    add => BinOp::Add, false; sub => BinOp::Sub, false; mul => BinOp::Mul, false;
    matmul => BinOp::MatMul, false; truediv => BinOp::TrueDiv, false;
    floordiv => BinOp::FloorDiv, false; r#mod => BinOp::Mod, false; lshift => BinOp::LShift, false;
    rshift => BinOp::RShift, false; and_ => BinOp::And, false; or_ => BinOp::Or, false;
    xor => BinOp::Xor, false; pow => BinOp::Pow, false;
    iadd => BinOp::Add, true; isub => BinOp::Sub, true; imul => BinOp::Mul, true;
    imatmul => BinOp::MatMul, true; itruediv => BinOp::TrueDiv, true;
    ifloordiv => BinOp::FloorDiv, true; imod => BinOp::Mod, true; ilshift => BinOp::LShift, true;
    irshift => BinOp::RShift, true; iand => BinOp::And, true; ior => BinOp::Or, true;
    ixor => BinOp::Xor, true; ipow => BinOp::Pow, true;
}

macro_rules! compare {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            let [a, b] = positional(vm, &args, stringify!($name))?;
            vm.compare(a, b, $op)
        }
    )*};
}

compare! {
    lt => CmpOp::Lt; le => CmpOp::Le; eq => CmpOp::Eq; ne => CmpOp::Ne; gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

macro_rules! unary {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            let a = one(vm, &args, stringify!($name))?;
            vm.unary_op(a, $op)
        }
    )*};
}

unary! {
    neg => UnaryOp::Negative; pos => UnaryOp::Positive; invert => UnaryOp::Invert;
    inv => UnaryOp::Invert;
}

fn truth<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = one(vm, &args, "truth")?;
    let t = vm.is_true(a)?;
    Ok(vm.new_bool(t))
}

fn not_<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = one(vm, &args, "not_")?;
    let t = vm.is_true(a)?;
    Ok(vm.new_bool(!t))
}

fn is_<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b] = positional(vm, &args, "is_")?;
    Ok(vm.new_bool(a == b))
}

fn is_not<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b] = positional(vm, &args, "is_not")?;
    Ok(vm.new_bool(a != b))
}

fn getitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b] = positional(vm, &args, "getitem")?;
    vm.getitem(a, b)
}

fn setitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b, c] = positional(vm, &args, "setitem")?;
    vm.setitem(a, b, c)?;
    Ok(vm.new_none())
}

fn delitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b] = positional(vm, &args, "delitem")?;
    vm.delitem(a, b)?;
    Ok(vm.new_none())
}

fn contains<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let [a, b] = positional(vm, &args, "contains")?;
    let r = vm.contains(a, b)?;
    Ok(vm.new_bool(r))
}

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    super::new_native_module(
        vm,
        "_operator_native",
        &[
            ("add", add),
            ("sub", sub),
            ("mul", mul),
            ("matmul", matmul),
            ("truediv", truediv),
            ("floordiv", floordiv),
            ("mod", r#mod),
            ("lshift", lshift),
            ("rshift", rshift),
            ("and_", and_),
            ("or_", or_),
            ("xor", xor),
            ("pow", pow),
            ("iadd", iadd),
            ("isub", isub),
            ("imul", imul),
            ("imatmul", imatmul),
            ("itruediv", itruediv),
            ("ifloordiv", ifloordiv),
            ("imod", imod),
            ("ilshift", ilshift),
            ("irshift", irshift),
            ("iand", iand),
            ("ior", ior),
            ("ixor", ixor),
            ("ipow", ipow),
            ("lt", lt),
            ("le", le),
            ("eq", eq),
            ("ne", ne),
            ("gt", gt),
            ("ge", ge),
            ("neg", neg),
            ("pos", pos),
            ("invert", invert),
            ("inv", inv),
            ("truth", truth),
            ("not_", not_),
            ("is_", is_),
            ("is_not", is_not),
            ("getitem", getitem),
            ("setitem", setitem),
            ("delitem", delitem),
            ("contains", contains),
        ],
    );
}
