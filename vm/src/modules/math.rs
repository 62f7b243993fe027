//! The `math` module: CPython 3.11's `Modules/mathmodule.c` — the C
//! library's functions with CPython's special-value rules ("math domain
//! error" / "math range error"), its own gamma and lgamma (Lanczos, in
//! `math_kernels`), exact `fsum`, and the integer functions on
//! arbitrary-precision ints.

use super::libm;
use super::math_kernels::*;
use crate::builtins::{check_args, check_count, check_kwargs, kwarg};
use crate::object::{ObjExt, Tag};
use crate::text::float_ops;
use crate::types::scalar::{int_of, FloatObject, Int};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ouro_gc_core::{Collector, ObjRef};
use std::f64::consts::PI;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let fns: &[(&'static str, NativeFn<C>)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("copysign", copysign),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("fsum", fsum),
        ("prod", prod),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
    ];
    let d = super::new_native_module(vm, "math", fns);
    for (name, v) in [
        ("pi", PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v).expect("heap at start-up");
        vm.dict_set_str(d, name, f).expect("heap at start-up");
        vm.decref(f);
    }
}

// ---- arguments ----------------------------------------------------------

/// A float argument (CPython's `PyFloat_AsDouble`): a float, an int, or an
/// object with `__float__` (or `__index__`).
pub(crate) fn real<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<f64> {
    if let Some(f) = o.get::<FloatObject>() {
        return Ok(f.0);
    }
    if let Some(i) = int_of(o) {
        return vm.int_to_f64(i);
    }
    if crate::protocol::ops::is_user(o) {
        if let Some(r) = vm.try_dunder(o, "__float__", &[])? {
            let f = r.get::<FloatObject>().map(|f| f.0);
            let tn = vm.type_name(o);
            let rn = vm.type_name(r);
            vm.decref(r);
            return f.ok_or_else(|| {
                vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})"))
            });
        }
        if let Some(r) = vm.index_object(o)? {
            let f = vm.int_to_f64(int_of(r).expect("an int"));
            vm.decref(r);
            return f;
        }
    }
    let tn = vm.type_name(o);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// An integer argument (`__index__`), owned as a BigInt.
fn integer<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<BigInt> {
    match vm.index_object(o)? {
        Some(r) => {
            let b = int_of(r).expect("an int").to_big();
            vm.decref(r);
            Ok(b)
        }
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn domain_error<C: Collector>(vm: &mut Vm<C>) -> ObjRef {
    vm.value_error("math domain error".into())
}

fn range_error<C: Collector>(vm: &mut Vm<C>) -> ObjRef {
    vm.new_error("OverflowError", "math range error".into())
}

/// CPython's `math_1`: `f(x)` with its special-value checks. A NaN from a
/// non-NaN is a domain error; an infinity from a finite argument is a
/// range error when `can_overflow`, else a domain error.
fn math_1<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let x = real(vm, args.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    vm.new_float(r)
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {$(
        fn $name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            math_1(vm, &args, stringify!($name), $f, $overflow)
        }
    )*};
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => libm::asinh, false;
    acosh => libm::acosh, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
    gamma => tgamma, true;
    lgamma => lgamma_of, true;
    fabs => f64::abs, false;
}

/// `log2` and `log10` of a positive float, NaN (a domain error) below.
fn log2_of(x: f64) -> f64 {
    if x == 0.0 {
        f64::NAN
    } else {
        x.log2()
    }
}

fn log10_of(x: f64) -> f64 {
    if x == 0.0 {
        f64::NAN
    } else {
        x.log10()
    }
}

// ---- logarithms -----------------------------------------------------------

/// `log` of a number, ints of any size included (CPython's `loghelper`).
fn log_of<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<f64> {
    log_with(vm, o, f64::ln)
}

/// `f` (a logarithm) of a number: an int too big for a float is split as
/// x = m * 2**e with m in [0.5, 1), giving f(m) + e*f(2) (CPython's
/// `loghelper`).
fn log_with<C: Collector>(vm: &mut Vm<C>, o: ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Int::Big(b)) = int_of(o) {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        if let Ok(x) = crate::text::int_ops::bigint_to_f64(b) {
            return Ok(f(x));
        }
        let e = b.bits();
        let shift = e.saturating_sub(64);
        let top = (b >> shift).to_u64().unwrap_or(u64::MAX) as f64;
        let m = top / 2f64.powi((e - shift) as i32);
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let x = real(vm, o)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn log2<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "log2", 1, 1)?;
    let r = log_with(vm, args.pos[0], log2_of)?;
    vm.new_float(r)
}

