//! `complex`: its layout, constructor, arithmetic and methods, following
//! CPython's `Objects/complexobject.c` operation for operation (Smith's
//! division, `c_powi` by repeated squaring for small integral exponents,
//! `c_pow` through polar form otherwise), so results match bit for bit.

use crate::builtins::check_args;
use crate::object::{layout_tag, ObjExt, Tag};
use crate::payload;
use crate::protocol::numeric::{num_as, Num};
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp};
use ouro_gc_core::{Collector, ObjRef, TypeVTable};

pub struct ComplexObject {
    pub re: f64,
    pub im: f64,
}
pub static COMPLEX_VT: TypeVTable =
    crate::object::plain_atom_vtable::<ComplexObject>("complex", Tag::Complex);
payload!(ComplexObject, COMPLEX_VT, super::subclass::COMPLEX_SUB_VT);

/// The value of a complex object.
pub fn complex_of(o: ObjRef) -> Option<(f64, f64)> {
    o.get::<ComplexObject>().map(|c| (c.re, c.im))
}

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); `None` on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed.
enum PowError {
    ZeroNegative,
    Overflow,
}

/// CPython's `_Py_c_pow`.
fn pow_general(a: C, b: C) -> Result<C, PowError> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::ZeroNegative);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// CPython's `c_powu`: repeated squaring.
fn pow_unsigned(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// CPython's `complex_pow`: `c_powi` for integral exponents up to 100 in
/// size, `_Py_c_pow` otherwise; a result with an infinite part is an
/// OverflowError (`_Py_ADJUST_ERANGE2`; NaN parts are not).
fn pow(a: C, b: C) -> Result<C, PowError> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            Ok(pow_unsigned(a, n))
        } else if a == (0.0, 0.0) && n < 0 {
            Err(PowError::ZeroNegative)
        } else {
            Ok(quot((1.0, 0.0), pow_unsigned(a, -n)).unwrap_or((f64::NAN, f64::NAN)))
        }
    } else {
        pow_general(a, b)
    }?;
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

/// A number as a complex value, looking through subclass instances;
/// `Some(Err(()))` for an int too large for a float.
fn as_complex(o: ObjRef) -> Option<Result<C, ()>> {
    if let Some(c) = complex_of(o) {
        return Some(Ok(c));
    }
    match num_as(o, layout_tag(o))? {
        Num::Float(f) => Some(Ok((f, 0.0))),
        Num::Int(i) => Some(int_to_f64(i).map(|f| (f, 0.0)).ok_or(())),
    }
}

fn int_to_f64(i: crate::types::scalar::Int<'_>) -> Option<f64> {
    match i {
        crate::types::scalar::Int::Small(v) => Some(v as f64),
        crate::types::scalar::Int::Big(b) => crate::text::int_ops::bigint_to_f64(b).ok(),
    }
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    ouro_compiler::complex_repr(re, im)
}

