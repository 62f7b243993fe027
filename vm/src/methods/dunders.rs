//! The dunder methods of builtin types as callable attributes
//! (`[1, 2].__len__()`, `(5).__add__(3)`, `super().__eq__(other)`): each
//! delegates to the vm's generic operation and, like CPython's slot
//! wrappers, answers `NotImplemented` for operand types it does not handle.

use crate::builtins::{check_args, def_method};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp};
use ouro_gc_core::{Collector, ObjRef};

const SEQUENCES: &[&str] = &[
    "list",
    "tuple",
    "str",
    "dict",
    "set",
    "frozenset",
    "range",
    "bytes",
];
const NUMBERS: &[&str] = &["int", "float"];
/// The builtin iterator types: `iter(it) is it`, `it.__next__()`.
const ITERATORS: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "iterator",
    "callable_iterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
];

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for &t in SEQUENCES {
        let common: &[(&'static str, NativeFn<C>)] = &[
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__getitem__", getitem),
        ];
        for &(name, f) in common {
            def_method(vm, t, name, f);
        }
    }
    for t in ["list", "dict"] {
        def_method(vm, t, "__setitem__", setitem);
        def_method(vm, t, "__delitem__", delitem);
    }
    for &t in SEQUENCES.iter().chain(NUMBERS) {
        def_method(vm, t, "__repr__", repr);
        def_method(vm, t, "__hash__", hash);
        let cmps: &[(&'static str, NativeFn<C>)] = &[
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ];
        for &(name, f) in cmps {
            def_method(vm, t, name, f);
        }
        let ops: &[(&'static str, NativeFn<C>)] = &[
            ("__add__", add),
            ("__sub__", sub),
            ("__mul__", mul),
            ("__truediv__", truediv),
            ("__floordiv__", floordiv),
            ("__mod__", modulo),
            ("__pow__", pow),
            ("__and__", and),
            ("__or__", or),
            ("__xor__", xor),
            ("__lshift__", lshift),
            ("__rshift__", rshift),
        ];
        for &(name, f) in ops {
            def_method(vm, t, name, f);
        }
    }
    for &t in ITERATORS {
        def_method(vm, t, "__iter__", iter_self);
        def_method(vm, t, "__next__", next);
    }
    for &t in NUMBERS {
        def_method(vm, t, "__neg__", neg);
        def_method(vm, t, "__abs__", abs);
        def_method(vm, t, "__bool__", boolean);
    }
}

fn len<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__len__", 1, 1)?;
    let n = vm.len(args.pos[0])?;
    vm.new_int_i64(n as i64)
}

fn contains<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__contains__", 2, 2)?;
    let r = vm.contains(args.pos[0], args.pos[1])?;
    Ok(vm.new_bool(r))
}

fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__iter__", 1, 1)?;
    vm.get_iter(args.pos[0])
}

fn getitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getitem__", 2, 2)?;
    vm.getitem(args.pos[0], args.pos[1])
}

fn setitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__setitem__", 3, 3)?;
    vm.setitem(args.pos[0], args.pos[1], args.pos[2])?;
    Ok(vm.new_none())
}

fn delitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__delitem__", 2, 2)?;
    vm.delitem(args.pos[0], args.pos[1])?;
    Ok(vm.new_none())
}

fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    vm.repr(args.pos[0])
}

fn hash<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__hash__", 1, 1)?;
    let h = vm.hash(args.pos[0])?;
    vm.new_int_i64(h)
}

fn compare<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    op: CmpOp,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 2, 2)?;
    match vm.builtin_compare(args.pos[0], args.pos[1], op)? {
        Some(r) => Ok(vm.new_bool(r)),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn eq<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__eq__", CmpOp::Eq)
}
fn ne<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__ne__", CmpOp::Ne)
}
fn lt<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__lt__", CmpOp::Lt)
}
fn le<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__le__", CmpOp::Le)
}
fn gt<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__gt__", CmpOp::Gt)
}
fn ge<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    compare(vm, &args, "__ge__", CmpOp::Ge)
}

fn binary<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, op: BinOp) -> PyResult<ObjRef> {
    check_args(vm, args, "operator", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if let Some(r) = vm.num_binop(a, b, op)? {
        return Ok(r);
    }
    match vm.seq_binop(a, b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

macro_rules! binary_dunders {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            binary(vm, &args, $op)
        })*
    };
}

binary_dunders! {
    add => BinOp::Add, sub => BinOp::Sub, mul => BinOp::Mul, truediv => BinOp::TrueDiv,
    floordiv => BinOp::FloorDiv, modulo => BinOp::Mod, pow => BinOp::Pow, and => BinOp::And,
    or => BinOp::Or, xor => BinOp::Xor, lshift => BinOp::LShift, rshift => BinOp::RShift,
}

fn neg<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__neg__", 1, 1)?;
    vm.unary_op(args.pos[0], ouro_compiler::bytecode::UnaryOp::Negative)
}

fn abs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__abs__", 1, 1)?;
    match vm.num_unary(args.pos[0], 'a')? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn boolean<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__bool__", 1, 1)?;
    let t = vm.is_true(args.pos[0])?;
    Ok(vm.new_bool(t))
}

fn iter_self<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__iter__", 1, 1)?;
    Ok(vm.incref(args.pos[0]))
}

/// An iterator's `__next__`: the next item, or StopIteration.
fn next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__next__", 1, 1)?;
    match vm.next(args.pos[0])? {
        Some(v) => Ok(v),
        None => crate::exceptions::make_exception(vm, "StopIteration", &[]).and_then(Err),
    }
}