fn log10<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "log10", 1, 1)?;
    let r = log_with(vm, args.pos[0], log10_of)?;
    vm.new_float(r)
}

fn log<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "log", 1, 2)?;
    let num = log_of(vm, args.pos[0])?;
    let r = match args.pos.get(1) {
        None => num,
        Some(&b) => {
            let den = log_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.new_error("ZeroDivisionError", "float division by zero".into()));
            }
            num / den
        }
    };
    vm.new_float(r)
}

// ---- two arguments ----------------------------------------------------------

fn two<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    check_args(vm, args, name, 2, 2)?;
    let x = real(vm, args.pos[0])?;
    let y = real(vm, args.pos[1])?;
    Ok((x, y))
}

fn pow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (x, y) = two(vm, &args, "pow")?;
    // CPython's math_pow: the special values first, then libm's pow.
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            y.abs()
        } else {
            0.0
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain_error(vm));
        }
        if x < 0.0 && y != y.floor() {
            return Err(domain_error(vm));
        }
        let r = x.powf(y);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    vm.new_float(r)
}

fn atan2<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (y, x) = two(vm, &args, "atan2")?;
    vm.new_float(y.atan2(x))
}

fn copysign<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (x, y) = two(vm, &args, "copysign")?;
    vm.new_float(x.copysign(y))
}

fn fmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    vm.new_float(r)
}

fn remainder<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return vm.new_float(if x.is_nan() { x } else { y });
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return vm.new_float(x);
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    vm.new_float(1f64.copysign(x) * r)
}

fn nextafter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (x, y) = two(vm, &args, "nextafter")?;
    vm.new_float(libm::nextafter(x, y))
}

fn ldexp<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "ldexp", 2, 2)?;
    let x = real(vm, args.pos[0])?;
    let i = args.pos[1];
    if int_of(i).is_none() {
        return Err(vm.type_error("Expected an int as second argument to ldexp.".into()));
    }
    let e = integer(vm, i)?;
    if x == 0.0 || !x.is_finite() {
        return vm.new_float(x);
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-2200, 2200) as i32;
    // Scale in two steps so neither factor overflows on its own.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    vm.new_float(r)
}

// ---- to int ---------------------------------------------------------------------

/// A float rounded to an int object by `round_fn` (floor, ceil, trunc).
fn float_to_int<C: Collector>(vm: &mut Vm<C>, x: f64) -> PyResult<ObjRef> {
    match float_ops::float_to_bigint(x) {
        Ok(b) => vm.new_bigint(b),
        Err(e) => Err(vm.float_error(e)),
    }
}

fn to_int_via<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    dunder: &str,
    round: fn(f64) -> f64,
) -> PyResult<ObjRef> {
    check_args(vm, &args, name, 1, 1)?;
    let x = args.pos[0];
    if let Some(f) = x.get::<FloatObject>() {
        return float_to_int(vm, round(f.0));
    }
    if x.tag() == Tag::Int {
        return Ok(vm.incref(x));
    }
    if x.tag() == Tag::Bool {
        let i = int_of(x).expect("a bool").to_big();
        return vm.new_bigint(i);
    }
    if crate::protocol::ops::is_user(x) {
        if let Some(r) = vm.try_dunder_bound(x, dunder, &[])? {
            return Ok(r);
        }
    }
    if dunder == "__trunc__" {
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")));
    }
    let f = real(vm, x)?;
    float_to_int(vm, round(f))
}

