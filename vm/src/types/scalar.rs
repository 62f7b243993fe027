//! Atoms: None, NotImplemented, Ellipsis, bool, int, float, range, slice
//! (slice and range hold references, to ints or any object).

use crate::builtins::{arg_i64, check_args, def_method};
use crate::object::{atom_vtable, layout_drop, layout_size, ObjExt, Payload, Tag};
use crate::payload;
use crate::protocol::numeric::{num_of, Num};
use crate::text::float_ops;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};

/// The payload of None, NotImplemented, Ellipsis and the NULL sentinel.
pub struct Singleton;
pub static NONE_VT: TypeVTable = atom_vtable::<Singleton>("NoneType", Tag::None);
pub static NOTIMPL_VT: TypeVTable =
    atom_vtable::<Singleton>("NotImplementedType", Tag::NotImplemented);
pub static ELLIPSIS_VT: TypeVTable = atom_vtable::<Singleton>("ellipsis", Tag::Ellipsis);
pub static NULL_VT: TypeVTable = atom_vtable::<Singleton>("NULL", Tag::Null);

/// A Python int's value, borrowed from its object: a machine word while it
/// fits, a big integer beyond. Normalised: `Big` never holds a value that
/// fits in an `i64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> Int<'a> {
    pub fn to_big(self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as a big integer, borrowed when it is one (arithmetic on
    /// big operands then copies neither).
    pub fn as_big(self) -> std::borrow::Cow<'a, BigInt> {
        match self {
            Int::Small(v) => std::borrow::Cow::Owned(BigInt::from(v)),
            Int::Big(b) => std::borrow::Cow::Borrowed(b),
        }
    }

    pub fn as_i64(self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(v),
            Int::Big(_) => None,
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            Int::Small(v) => v < 0,
            Int::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }

    /// How many 30-bit digits CPython stores for the magnitude, and the
    /// most significant one (0 for zero).
    pub fn digits30(self) -> (u64, u64) {
        use num_traits::ToPrimitive;
        let (bits, top) = match self {
            Int::Small(v) => {
                let m = v.unsigned_abs();
                let bits = u64::from(64 - m.leading_zeros());
                (bits, bits.checked_sub(1).map_or(0, |b| m >> (b / 30 * 30)))
            }
            Int::Big(b) => {
                let bits = b.bits();
                let top = bits.checked_sub(1).map_or(0, |t| {
                    (b.magnitude() >> (t / 30 * 30) as usize)
                        .to_u64()
                        .unwrap_or(0)
                });
                (bits, top)
            }
        };
        (bits.div_ceil(30), top)
    }

    /// Is `self % m` the dividend itself in CPython (`long_rem`'s
    /// shortcut): not two one-digit ints (`fast_mod`), fewer digits than
    /// `m` or as many with a smaller top one, and the same sign (`l_mod`
    /// adds `m` otherwise)?
    pub fn rem_is_self(self, m: Int<'_>) -> bool {
        let ((na, ta), (nb, tb)) = (self.digits30(), m.digits30());
        nb != 0
            && !(na == 1 && nb == 1)
            && (na < nb || (na == nb && ta < tb))
            && (na == 0 || self.is_negative() == m.is_negative())
    }
}

/// The payload of int and bool objects that fit in a machine word (bool
/// is an int subclass): 8 bytes, so such an int takes 24 (CPython's 28).
pub struct IntObject(pub i64);
pub static INT_VT: TypeVTable = crate::object::plain_atom_vtable::<IntObject>("int", Tag::Int);
pub static BOOL_VT: TypeVTable = crate::object::plain_atom_vtable::<IntObject>("bool", Tag::Bool);
impl Payload for IntObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &INT_VT)
            || std::ptr::eq(vt, &BOOL_VT)
            || std::ptr::eq(vt, &super::subclass::INT_SUB_VT)
    }
}

/// The payload of an int beyond an `i64` (normalised: never one that
/// fits). Its digits are a buffer of its own, counted by `getsizeof` and
/// against the heap limit.
pub struct BigIntObject(pub BigInt);
fn bigint_digits(o: ObjRef) -> usize {
    let b = &crate::object::vt_payload::<BigIntObject>(o).0;
    b.bits().div_ceil(64) as usize * 8
}
pub static BIGINT_VT: TypeVTable = TypeVTable {
    extra_size: bigint_digits,
    accounted_bytes: bigint_digits,
    ..atom_vtable::<BigIntObject>("int", Tag::Int)
};
payload!(BigIntObject, BIGINT_VT, super::subclass::BIGINT_SUB_VT);