/// CPython's complex hash: the parts' hashes combined.
pub fn complex_hash(o: ObjRef, (re, im): C) -> i64 {
    let part = |x: f64| {
        crate::text::float_ops::float_hash(x)
            .unwrap_or_else(|| crate::protocol::compare::pointer_hash(o))
    };
    let h = (part(re) as u64).wrapping_add(1000003u64.wrapping_mul(part(im) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl<C2: Collector> Vm<C2> {
    pub fn new_complex(&mut self, re: f64, im: f64) -> PyResult<ObjRef> {
        self.alloc(&COMPLEX_VT, ComplexObject { re, im })
    }

    /// `a op b` when either is complex and the other a number; `None`
    /// otherwise (and for `//`, `%`, which complex does not have).
    pub(crate) fn complex_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) else {
            return Ok(None);
        };
        let (Ok(x), Ok(y)) = (x, y) else {
            let msg = "int too large to convert to float".to_string();
            return Err(self.new_error("OverflowError", msg));
        };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => prod(x, y),
            BinOp::TrueDiv => match quot(x, y) {
                Some(r) => r,
                None => {
                    return Err(
                        self.new_error("ZeroDivisionError", "complex division by zero".to_string())
                    )
                }
            },
            BinOp::Pow => match pow(x, y) {
                Ok(r) => r,
                Err(PowError::ZeroNegative) => {
                    return Err(self.new_error(
                        "ZeroDivisionError",
                        "0.0 to a negative or complex power".to_string(),
                    ))
                }
                Err(PowError::Overflow) => {
                    return Err(
                        self.new_error("OverflowError", "complex exponentiation".to_string())
                    )
                }
            },
            _ => return Ok(None),
        };
        self.new_complex(r.0, r.1).map(Some)
    }

    /// `-z`, `+z`, `abs(z)`; `None` for `~`.
    pub(crate) fn complex_unary(&mut self, o: ObjRef, op: char) -> PyResult<Option<ObjRef>> {
        let (re, im) = complex_of(o).expect("a complex");
        match op {
            '-' => self.new_complex(-re, -im).map(Some),
            '+' => self.new_complex(re, im).map(Some),
            'a' => {
                let r = re.hypot(im);
                if r.is_infinite() && re.is_finite() && im.is_finite() {
                    return Err(
                        self.new_error("OverflowError", "absolute value too large".to_string())
                    );
                }
                self.new_float(r).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `a == b` / `a != b` with a complex on either side; `None` for the
    /// orderings (complex has none) and for non-numbers.
    pub(crate) fn complex_compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> Option<bool> {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return None;
        }
        let (c, other) = match complex_of(a) {
            Some(c) => (c, b),
            None => (complex_of(b)?, a),
        };
        let eq = if let Some(d) = complex_of(other) {
            c == d
        } else {
            // Exact against an int, as CPython compares the real part.
            let n = num_as(other, layout_tag(other))?;
            c.1 == 0.0
                && match n {
                    Num::Float(f) => c.0 == f,
                    Num::Int(i) => {
                        crate::protocol::numeric::int_float_cmp(i, c.0)
                            == Some(std::cmp::Ordering::Equal)
                    }
                }
        };
        Some(eq == (op == CmpOp::Eq))
    }
}

/// `complex(real=0, imag=0)`, or `complex(string)`.
pub(crate) fn complex_new<C2: Collector>(vm: &mut Vm<C2>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_kwargs(vm, &args, "complex", &["real", "imag"])?;
    let rest = &args.pos[1..];
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let real = rest
        .first()
        .copied()
        .or_else(|| crate::builtins::kwarg(&args, "real"));
    let imag = rest
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(&args, "imag"));
    if let Some(s) = real.and_then(crate::types::str::str_of) {
        if imag.is_some() {
            return Err(
                vm.type_error("complex() can't take second arg if first is a string".to_string())
            );
        }
        return match parse_complex(s) {
            Some((re, im)) => vm.new_complex(re, im),
            None => Err(vm.value_error("complex() arg is a malformed string".to_string())),
        };
    }
    if imag.is_some_and(|i| crate::types::str::str_of(i).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string".to_string()));
    }
    // `complex(z)` of an exact complex is z itself.
    if let (Some(x), None) = (real, imag) {
        if x.tag() == Tag::Complex && args.pos[0] == vm.types.get("complex") {
            return Ok(vm.incref(x));
        }
    }
    // CPython's complex_new_impl, corrections and all (so signed zeros
    // come out as there).
    let (mut cr, cr_is_complex) = match real {
        None => ((0.0, 0.0), false),
        Some(x) => (
            complex_arg(vm, x, "first argument")?,
            x.get::<ComplexObject>().is_some(),
        ),
    };
    let (mut ci, ci_is_complex) = match imag {
        None => ((cr.1, 0.0), false),
        Some(y) => (
            complex_arg(vm, y, "second argument")?,
            y.get::<ComplexObject>().is_some(),
        ),
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && imag.is_some() {
        ci.0 += cr.1;
    }
    vm.new_complex(cr.0, ci.0)
}

/// An argument of `complex()`: a complex, a number, or an object with
/// `__complex__`, `__float__` or `__index__`.
fn complex_arg<C2: Collector>(vm: &mut Vm<C2>, x: ObjRef, which: &str) -> PyResult<C> {
    if let Some(c) = as_complex(x) {
        return c.map_err(|()| {
            vm.new_error(
                "OverflowError",
                "int too large to convert to float".to_string(),
            )
        });
    }
    if crate::protocol::ops::is_user(x) {
        if let Some(r) = vm.try_dunder_bound(x, "__complex__", &[])? {
            let c = complex_of(r);
            let tn = vm.type_name(r);
            vm.decref(r);
            return c.ok_or_else(|| {
                vm.type_error(format!("__complex__ returned non-complex (type {tn})"))
            });
        }
        if vm.has_type_attr(x, "__float__") || vm.has_type_attr(x, "__index__") {
            let f = vm.call(vm.types.get("float"), &[x])?;
            let v = f.payload::<crate::types::scalar::FloatObject>().0;
            vm.decref(f);
            return Ok((v, 0.0));
        }
    }
    let tn = vm.type_name(x);
    let what = if which == "first argument" {
        "a string or a number"
    } else {
        "a number"
    };
    Err(vm.type_error(format!("complex() {which} must be {what}, not '{tn}'")))
}

/// CPython's `complex_from_string_inner`: `1+2j`, `(1-2J)`, `2j`, `-j`,
/// `1e3`, with surrounding whitespace (and inside parentheses).
fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    let float = |p: &str| -> Option<f64> {
        if p.is_empty() || p.contains(char::is_whitespace) {
            return None;
        }
        crate::text::float_ops::parse_float(p)
    };
    let unit = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(p),
        }
    };
    let bytes = t.as_bytes();
    // A sign that starts the imaginary part: not the first character and
    // not an exponent's.
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (body, is_imag) = match t.strip_suffix(['j', 'J']) {
        Some(b) => (b, true),
        None => (t, false),
    };
    match (split, is_imag) {
        (Some(k), true) => Some((float(&t[..k])?, unit(&body[k..])?)),
        (None, true) => Some((0.0, unit(body)?)),
        (None, false) => Some((float(t)?, 0.0)),
        (Some(_), false) => None,
    }
}