fn floor<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    to_int_via(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    to_int_via(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    to_int_via(vm, args, "trunc", "__trunc__", f64::trunc)
}

// ---- decompositions -------------------------------------------------------------

fn pair<C: Collector>(vm: &mut Vm<C>, a: ObjRef, b: ObjRef) -> PyResult<ObjRef> {
    vm.new_tuple(vec![a, b])
}

fn modf<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.modf", 1, 1)?;
    let x = real(vm, args.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    let a = vm.new_float(frac)?;
    let b = vm.new_float(int);
    let b = b.inspect_err(|_| vm.decref(a))?;
    pair(vm, a, b)
}

fn frexp<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.frexp", 1, 1)?;
    let x = real(vm, args.pos[0])?;
    let (m, e) = frexp_parts(x);
    let a = vm.new_float(m)?;
    let b = vm.new_int_i64(i64::from(e));
    let b = b.inspect_err(|_| vm.decref(a))?;
    pair(vm, a, b)
}

// ---- predicates and small helpers ---------------------------------------------

/// `isfinite`, `isinf`, `isnan`: a test of one real argument.
fn predicate<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    test: fn(f64) -> bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let x = real(vm, args.pos[0])?;
    Ok(vm.new_bool(test(x)))
}

fn isfinite<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, &args, "isfinite", f64::is_finite)
}

fn isinf<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, &args, "isinf", f64::is_infinite)
}

fn isnan<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, &args, "isnan", f64::is_nan)
}

fn isclose<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    let pos = args.pos.len();
    let pick = |i: usize, name: &str| args.pos.get(i).copied().or_else(|| kwarg(&args, name));
    let (Some(a), Some(b)) = (pick(0, "a"), pick(1, "b")) else {
        let missing = if pick(0, "a").is_none() { "a" } else { "b" };
        let n = if missing == "a" { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{missing}' (pos {n})"
        )));
    };
    if pos > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({pos} given)"
        )));
    }
    let a = real(vm, a)?;
    let b = real(vm, b)?;
    let rel = match kwarg(&args, "rel_tol") {
        Some(r) => real(vm, r)?,
        None => 1e-9,
    };
    let abs = match kwarg(&args, "abs_tol") {
        Some(r) => real(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    let close = a == b
        || (!a.is_infinite() && !b.is_infinite() && {
            let diff = (b - a).abs();
            diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
        });
    Ok(vm.new_bool(close))
}

fn degrees<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.degrees", 1, 1)?;
    let x = real(vm, args.pos[0])?;
    vm.new_float(x * (180.0 / PI))
}

fn radians<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.radians", 1, 1)?;
    let x = real(vm, args.pos[0])?;
    vm.new_float(x * (PI / 180.0))
}

fn ulp<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.ulp", 1, 1)?;
    let x = real(vm, args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return vm.new_float(x);
    }
    let next = libm::nextafter(x, f64::INFINITY);
    let r = if next.is_infinite() {
        x - libm::nextafter(x, -f64::INFINITY)
    } else {
        next - x
    };
    vm.new_float(r)
}

fn norm_of(v: &[f64]) -> f64 {
    let max = v
        .iter()
        .fold(0.0f64, |m, &x| if x.abs() > m { x.abs() } else { m });
    vector_norm(v, max, v.iter().any(|x| x.is_nan()))
}

fn hypot<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "hypot", &[])?;
    let mut v = Vec::with_capacity(args.pos.len());
    for &o in args.pos {
        v.push(real(vm, o)?);
    }
    vm.new_float(norm_of(&v))
}