pub struct FloatObject(pub f64);
pub static FLOAT_VT: TypeVTable =
    crate::object::plain_atom_vtable::<FloatObject>("float", Tag::Float);
payload!(FloatObject, FLOAT_VT, super::subclass::FLOAT_SUB_VT);

/// Give the exact int `i` the value `v`, outside the small ints' range
/// (which are shared): `overwrite_float`'s counterpart for ints.
///
/// # Safety
/// As for `overwrite_float`, with `INT_VT` for `FLOAT_VT`.
pub(crate) unsafe fn overwrite_int(i: ObjRef, v: i64) {
    debug_assert!(std::ptr::eq(i.vtable(), &INT_VT), "an exact machine int");
    debug_assert_eq!(i.refcnt(), 1, "an int only the caller holds");
    debug_assert!(!(-5..=256).contains(&v), "a small int is shared");
    // SAFETY: as in `overwrite_float`: the payload of an `INT_VT` object
    // is an `IntObject`, which nothing else reads or writes now.
    unsafe { (i.payload_ptr() as *mut IntObject).write(IntObject(v)) }
}

/// Give the exact float `f` the value `v`: arithmetic whose operand is a
/// dying temporary writes its result there instead of making a float and
/// freeing the operand (a program cannot tell: nothing else can reach the
/// temporary, and a float has no finalizer and no weak references).
///
/// # Safety
/// The caller's reference is the only one to `f` (its count is 1), so no
/// other code can reach the float, let alone hold a `&FloatObject` into
/// it across this write; `f`'s layout is `FLOAT_VT`.
pub(crate) unsafe fn overwrite_float(f: ObjRef, v: f64) {
    debug_assert!(std::ptr::eq(f.vtable(), &FLOAT_VT), "an exact float");
    debug_assert_eq!(f.refcnt(), 1, "a float only the caller holds");
    // SAFETY: the payload of a `FLOAT_VT` object is a `FloatObject` right
    // after the header (`payload_ptr`), which nothing else reads or writes
    // now, by the caller's guarantee above.
    unsafe { (f.payload_ptr() as *mut FloatObject).write(FloatObject(v)) }
}

/// `range(start, stop, step)`: the three bounds are int objects.
pub struct RangeObject {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

fn range_traverse(o: ObjRef, visit: Visit<'_>) {
    let r = crate::object::vt_payload::<RangeObject>(o);
    visit(r.start);
    visit(r.stop);
    visit(r.step);
}
fn range_clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let r = crate::object::vt_payload::<RangeObject>(o);
    out.extend([r.start, r.stop, r.step]);
}
pub static RANGE_VT: TypeVTable = TypeVTable {
    name: "range",
    tag: Tag::Range as u32,
    size: layout_size::<RangeObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse: range_traverse,
    clear: range_clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<RangeObject>,
    is_container: false,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
payload!(RangeObject, RANGE_VT);

/// `slice(start, stop, step)`, any objects.
pub struct SliceObject {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}
fn slice_traverse(o: ObjRef, visit: Visit<'_>) {
    let r = crate::object::vt_payload::<SliceObject>(o);
    visit(r.start);
    visit(r.stop);
    visit(r.step);
}
fn slice_clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    let r = crate::object::vt_payload::<SliceObject>(o);
    out.extend([r.start, r.stop, r.step]);
}
pub static SLICE_VT: TypeVTable = TypeVTable {
    name: "slice",
    tag: Tag::Slice as u32,
    size: layout_size::<SliceObject>,
    extra_size: |_| 0,
    accounted_bytes: |_| 0,
    traverse: slice_traverse,
    clear: slice_clear,
    gc_clear: ouro_gc_core::vtable::no_clear,
    drop_payload: layout_drop::<SliceObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
payload!(SliceObject, SLICE_VT);

/// The value of `o` if it is a bool or an int.
#[inline]
pub fn int_of<'a>(o: ObjRef) -> Option<Int<'a>> {
    if let Some(i) = o.get::<IntObject>() {
        return Some(Int::Small(i.0));
    }
    o.get::<BigIntObject>().map(|b| Int::Big(&b.0))
}

// ----------------------------------------------------------------------
// Python-level methods of int and float
// Methods of `int` and `float`, and `round()`.

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "int", "bit_length", bit_length);
    def_method(vm, "int", "__round__", dunder_round);
    def_method(vm, "float", "__round__", dunder_round);
    def_method(vm, "int", "bit_count", bit_count);
    def_method(vm, "int", "to_bytes", to_bytes);
    crate::builtins::def_classmethod(vm, "int", "from_bytes", from_bytes);
    def_method(vm, "int", "conjugate", conjugate);
    def_method(vm, "int", "__index__", conjugate);
    def_method(vm, "float", "is_integer", is_integer);
    def_method(vm, "float", "hex", float_hex);
    crate::builtins::def_classmethod(vm, "float", "fromhex", float_fromhex);
    def_method(vm, "float", "as_integer_ratio", as_integer_ratio);
    def_method(vm, "float", "conjugate", conjugate);
    def_method(vm, "int", "as_integer_ratio", int_as_integer_ratio);
    for name in ["__trunc__", "__floor__", "__ceil__", "__int__"] {
        def_method(vm, "int", name, int_exact);
    }
    def_method(vm, "float", "__trunc__", float_trunc);
    def_method(vm, "float", "__int__", float_trunc);
    def_method(vm, "float", "__floor__", float_floor);
    def_method(vm, "float", "__ceil__", float_ceil);
}

