//! The dunder methods of builtin types as callable attributes
//! (`[1, 2].__len__()`, `(5).__add__(3)`, `super().__eq__(other)`): each
//! delegates to the vm's generic operation and, like CPython's slot
//! wrappers, answers `NotImplemented` for operand types it does not handle.

use crate::builtins::{check_args, def_method};
use crate::object::{layout_tag, ObjExt, Tag};
use crate::protocol::ops::number_rank;
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
    "bytearray",
];
const NUMBERS: &[&str] = &["int", "float"];
/// The builtin iterator types: `iter(it) is it`, `it.__next__()`.
const ITERATORS: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "iterator",
    "callable_iterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "itertools.permutations",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.product",
    "itertools.zip_longest",
    "_collections._deque_iterator",
    "_collections._deque_reverse_iterator",
];

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for &t in SEQUENCES {
        let common: &[(&'static str, NativeFn<C>)] = &[
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
        ];
        for &(name, f) in common {
            def_method(vm, t, name, f);
        }
        // Sets are not subscriptable: no `__getitem__` (a set subclass's
        // `s[k]` would otherwise find it and come back here).
        if !matches!(t, "set" | "frozenset") {
            def_method(vm, t, "__getitem__", getitem);
        }
    }
    for t in ["list", "dict", "bytearray"] {
        def_method(vm, t, "__setitem__", setitem);
        def_method(vm, t, "__delitem__", delitem);
    }
    def_method(vm, "bytearray", "__iadd__", iadd);
    def_method(vm, "bytearray", "__imul__", imul);
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
        // The binary operators the type has, as CPython's number and
        // sequence slots give them (`hasattr([], "__sub__")` is False).
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
        let has: &[&str] = match t {
            "int" => &[
                "__add__",
                "__sub__",
                "__mul__",
                "__truediv__",
                "__floordiv__",
                "__mod__",
                "__pow__",
                "__and__",
                "__or__",
                "__xor__",
                "__lshift__",
                "__rshift__",
            ],
            "float" => &[
                "__add__",
                "__sub__",
                "__mul__",
                "__truediv__",
                "__floordiv__",
                "__mod__",
                "__pow__",
            ],
            "str" | "bytes" | "bytearray" => &["__add__", "__mul__", "__mod__"],
            "list" | "tuple" => &["__add__", "__mul__"],
            "dict" => &["__or__"],
            "set" | "frozenset" => &["__and__", "__or__", "__xor__", "__sub__"],
            _ => &[],
        };
        for &(name, f) in ops.iter().filter(|(n, _)| has.contains(n)) {
            def_method(vm, t, name, f);
        }
    }
    for t in ["str", "bytes", "bytearray"] {
        def_method(vm, t, "__rmod__", rmod);
    }
    def_method(vm, "dict", "__ror__", ror);
    // The views: sized, iterable, reversible; keys and items are sets.
    for t in ["dict_keys", "dict_values", "dict_items"] {
        def_method(vm, t, "__len__", len);
        def_method(vm, t, "__iter__", iter);
        def_method(vm, t, "__reversed__", reversed);
        if t == "dict_values" {
            continue;
        }
        def_method(vm, t, "__contains__", contains);
        for (name, f) in [
            ("__and__", view_and as NativeFn<C>),
            ("__or__", view_or),
            ("__xor__", view_xor),
            ("__sub__", view_sub),
            ("__rand__", view_rand),
            ("__ror__", view_ror),
            ("__rxor__", view_rxor),
            ("__rsub__", view_rsub),
        ] {
            def_method(vm, t, name, f);
        }
    }
    for t in ["list", "dict", "range"] {
        def_method(vm, t, "__reversed__", reversed);
    }
    def_method(vm, "range", "__bool__", boolean);
    def_method(vm, "type", "__or__", type_or);
    def_method(vm, "type", "__ror__", type_ror);
    for t in ["set", "frozenset"] {
        for (name, f) in [
            ("__rand__", rand as NativeFn<C>),
            ("__ror__", ror),
            ("__rxor__", rxor),
            ("__rsub__", rsub),
        ] {
            def_method(vm, t, name, f);
        }
    }
    for &t in ITERATORS {
        def_method(vm, t, "__iter__", iter_self);
        def_method(vm, t, "__next__", next);
        if !matches!(
            t,
            "callable_iterator"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "itertools.permutations"
                | "itertools.combinations"
                | "itertools.combinations_with_replacement"
                | "itertools.product"
                | "itertools.zip_longest"
        ) {
            def_method(vm, t, "__length_hint__", length_hint);
        }
    }
    for &t in NUMBERS {
        def_method(vm, t, "__neg__", neg);
        def_method(vm, t, "__pos__", pos);
        def_method(vm, t, "__abs__", abs);
        def_method(vm, t, "__bool__", boolean);
        def_method(vm, t, "__int__", to_int);
        def_method(vm, t, "__float__", to_float);
        def_method(vm, t, "__divmod__", divmod);
        def_method(vm, t, "__rdivmod__", rdivmod);
        let rops: &[(&'static str, NativeFn<C>)] = &[
            ("__radd__", radd),
            ("__rsub__", rsub),
            ("__rmul__", rmul),
            ("__rtruediv__", rtruediv),
            ("__rfloordiv__", rfloordiv),
            ("__rmod__", rmod),
            ("__rpow__", rpow),
        ];
        for &(name, f) in rops {
            def_method(vm, t, name, f);
        }
    }
    // complex: the arithmetic and comparisons it has (no ordering, no //
    // or %, no int/float conversion).
    let complex_ops: &[(&'static str, NativeFn<C>)] = &[
        ("__repr__", repr),
        ("__hash__", hash),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__add__", add),
        ("__sub__", sub),
        ("__mul__", mul),
        ("__truediv__", truediv),
        ("__pow__", pow),
        ("__radd__", radd),
        ("__rsub__", rsub),
        ("__rmul__", rmul),
        ("__rtruediv__", rtruediv),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", boolean),
    ];
    for &(name, f) in complex_ops {
        def_method(vm, "complex", name, f);
    }
    def_method(vm, "int", "__index__", to_int);
    def_method(vm, "int", "__invert__", invert);
    let int_rops: &[(&'static str, NativeFn<C>)] = &[
        ("__rand__", rand),
        ("__ror__", ror),
        ("__rxor__", rxor),
        ("__rlshift__", rlshift),
        ("__rrshift__", rrshift),
    ];
    for &(name, f) in int_rops {
        def_method(vm, "int", name, f);
    }
    for t in ["int", "float", "str"] {
        def_method(vm, t, "__format__", format);
    }
    def_method(vm, "str", "__str__", str_str);
    def_method(vm, "list", "__iadd__", iadd);
    def_method(vm, "list", "__imul__", imul);
    def_method(vm, "list", "__len__", len);
    for (name, f) in [
        ("__ior__", ior as NativeFn<C>),
        ("__iand__", iand),
        ("__isub__", isub),
        ("__ixor__", ixor),
    ] {
        def_method(vm, "set", name, f);
    }
    def_method(vm, "dict", "__ior__", ior);
    for t in ["list", "tuple", "str", "bytes", "bytearray"] {
        def_method(vm, t, "__rmul__", rmul);
    }
    // CPython's mutable containers are unhashable by `__hash__ = None`.
    for t in ["list", "dict", "set", "bytearray"] {
        let d = vm
            .types
            .get(t)
            .payload::<crate::types::typeobj::TypeObject>()
            .dict;
        let none = vm.none;
        vm.dict_set_str(d, "__hash__", none)
            .expect("heap at start-up");
    }
}

fn len<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__len__", 1, 1)?;
    let o = args.pos[0];
    let n = vm.len_as(o, layout_tag(o))?;
    vm.new_int_i64(n as i64)
}

fn contains<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__contains__", 2, 2)?;
    let o = args.pos[0];
    let r = vm.contains_as(o, args.pos[1], layout_tag(o))?;
    Ok(vm.new_bool(r))
}

fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__iter__", 1, 1)?;
    let o = args.pos[0];
    vm.get_iter_as(o, layout_tag(o))
}

/// `dict_keys.__and__` and the other set operators of the keys and items
/// views (reflected: the view is the right operand).
fn view_op<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    op: BinOp,
    reflected: bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, "operator", 2, 2)?;
    let (a, b) = if reflected {
        (args.pos[1], args.pos[0])
    } else {
        (args.pos[0], args.pos[1])
    };
    match vm.view_binop(a, b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

macro_rules! view_ops {
    ($($name:ident => $op:ident, $reflected:literal;)*) => {
        $(
            fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
                view_op(vm, &args, BinOp::$op, $reflected)
            }
        )*
    };
}
view_ops! {
    view_and => And, false;
    view_or => Or, false;
    view_xor => Xor, false;
    view_sub => Sub, false;
    view_rand => And, true;
    view_ror => Or, true;
    view_rxor => Xor, true;
    view_rsub => Sub, true;
}

fn reversed<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__reversed__", 1, 1)?;
    let o = args.pos[0];
    match crate::types::iter_ctors::reversed_builtin(vm, o, layout_tag(o)) {
        Some(r) => r,
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object is not reversible")))
        }
    }
}

fn getitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getitem__", 2, 2)?;
    let o = args.pos[0];
    vm.getitem_as(o, args.pos[1], layout_tag(o))
}