fn dist<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "dist", 2, 2)?;
    let mut coords = [Vec::new(), Vec::new()];
    for (i, &o) in args.pos.iter().enumerate() {
        let items = vm.iterate(o)?;
        let mut err = None;
        for &x in &items {
            match real(vm, x) {
                Ok(f) => coords[i].push(f),
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
    }
    let [ps, qs] = coords;
    if ps.len() != qs.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let v: Vec<f64> = ps.iter().zip(&qs).map(|(a, b)| a - b).collect();
    vm.new_float(norm_of(&v))
}

// ---- sums and products ---------------------------------------------------------

/// `fsum`: Shewchuk's exact summation with CPython's handling of special
/// values and of the final rounding (`math_fsum`).
fn fsum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.fsum", 1, 1)?;
    let items = vm.iterate(args.pos[0])?;
    let mut values = Vec::with_capacity(items.len());
    let mut err = None;
    for &o in &items {
        match real(vm, o) {
            Ok(x) => values.push(x),
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
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for mut x in values {
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A nonfinite x could arise from the finite inputs
                // overflowing, or from a nonfinite input.
                if xsave.is_finite() {
                    return Err(
                        vm.new_error("OverflowError", "intermediate overflow in fsum".into())
                    );
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return vm.new_float(special_sum);
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest would tip it.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    vm.new_float(hi)
}

fn prod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "prod", &["start"])?;
    check_count(vm, args.pos.len(), "prod", 1, 1)?;
    let mut acc = match kwarg(&args, "start") {
        Some(s) => vm.incref(s),
        None => vm.new_int_i64(1)?,
    };
    let items = vm.iterate(args.pos[0]);
    let items = items.inspect_err(|_| vm.decref(acc))?;
    let mut err = None;
    for &x in &items {
        let r = vm.with_roots(&[acc], |vm| {
            vm.binary_op(acc, x, ouro_compiler::bytecode::BinOp::Mul, false)
        });
        match r {
            Ok(v) => {
                vm.decref(acc);
                acc = v;
            }
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.with_roots(&[acc], |vm| vm.decref_all(items));
    match err {
        Some(e) => {
            vm.decref(acc);
            Err(e)
        }
        None => Ok(acc),
    }
}

// ---- integer functions ------------------------------------------------------------

fn gcd<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "gcd", &[])?;
    // `gcd(n)` is `abs(n)`: a non-negative exact int is its own.
    if let [o] = args.pos[..] {
        let int = crate::types::scalar::int_of(o).filter(|_| o.tag() == crate::object::Tag::Int);
        if int.is_some_and(|i| !i.is_negative()) {
            return Ok(vm.incref(o));
        }
    }
    let mut g = BigInt::zero();
    for &o in args.pos {
        let v = integer(vm, o)?;
        g = g.gcd(&v);
    }
    vm.new_bigint(g)
}

fn lcm<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "lcm", &[])?;
    let mut l = BigInt::one();
    for &o in args.pos {
        let v = integer(vm, o)?;
        l = if l.is_zero() || v.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&v)
        };
    }
    vm.new_bigint(l.abs())
}

/// An integer argument that must not be negative, as an index-sized value.
fn count_arg<C: Collector>(vm: &mut Vm<C>, o: ObjRef, what: &str) -> PyResult<BigInt> {
    if o.tag() == Tag::Float {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = integer(vm, o)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

/// The product lo * (lo+1) * ... * hi (1 when empty), by halves.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.factorial", 1, 1)?;
    let o = args.pos[0];
    if o.tag() == Tag::Float {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = integer(vm, o)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= 100_000_000) else {
        return Err(vm.new_error(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807".into(),
        ));
    };
    // Roughly n*log2(n) bits: refuse what the heap limit cannot hold.
    vm.check_room(((n as f64) * (n.max(2) as f64).log2() / 8.0) as usize)?;
    vm.new_bigint(range_product(2, n))
}

fn perm_comb<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, comb: bool) -> PyResult<ObjRef> {
    let name = if comb { "comb" } else { "perm" };
    check_args(vm, args, name, if comb { 2 } else { 1 }, 2)?;
    let n = count_arg(vm, args.pos[0], "n")?;
    let k = match args.pos.get(1) {
        Some(&k) if k != vm.none || comb => count_arg(vm, k, "k")?,
        _ => {
            let n = n.to_u64().unwrap_or(u64::MAX);
            return vm.new_bigint(range_product(2, n));
        }
    };
    if k > n {
        return vm.new_int_i64(0);
    }
    let Some(kk) = k.to_u64() else {
        return Err(vm.new_error("OverflowError", format!("k must not exceed {}", i64::MAX)));
    };
    let kk = if comb {
        let other = (&n - &k).to_u64().unwrap_or(u64::MAX);
        kk.min(other)
    } else {
        kk
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - BigInt::from(i);
        if comb {
            r /= BigInt::from(i + 1);
        }
    }
    vm.new_bigint(r)
}

fn comb<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    perm_comb(vm, &args, true)
}

fn perm<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    perm_comb(vm, &args, false)
}

fn isqrt<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "math.isqrt", 1, 1)?;
    let n = integer(vm, args.pos[0])?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    vm.new_bigint(n.sqrt())
}