/// `int(self)` exactly (a bool or subclass instance becomes a plain int).
fn int_exact<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__int__", 1, 1)?;
    if args.pos[0].tag() == Tag::Int {
        return Ok(vm.incref(args.pos[0]));
    }
    match int_of(args.pos[0]) {
        Some(v) => vm.new_int(v),
        None => Err(vm.type_error("descriptor requires an 'int' object".into())),
    }
}

fn int_as_integer_ratio<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let n = int_exact(vm, args)?;
    let one = vm.new_int_i64(1);
    match one {
        Ok(one) => vm.new_tuple(vec![n, one]),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(n));
            Err(e)
        }
    }
}

/// `math.trunc`/`floor`/`ceil` of a float: an int (an error for inf/nan).
fn float_to_int<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    f: fn(f64) -> f64,
) -> PyResult<ObjRef> {
    check_args(vm, &args, "__trunc__", 1, 1)?;
    let Some(x) = args.pos[0].get::<FloatObject>().map(|x| x.0) else {
        return Err(vm.type_error("descriptor requires a 'float' object".into()));
    };
    match float_ops::float_to_bigint(f(x)) {
        Ok(b) => vm.new_bigint(b),
        Err(e) => Err(vm.float_error(e)),
    }
}

fn float_trunc<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    float_to_int(vm, args, f64::trunc)
}

fn float_floor<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    float_to_int(vm, args, f64::floor)
}

fn float_ceil<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    float_to_int(vm, args, f64::ceil)
}

fn bit_length<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "bit_length", 1, 1)?;
    let b = int_of(args.pos[0]).map(|i| i.to_big()).unwrap_or_default();
    vm.new_int_i64(b.abs().bits() as i64)
}

fn bit_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "bit_count", 1, 1)?;
    let b = int_of(args.pos[0]).map(|i| i.to_big()).unwrap_or_default();
    let ones: u64 = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    vm.new_int_i64(ones as i64)
}