fn setitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__setitem__", 3, 3)?;
    let o = args.pos[0];
    vm.setitem_as(o, args.pos[1], args.pos[2], layout_tag(o))?;
    Ok(vm.new_none())
}

fn delitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__delitem__", 2, 2)?;
    let o = args.pos[0];
    vm.delitem_as(o, args.pos[1], layout_tag(o))?;
    Ok(vm.new_none())
}

/// Every builtin type has its own `__repr__` (CPython's `tp_repr`): one
/// without a method of its own gets the wrapper of its layout's repr, so
/// `None.__repr__()` is 'None', not `object.__repr__`'s `<... object at>`.
pub fn register_reprs<C: Collector>(vm: &mut Vm<C>) {
    let mut names: Vec<&'static str> = vm.types.by_name.keys().copied().collect();
    names.sort_unstable();
    for name in names {
        let t = vm
            .types
            .get(name)
            .payload::<crate::types::typeobj::TypeObject>();
        let has = crate::protocol::attr::dict_get_str_key(t.dict, vm.names.repr).is_some();
        // (Exceptions and `object` have their own; instances of a type
        // without a layout of its own are `object.__repr__`'s.)
        let own_layout = matches!(t.layout, crate::types::typeobj::InstanceLayout::Builtin(_));
        if own_layout && !has {
            def_method(vm, name, "__repr__", repr);
        }
    }
}

fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    vm.builtin_repr_object(args.pos[0])
}

/// `str.__str__`: the text itself, as an exact str.
fn str_str<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__str__", 1, 1)?;
    let o = args.pos[0];
    if o.tag() == Tag::Str {
        return Ok(vm.incref(o));
    }
    let s = crate::types::str::str_of(o).unwrap_or("").to_string();
    vm.new_string(s)
}

fn format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__format__", 2, 2)?;
    let Some(spec) = crate::types::str::str_of(args.pos[1]) else {
        let tn = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    let spec = spec.to_string();
    vm.format_builtin(args.pos[0], &spec)
}

fn hash<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__hash__", 1, 1)?;
    let o = args.pos[0];
    let h = vm.hash_as(o, layout_tag(o))?;
    vm.new_int_i64(h)
}

/// Can a builtin type's comparison answer for this pair of layouts (else
/// its dunder says NotImplemented, as CPython's slots do)?
fn comparable(ta: Tag, tb: Tag) -> bool {
    // int compares with ints only, float with ints and floats, complex
    // with all three (CPython's long, float and complex richcompare).
    let numbers = matches!((number_rank(ta), number_rank(tb)), (Some(x), Some(y)) if y <= x);
    let bytes = |t| matches!(t, Tag::Bytes | Tag::Bytearray);
    let set = |t| matches!(t, Tag::Set | Tag::FrozenSet);
    numbers
        || (bytes(ta) && bytes(tb))
        || (set(ta) && set(tb))
        || (ta == tb
            && matches!(
                ta,
                Tag::Str | Tag::List | Tag::Tuple | Tag::Dict | Tag::Range
            ))
        || ta == Tag::DictView
        || tb == Tag::DictView
}