fn conjugate<C2: Collector>(vm: &mut Vm<C2>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "conjugate", 1, 1)?;
    let (re, im) = complex_of(args.pos[0]).expect("receiver checked");
    vm.new_complex(re, -im)
}

fn complex_dunder<C2: Collector>(vm: &mut Vm<C2>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__complex__", 1, 1)?;
    // An exact complex is its own `__complex__`.
    if args.pos[0].tag() == crate::object::Tag::Complex {
        return Ok(vm.incref(args.pos[0]));
    }
    let (re, im) = complex_of(args.pos[0]).expect("receiver checked");
    vm.new_complex(re, im)
}

pub fn register<C2: Collector>(vm: &mut Vm<C2>) {
    crate::builtins::set_ctor(vm, "complex", complex_new);
    crate::builtins::def_method(vm, "complex", "conjugate", conjugate);
    crate::builtins::def_method(vm, "complex", "__complex__", complex_dunder);
}

#[cfg(test)]
mod tests {
    use super::parse_complex;

    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" ( -1.5e3-2J ) "), Some((-1500.0, -2.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1e-3+j"), Some((0.001, 1.0)));
        assert_eq!(parse_complex("3"), Some((3.0, 0.0)));
        assert_eq!(parse_complex("1+2"), None);
        assert_eq!(parse_complex("1 + 2j"), None);
        assert_eq!(parse_complex(""), None);
    }
}