/// The `byteorder` and `signed` arguments of `to_bytes`/`from_bytes`
/// (position `at` for byteorder): is it little-endian, is it signed.
fn order_and_sign<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    at: usize,
) -> PyResult<(bool, bool)> {
    let order = args
        .pos
        .get(at)
        .copied()
        .or_else(|| crate::builtins::kwarg(args, "byteorder"));
    let little = match order.map(crate::types::str::str_of) {
        None => false,
        Some(Some("big")) => false,
        Some(Some("little")) => true,
        Some(Some(_)) => {
            return Err(vm.value_error("byteorder must be either 'little' or 'big'".into()))
        }
        Some(None) => {
            let tn = vm.type_name(order.expect("given"));
            return Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {tn}"
            )));
        }
    };
    let signed = match crate::builtins::kwarg(args, "signed") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    Ok((little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_kwargs(vm, &args, "to_bytes", &["length", "byteorder", "signed"])?;
    if args.pos.len() > 3 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({n} given)"
        )));
    }
    let v = int_of(args.pos[0]).map(|i| i.to_big()).unwrap_or_default();
    let length = match args
        .pos
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(&args, "length"))
    {
        Some(l) => arg_i64(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative".into()));
    }
    let (little, signed) = order_and_sign(vm, &args, 2)?;
    if v.is_negative() && !signed {
        return Err(vm.new_error(
            "OverflowError",
            "can't convert negative int to unsigned".into(),
        ));
    }
    let length = length as usize;
    vm.check_room(length)?;
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    // Trim the encoding to its minimal form, then check it fits.
    if num_traits::Zero::is_zero(&v) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.new_error("OverflowError", "int too big to convert".into()));
    }
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    vm.new_bytes(bytes)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let names = ["bytes", "byteorder", "signed"];
    // (`args.pos[0]` is the class.)
    let given = Args {
        pos: &args.pos[1..],
        ..args
    };
    crate::builtins::check_required(vm, &given, "from_bytes", &names, 1)?;
    crate::builtins::check_kwargs(vm, &args, "from_bytes", &names)?;
    let Some(src) = args
        .pos
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(&args, "bytes"))
    else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into()));
    };
    let data: Vec<u8> = match crate::types::bytes::bytes_of(src) {
        Some(b) => b.to_vec(),
        None if src.tag() == Tag::Str => {
            return Err(vm.type_error("cannot convert 'str' object to bytes".into()))
        }
        None => {
            let items = vm.iterate(src)?;
            let mut out = Vec::with_capacity(items.len());
            let mut err = None;
            for &i in &items {
                match vm.index_i64_or(i, "") {
                    Ok(Some(b)) if (0..256).contains(&b) => out.push(b as u8),
                    Ok(Some(_)) => {
                        err = Some(vm.value_error("bytes must be in range(0, 256)".into()));
                        break;
                    }
                    Ok(None) => {
                        let tn = vm.type_name(i);
                        err = Some(vm.type_error(format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        )));
                        break;
                    }
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            vm.decref_all(items);
            if let Some(e) = err {
                return Err(e);
            }
            out
        }
    };
    let (little, signed) = order_and_sign(vm, &args, 2)?;
    let mut le = data;
    if !little {
        le.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    let r = vm.new_bigint(v)?;
    // `cls.from_bytes` on a subclass calls the class with the int.
    let cls = args.pos[0];
    if cls == vm.types.int {
        return Ok(r);
    }
    let out = vm.with_roots(&[r], |vm| vm.call(cls, &[r]));
    vm.decref(r);
    out
}

/// An exact int, float or complex is its own result where CPython's
/// method returns `self` unchanged (`long_long`, `float_float`,
/// `complex_pos`); a bool or a subclass instance gets a new exact one.
pub(crate) fn is_exact_number(o: ObjRef) -> bool {
    matches!(o.tag(), Tag::Int | Tag::Float | Tag::Complex)
}

fn conjugate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "conjugate", 1, 1)?;
    let o = args.pos[0];
    if is_exact_number(o) {
        return Ok(vm.incref(o));
    }
    match crate::protocol::numeric::num_as(o, crate::object::layout_tag(o)) {
        Some(Num::Int(v)) => vm.new_int(v),
        Some(Num::Float(f)) => vm.new_float(f),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a number".into())),
    }
}

fn is_integer<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "is_integer", 1, 1)?;
    let f = args.pos[0].get::<FloatObject>().map_or(0.0, |f| f.0);
    Ok(vm.new_bool(float_ops::float_is_integer(f)))
}

fn as_integer_ratio<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "as_integer_ratio", 1, 1)?;
    let f = args.pos[0].get::<FloatObject>().map_or(0.0, |f| f.0);
    match float_ops::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let n = vm.new_bigint(n)?;
            let d = vm.new_bigint(d)?;
            vm.new_tuple(vec![n, d])
        }
        Err(e) => Err(vm.float_error(e)),
    }
}