fn compare<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    op: CmpOp,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let tags = (layout_tag(a), layout_tag(b));
    if !comparable(tags.0, tags.1) {
        return Ok(vm.incref(vm.not_implemented));
    }
    match vm.builtin_compare_as(a, b, op, tags)? {
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
    if crate::protocol::ops::wider_number(args.pos[0], args.pos[1]) {
        return Ok(vm.incref(vm.not_implemented));
    }
    match vm.builtin_binop(args.pos[0], args.pos[1], op)? {
        Some(r) => Ok(r),
        // A sequence's `__add__`/`__mul__` is its `sq_concat`/`sq_repeat`,
        // which raises rather than declining (`"a".__add__(1)`).
        None if matches!(args.pos[0].tag(), Tag::Str | Tag::List | Tag::Tuple) => match op {
            // `sq_repeat`'s wrapper takes the count by `__index__`.
            BinOp::Mul => {
                let tn = vm.type_name(args.pos[1]);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
            _ => match vm.sequence_op_error(args.pos[0], args.pos[1], op) {
                Some(e) => Err(e),
                None => Ok(vm.incref(vm.not_implemented)),
            },
        },
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// `type.__or__(a, b)`: `a | b` as a `types.UnionType` (or
/// NotImplemented when either side is not a class, None or a union).
fn type_or<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__or__", 2, 2)?;
    vm.type_union(args.pos[0], args.pos[1])
}

fn type_ror<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__ror__", 2, 2)?;
    vm.type_union(args.pos[1], args.pos[0])
}

/// A reflected operator (`int.__radd__(a, b)` is `b + a` as int does it).
fn reflected<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, op: BinOp) -> PyResult<ObjRef> {
    check_args(vm, args, "operator", 2, 2)?;
    let (recv, other) = (args.pos[0], args.pos[1]);
    if crate::protocol::ops::wider_number(recv, other) {
        return Ok(vm.incref(vm.not_implemented));
    }
    match vm.builtin_binop_of(recv, other, recv, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// An in-place operator of a mutable builtin (`list.__iadd__`).
fn inplace<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, op: BinOp) -> PyResult<ObjRef> {
    check_args(vm, args, "operator", 2, 2)?;
    let a = args.pos[0];
    match vm.inplace_builtin_as(a, args.pos[1], op, layout_tag(a))? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

macro_rules! binary_dunders {
    ($kind:ident: $($name:ident => $op:expr),* $(,)?) => {
        $(fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            $kind(vm, &args, $op)
        })*
    };
}

binary_dunders! { binary:
    add => BinOp::Add, sub => BinOp::Sub, mul => BinOp::Mul, truediv => BinOp::TrueDiv,
    floordiv => BinOp::FloorDiv, modulo => BinOp::Mod, pow2 => BinOp::Pow, and => BinOp::And,
    or => BinOp::Or, xor => BinOp::Xor, lshift => BinOp::LShift, rshift => BinOp::RShift,
}
binary_dunders! { reflected:
    radd => BinOp::Add, rsub => BinOp::Sub, rmul => BinOp::Mul, rtruediv => BinOp::TrueDiv,
    rfloordiv => BinOp::FloorDiv, rmod => BinOp::Mod, rpow2 => BinOp::Pow, rand => BinOp::And,
    ror => BinOp::Or, rxor => BinOp::Xor, rlshift => BinOp::LShift, rrshift => BinOp::RShift,
}
/// `__pow__(self, other, mod=None)`: with a modulus, `pow(self, other,
/// mod)` as the receiver's type does it.
fn pow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    ternary_pow(vm, args, false)
}

/// `__rpow__(self, other, mod=None)`: `pow(other, self, mod)`.
fn rpow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    ternary_pow(vm, args, true)
}