/// `round(x[, ndigits])`.
/// `long_round`: an exact int with no ndigits, or ndigits >= 0, is
/// `long_long(self)`, itself.
fn rounds_to_itself(x: ObjRef, nd: Option<ObjRef>) -> bool {
    x.tag() == Tag::Int
        && match nd.map(int_of) {
            None => true,
            Some(Some(Int::Small(v))) => v >= 0,
            Some(Some(Int::Big(b))) => b.sign() != num_bigint::Sign::Minus,
            Some(None) => false,
        }
}

pub fn round<C: Collector>(vm: &mut Vm<C>, x: ObjRef, nd_obj: Option<ObjRef>) -> PyResult<ObjRef> {
    if rounds_to_itself(x, nd_obj) {
        return Ok(vm.incref(x));
    }
    if num_of(x).is_none() {
        let args: Vec<ObjRef> = nd_obj.into_iter().collect();
        if let Some(r) = vm.try_dunder_bound(x, "__round__", &args)? {
            return Ok(r);
        }
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!("type {tn} doesn't define __round__ method")));
    }
    round_num(vm, num_of(x).expect("checked above"), nd_obj)
}

/// `float.hex()`.
fn float_hex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "hex", 1, 1)?;
    let x = args.pos[0].payload::<FloatObject>().0;
    vm.new_string(float_ops::float_hex(x))
}

/// `float.fromhex(s)` (a class method: a subclass gets `cls(value)`).
fn float_fromhex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "fromhex", 2, 2)?;
    let (cls, s) = (args.pos[0], args.pos[1]);
    let Some(text) = crate::types::str::str_of(s) else {
        let tn = vm.type_name(s);
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    let v = match float_ops::float_fromhex(text) {
        Ok(v) => vm.new_float(v)?,
        Err(float_ops::FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string".into()))
        }
        Err(float_ops::FromHexError::Overflow) => {
            return Err(vm.new_error(
                "OverflowError",
                "hexadecimal value too large to represent as a float".into(),
            ))
        }
    };
    if cls == vm.types.get("float") {
        return Ok(v);
    }
    vm.using(v, |vm, v| vm.call(cls, &[v]))
}

/// `int.__round__`/`float.__round__` (of subclass instances too).
fn dunder_round<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__round__", 1, 2)?;
    let x = args.pos[0];
    if rounds_to_itself(x, args.pos.get(1).copied()) {
        return Ok(vm.incref(x));
    }
    match crate::protocol::numeric::num_as(x, crate::object::layout_tag(x)) {
        Some(n) => round_num(vm, n, args.pos.get(1).copied()),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn round_num<C: Collector>(vm: &mut Vm<C>, n: Num<'_>, nd_obj: Option<ObjRef>) -> PyResult<ObjRef> {
    // (`f.__round__(None)` is `round(f)` for a float; an int's takes
    // an int only.)
    let float = matches!(n, Num::Float(_));
    let nd = match nd_obj.filter(|&n| !(float && n == vm.none)) {
        Some(n) => Some(crate::builtins::arg_i64_clamped(vm, n)?),
        None => None,
    };
    match n {
        Num::Float(f) => {
            let r = float_ops::round_float(f, nd).map_err(|e| vm.float_error(e))?;
            if nd.is_some() {
                return vm.new_float(r);
            }
            match float_ops::float_to_bigint(r) {
                Ok(b) => vm.new_bigint(b),
                Err(e) => Err(vm.float_error(e)),
            }
        }
        Num::Int(i) => match nd {
            None => vm.new_int(i),
            Some(n) if n >= 0 => vm.new_int(i),
            Some(n) => round_int(vm, i, n),
        },
    }
}

/// Round an int to a negative number of digits, half to even.
fn round_int<C: Collector>(vm: &mut Vm<C>, i: Int<'_>, nd: i64) -> PyResult<ObjRef> {
    let Some(p) = nd
        .checked_neg()
        .and_then(|p| p.to_u32())
        .filter(|&p| p < 4000)
    else {
        return vm.new_int_i64(0);
    };
    let m = BigInt::from(10).pow(p);
    let v = i.to_big();
    let (q, r) = (
        num_integer::Integer::div_floor(&v, &m),
        num_integer::Integer::mod_floor(&v, &m),
    );
    let twice = &r * 2;
    let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    vm.new_bigint(q * m)
}