fn ternary_pow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>, reflected: bool) -> PyResult<ObjRef> {
    let m = match args.pos.get(2) {
        Some(&m) if m != vm.none && args.pos.len() == 3 => m,
        _ => {
            let two = Args {
                pos: &args.pos[..args.pos.len().min(2)],
                ..args
            };
            if args.pos.len() > 3 {
                check_args(vm, &args, "operator", 2, 3)?;
            }
            return if reflected {
                rpow2(vm, two)
            } else {
                pow2(vm, two)
            };
        }
    };
    let (recv, other) = (args.pos[0], args.pos[1]);
    let (base, exp) = if reflected {
        (other, recv)
    } else {
        (recv, other)
    };
    let ints = [base, exp, m].map(crate::types::scalar::int_of);
    if let [Some(b), Some(e), Some(m)] = ints {
        return match crate::text::int_ops::pow_mod(&b.to_big(), &e.to_big(), &m.to_big()) {
            Ok(v) => vm.new_bigint(v),
            Err(e) => Err(vm.int_error(e)),
        };
    }
    if layout_tag(recv) == Tag::Float {
        return Err(vm.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".to_string(),
        ));
    }
    Ok(vm.incref(vm.not_implemented))
}

binary_dunders! { inplace:
    iadd => BinOp::Add, imul => BinOp::Mul, ior => BinOp::Or, iand => BinOp::And,
    isub => BinOp::Sub, ixor => BinOp::Xor,
}

fn unary<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str, op: char) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let o = args.pos[0];
    match vm.num_unary_as(o, op, layout_tag(o))? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn neg<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    unary(vm, &args, "__neg__", '-')
}
fn pos<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.len() == 1 && crate::types::scalar::is_exact_number(args.pos[0]) {
        return Ok(vm.incref(args.pos[0]));
    }
    unary(vm, &args, "__pos__", '+')
}
fn invert<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    unary(vm, &args, "__invert__", '~')
}
fn abs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    // `long_abs` of a non-negative exact int is the int itself.
    if let [o] = args.pos[..] {
        if o.tag() == Tag::Int && !crate::types::scalar::int_of(o).is_some_and(|i| i.is_negative())
        {
            return Ok(vm.incref(o));
        }
    }
    unary(vm, &args, "__abs__", 'a')
}

/// The exact int of `o`, an int or an instance of an int subclass.
pub(crate) fn exact_int<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    match crate::protocol::numeric::num_as(o, layout_tag(o)) {
        Some(crate::protocol::numeric::Num::Int(i)) => vm.new_int(i),
        _ => Err(vm.type_error("an int is required".to_string())),
    }
}

/// The exact float of `o`, a float or an instance of a float subclass.
pub(crate) fn exact_float<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    match crate::protocol::numeric::num_as(o, layout_tag(o)) {
        Some(crate::protocol::numeric::Num::Float(f)) => vm.new_float(f),
        _ => Err(vm.type_error("a float is required".to_string())),
    }
}

/// `int.__int__`/`__index__`/`__float__`, `float.__int__`/`__float__`:
/// the exact builtin value of a number (of a subclass instance too).
fn to_int<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__int__", 1, 1)?;
    let o = args.pos[0];
    if o.tag() == Tag::Int {
        return Ok(vm.incref(o));
    }
    match crate::protocol::numeric::num_as(o, layout_tag(o)) {
        Some(crate::protocol::numeric::Num::Int(i)) => vm.new_int(i),
        Some(crate::protocol::numeric::Num::Float(f)) => {
            match crate::text::float_ops::float_to_bigint(f) {
                Ok(b) => vm.new_bigint(b),
                Err(e) => Err(vm.float_error(e)),
            }
        }
        None => Ok(vm.incref(vm.not_implemented)),
    }
}
fn to_float<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__float__", 1, 1)?;
    let o = args.pos[0];
    // An exact float is its own `__float__` (`float___float___impl`).
    if o.tag() == Tag::Float {
        return Ok(vm.incref(o));
    }
    match crate::protocol::numeric::num_as(o, layout_tag(o)) {
        Some(crate::protocol::numeric::Num::Int(i)) => {
            let f = vm.int_to_f64(i)?;
            vm.new_float(f)
        }
        Some(crate::protocol::numeric::Num::Float(f)) => vm.new_float(f),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// `divmod(a, b)` as int and float do it, looking through subclass
/// instances; `None` when either is not a number.
pub(crate) fn num_divmod<C: Collector>(
    vm: &mut Vm<C>,
    a: ObjRef,
    b: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let tags = (layout_tag(a), layout_tag(b));
    if crate::protocol::numeric::num_as(a, tags.0).is_none()
        || crate::protocol::numeric::num_as(b, tags.1).is_none()
    {
        return Ok(None);
    }
    let q = vm.builtin_binop(a, b, BinOp::FloorDiv)?.expect("numbers");
    let r = match vm.with_roots(&[q], |vm| vm.builtin_binop(a, b, BinOp::Mod)) {
        Ok(r) => r.expect("numbers"),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(q));
            return Err(e);
        }
    };
    vm.new_tuple(vec![q, r]).map(Some)
}

fn divmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__divmod__", 2, 2)?;
    if crate::protocol::ops::wider_number(args.pos[0], args.pos[1]) {
        return Ok(vm.incref(vm.not_implemented));
    }
    let r = num_divmod(vm, args.pos[0], args.pos[1])?;
    Ok(r.unwrap_or_else(|| vm.incref(vm.not_implemented)))
}

fn rdivmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__rdivmod__", 2, 2)?;
    if crate::protocol::ops::wider_number(args.pos[0], args.pos[1]) {
        return Ok(vm.incref(vm.not_implemented));
    }
    let r = num_divmod(vm, args.pos[1], args.pos[0])?;
    Ok(r.unwrap_or_else(|| vm.incref(vm.not_implemented)))
}

fn boolean<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__bool__", 1, 1)?;
    let o = args.pos[0];
    let t = vm.is_true_as(o, layout_tag(o))?;
    Ok(vm.new_bool(t))
}

fn iter_self<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__iter__", 1, 1)?;
    Ok(vm.incref(args.pos[0]))
}

/// A builtin iterator's `__length_hint__`: the items left. A `__getitem__`
/// iterator asks its sequence's `len()` (NotImplemented when it has none,
/// as CPython's `iter_len`).
fn length_hint<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__length_hint__", 1, 1)?;
    let it = args.pos[0];
    if layout_tag(it) != Tag::Iter {
        // (`check_receiver` refuses other objects before this runs.)
        return Ok(vm.incref(vm.not_implemented));
    }
    if let Some(n) = crate::types::iter::remaining(it) {
        return vm.new_int_i64(n as i64);
    }
    // (A `reversed` object: its position, unless the sequence is now
    // shorter, as CPython's `reversed_len`.)
    let (seq, index, reversed) = match &*it
        .payload::<crate::types::iter::IterObject>()
        .state
        .borrow()
    {
        crate::types::iter::IterState::GetItem { seq, index } => (*seq, *index, None),
        crate::types::iter::IterState::ReversedGetItem { seq, index } => (*seq, 0, Some(index + 1)),
        _ => (None, 0, None),
    };
    let Some(seq) = seq else {
        return vm.new_int_i64(0);
    };
    if let Some(position) = reversed {
        let seq = vm.incref(seq);
        let n = vm.len(seq);
        vm.decref(seq);
        let n = n? as isize;
        return vm.new_int_i64(if n < position { 0 } else { position } as i64);
    }
    let seq = vm.incref(seq);
    let n = vm.len(seq);
    vm.decref(seq);
    let n = match n {
        Ok(n) => Some(n),
        Err(e) if vm.is_instance_of_name(e, "TypeError") => {
            vm.decref(e);
            None
        }
        Err(e) => return Err(e),
    };
    match n {
        Some(n) => vm.new_int_i64(n.saturating_sub(index) as i64),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// An iterator's `__next__`: the next item, or StopIteration.
fn next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__next__", 1, 1)?;
    let it = args.pos[0];
    // (An instance of a class derived from `map`, `zip`, ...: the
    // builtin step, which `vm.next` would send back here.)
    let step = if it.get::<crate::types::iter::IterObject>().is_some() {
        crate::protocol::iterators::builtin_next(vm, it)?
    } else {
        vm.next(it)?
    };
    match step {
        Some(v) => Ok(v),
        None => crate::interp::exceptions::make_exception(vm, "StopIteration", &[]).and_then(Err),
    }
}
