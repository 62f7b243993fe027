//! Arithmetic on int, bool and float with Python's semantics: machine-word
//! fast paths that fall back to big integers on overflow, floor division
//! and modulo that follow the divisor's sign, true division that is
//! correctly rounded, and CPython's error messages.

use crate::object::{ObjExt, Tag};
use crate::text::float_ops::{self, FloatOpError};
use crate::text::int_ops::{self, IntOpError};
use crate::types::scalar::{int_of, FloatObject, Int, IntObject};
use crate::types::str::StrObject;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_compiler::bytecode::{BinOp, CmpOp};
use ouro_gc_core::{Collector, ObjRef, TypeVTable};

/// A number operand, borrowed from its object.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(Int<'a>),
    Float(f64),
}

pub fn num_of<'a>(o: ObjRef) -> Option<Num<'a>> {
    num_as(o, o.tag())
}

/// The number `o` holds if its layout is `tag`'s (a subclass instance's
/// value: `num_as(o, layout_tag(o))`).
pub fn num_as<'a>(o: ObjRef, tag: Tag) -> Option<Num<'a>> {
    match tag {
        Tag::Int | Tag::Bool => int_of(o).map(Num::Int),
        Tag::Float => Some(Num::Float(o.payload::<FloatObject>().0)),
        _ => None,
    }
}

/// A float's value, or a machine-word int's when it converts exactly.
#[inline]
fn exact_f64(o: ObjRef) -> Option<f64> {
    match o.tag() {
        Tag::Float => Some(o.payload::<FloatObject>().0),
        _ => {
            let i = o.get::<IntObject>()?.0;
            (i.unsigned_abs() <= 1 << 53).then_some(i as f64)
        }
    }
}

/// `a op b` for the commonest int operations when the result fits a
/// machine word (the rest: `small_binop`).
#[inline(always)]
fn small_int_result(a: i64, b: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        _ => None,
    }
}

impl<C: Collector> Vm<C> {
    pub(crate) fn int_error(&mut self, e: IntOpError) -> ObjRef {
        match e {
            IntOpError::ZeroDivision(m) => self.new_error("ZeroDivisionError", m.to_string()),
            IntOpError::Value(m) => self.new_error("ValueError", m.to_string()),
            IntOpError::Overflow(m) => self.new_error("OverflowError", m.to_string()),
            IntOpError::Memory => self.new_error("MemoryError", String::new()),
        }
    }

    /// `text` encoded, or CPython's `LookupError`/`UnicodeEncodeError`.
    pub(crate) fn encode_text(
        &mut self,
        text: &str,
        encoding: &str,
        errors: &str,
    ) -> PyResult<Vec<u8>> {
        use crate::text::codecs::encode;
        match encode(text, encoding, errors) {
            Ok(b) => Ok(b),
            Err(e) => {
                let obj = self.new_str(text)?;
                Err(self.using(obj, |vm, obj| vm.codec_error(e, "UnicodeEncodeError", obj)))
            }
        }
    }

    /// `data` (the bytes of `obj`) decoded, or CPython's
    /// `LookupError`/`UnicodeDecodeError`.
    pub(crate) fn decode_bytes(
        &mut self,
        data: &[u8],
        obj: ObjRef,
        encoding: &str,
        errors: &str,
    ) -> PyResult<String> {
        crate::text::codecs::decode(data, encoding, errors)
            .map_err(|e| self.codec_error(e, "UnicodeDecodeError", obj))
    }

    /// The exception for a codec failure: a LookupError, or `kind` with
    /// CPython's five arguments (encoding, object, start, end, reason).
    fn codec_error(
        &mut self,
        e: crate::text::codecs::EncodeError,
        kind: &str,
        obj: ObjRef,
    ) -> ObjRef {
        use crate::text::codecs::EncodeError;
        match e {
            EncodeError::Lookup(m) => self.new_error("LookupError", m),
            EncodeError::Encode {
                codec,
                start,
                end,
                reason,
            } => {
                let mut args = vec![self.incref(obj)];
                let made = [
                    self.new_str(codec),
                    self.new_int_i64(start as i64),
                    self.new_int_i64(end as i64),
                    self.new_string(reason),
                ];
                let mut failed = None;
                for m in made {
                    match m {
                        Ok(o) => args.push(o),
                        Err(e) => {
                            self.decref_opt(failed.replace(e));
                        }
                    }
                }
                if let Some(e) = failed {
                    self.decref_all(args);
                    return e;
                }
                // (encoding, object, start, end, reason)
                args.swap(0, 1);
                let r = crate::interp::exceptions::make_exception(self, kind, &args);
                self.decref_all(args);
                r.unwrap_or_else(|e| e)
            }
        }
    }

    pub(crate) fn float_error(&mut self, e: FloatOpError) -> ObjRef {
        match e {
            FloatOpError::ZeroDivision(m) => self.new_error("ZeroDivisionError", m.to_string()),
            FloatOpError::Value(m) => self.new_error("ValueError", m.to_string()),
            FloatOpError::Overflow(m) => self.new_error("OverflowError", m.to_string()),
            FloatOpError::NeedsComplex => self.new_error(
                "ValueError",
                "complex numbers are not supported by ouro yet".to_string(),
            ),
        }
    }

    /// An int as a float, or OverflowError.
    pub(crate) fn int_to_f64(&mut self, i: Int<'_>) -> PyResult<f64> {
        match i {
            Int::Small(v) => Ok(v as f64),
            Int::Big(b) => int_ops::bigint_to_f64(b).map_err(|e| self.int_error(e)),
        }
    }

    /// `a op b` for two numbers, or `None` when either is not a number.
    pub(crate) fn num_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        self.num_binop_as(a, b, op, (a.tag(), b.tag()))
    }

    /// `num_binop` with the operands' layouts given (see `num_as`).
    pub(crate) fn num_binop_as(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
        (ta, tb): (Tag, Tag),
    ) -> PyResult<Option<ObjRef>> {
        if ta == Tag::Complex || tb == Tag::Complex {
            return self.complex_binop(a, b, op);
        }
        // `bool.__and__`/`__or__`/`__xor__`: two bools give a bool.
        if ta == Tag::Bool && tb == Tag::Bool {
            let (x, y) = (a == self.true_, b == self.true_);
            let r = match op {
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(self.new_bool(r)));
            }
        }
        let (Some(x), Some(y)) = (num_as(a, ta), num_as(b, tb)) else {
            return Ok(None);
        };
        match (x, y) {
            // `a % b` is `a` itself when |a| < |b| by CPython's digits.
            (Num::Int(x), Num::Int(y))
                if op == BinOp::Mod && ta == Tag::Int && x.rem_is_self(y) =>
            {
                Ok(Some(self.incref(a)))
            }
            (Num::Int(x), Num::Int(y)) => self.int_binop(x, y, op),
            (x, y) => {
                let fx = self.num_to_f64(x)?;
                let fy = self.num_to_f64(y)?;
                self.float_binop(fx, fy, op)
            }
        }
    }

    fn num_to_f64(&mut self, n: Num<'_>) -> PyResult<f64> {
        match n {
            Num::Float(f) => Ok(f),
            Num::Int(i) => self.int_to_f64(i),
        }
    }

    fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<ObjRef>> {
        let r = match op {
            BinOp::Add => Ok(x + y),
            BinOp::Sub => Ok(x - y),
            BinOp::Mul => Ok(x * y),
            BinOp::TrueDiv => float_ops::truediv(x, y),
            BinOp::FloorDiv => float_ops::floordiv(x, y),
            BinOp::Mod => float_ops::modulo(x, y),
            BinOp::Pow => float_ops::pow(x, y),
            _ => return Ok(None),
        };
        match r {
            Ok(v) => self.new_float(v).map(Some),
            // A negative base to a fractional power: CPython's float_pow
            // hands the pair to complex's power.
            Err(FloatOpError::NeedsComplex) => {
                let (a, b) = (self.new_complex(x, 0.0)?, self.new_complex(y, 0.0));
                let b = match b {
                    Ok(b) => b,
                    Err(e) => {
                        self.with_roots(&[e], |vm| vm.decref(a));
                        return Err(e);
                    }
                };
                let r = self.complex_binop(a, b, BinOp::Pow);
                self.decref_all([a, b]);
                r
            }
            Err(e) => Err(self.float_error(e)),
        }
    }

    fn int_binop(&mut self, x: Int<'_>, y: Int<'_>, op: BinOp) -> PyResult<Option<ObjRef>> {
        if let (Int::Small(a), Int::Small(b)) = (x, y) {
            if let Some(r) = self.small_binop(a, b, op)? {
                return Ok(Some(r));
            }
        }
        // (Borrowed: a big operand is not copied. A small one against a
        // big one multiplies as a word, as CPython's `long_mul` does.)
        let (ca, cb) = (x.as_big(), y.as_big());
        let (a, b) = (&*ca, &*cb);
        let r: Result<BigInt, IntOpError> = match op {
            BinOp::Add => Ok(a + b),
            BinOp::Sub => Ok(a - b),
            BinOp::Mul => Ok(match (x, y) {
                (Int::Small(s), Int::Big(g)) | (Int::Big(g), Int::Small(s)) => g * s,
                _ => a * b,
            }),
            BinOp::FloorDiv => int_ops::floordiv(a, b),
            BinOp::Mod => int_ops::modulo(a, b),
            BinOp::And => Ok(a & b),
            BinOp::Or => Ok(a | b),
            BinOp::Xor => Ok(a ^ b),
            BinOp::LShift => int_ops::lshift(a, b),
            BinOp::RShift => int_ops::rshift(a, b),
            BinOp::TrueDiv => {
                return match int_ops::int_true_div(a, b) {
                    Ok(v) => self.new_float(v).map(Some),
                    Err(e) => Err(self.int_error(e)),
                }
            }
            BinOp::Pow if b.is_negative() => {
                let fa = self.int_to_f64(x)?;
                let fb = self.int_to_f64(y)?;
                return self.float_binop(fa, fb, BinOp::Pow);
            }
            BinOp::Pow => int_ops::pow(a, b),
            BinOp::MatMul => return Ok(None),
        };
        match r {
            Ok(v) => self.new_bigint(v).map(Some),
            Err(e) => Err(self.int_error(e)),
        }
    }

    /// `a op b` for two exact ints held in machine words, when the
    /// result is one too, or for exact floats (the interpreter's fast
    /// path, CPython's `BINARY_OP_ADD_INT` and friends); `None` for
    /// anything else, which the full `binary_op` answers. `a` and `b` are
    /// the value stack's, which owns them: a float operand it alone holds
    /// becomes the result.
    #[inline]
    pub(crate) fn small_int_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        match (a.tag(), b.tag()) {
            (Tag::Int, Tag::Int) => match (a.get::<IntObject>(), b.get::<IntObject>()) {
                (Some(x), Some(y))
                    if op == BinOp::Mod && Int::Small(x.0).rem_is_self(Int::Small(y.0)) =>
                {
                    Ok(Some(self.incref(a)))
                }
                (Some(x), Some(y)) => match small_int_result(x.0, y.0, op) {
                    Some(v) => self.int_result(a, b, v).map(Some),
                    None => self.small_binop(x.0, y.0, op),
                },
                _ => Ok(None),
            },
            // CPython's `BINARY_OP_ADD_FLOAT` and friends; an int operand
            // that converts exactly (as `float + int` converts it).
            (Tag::Float | Tag::Int, Tag::Float | Tag::Int) => {
                let (Some(x), Some(y)) = (exact_f64(a), exact_f64(b)) else {
                    return Ok(None);
                };
                let r = match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::Mul => x * y,
                    BinOp::TrueDiv if y != 0.0 => x / y,
                    // (An error, or a complex result, is the general
                    // path's to raise or make.)
                    BinOp::Pow => match crate::text::float_ops::pow(x, y) {
                        Ok(r) => r,
                        Err(_) => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                if let Some(o) = Self::dying_operand(a, b, &crate::types::scalar::FLOAT_VT) {
                    // SAFETY: `o` is an exact float only the value stack
                    // holds (`dying_operand`).
                    unsafe { crate::types::scalar::overwrite_float(o, r) };
                    return Ok(Some(self.incref(o)));
                }
                self.new_float(r).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `a op b` for two exact ints held in machine words, two exact
    /// floats or two exact strs (CPython's `COMPARE_OP_INT_JUMP`,
    /// `COMPARE_OP_FLOAT_JUMP` and `COMPARE_OP_STR_JUMP`: no method is
    /// looked up and nothing can run); `None` for anything else.
    #[inline(always)]
    pub(crate) fn scalar_compare(a: ObjRef, b: ObjRef, op: CmpOp) -> Option<bool> {
        match (a.tag(), b.tag()) {
            (Tag::Int, Tag::Int) => {
                let (x, y) = (a.get::<IntObject>()?.0, b.get::<IntObject>()?.0);
                Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Eq => x == y,
                    CmpOp::Ne => x != y,
                    CmpOp::Gt => x > y,
                    CmpOp::Ge => x >= y,
                })
            }
            (Tag::Float, Tag::Float) => {
                let (x, y) = (a.get::<FloatObject>()?.0, b.get::<FloatObject>()?.0);
                Some(crate::protocol::compare::ord_matches(x.partial_cmp(&y), op))
            }
            // Exact strs (a subclass's instance has its own tag): CPython's
            // `PyUnicode_RichCompare`, the same object first. UTF-8 bytes
            // sort as the code points they encode.
            (Tag::Str, Tag::Str) => str_compare(a, b, op),
            _ => None,
        }
    }

    /// The operand of layout `vt` (an exact float or machine int) that
    /// dies with this instruction, if any: the value stack's `a` or `b`
    /// when the stack's is its one reference. The result may take its
    /// object (a new reference for the stack, whose old one `replace_top`
    /// drops): nothing else can reach it.
    #[inline(always)]
    fn dying_operand(a: ObjRef, b: ObjRef, vt: &'static TypeVTable) -> Option<ObjRef> {
        if !C::REFCOUNTED {
            return None;
        }
        [a, b]
            .into_iter()
            .find(|o| std::ptr::eq(o.vtable(), vt) && o.refcnt() == 1)
    }

    /// The int `v`, the result of an operation on the value stack's `a`
    /// and `b` (see `small_int_binop`): in a dying operand when it is no
    /// small int.
    #[inline(always)]
    fn int_result(&mut self, a: ObjRef, b: ObjRef, v: i64) -> PyResult<ObjRef> {
        if !(-5..=256).contains(&v) {
            if let Some(o) = Self::dying_operand(a, b, &crate::types::scalar::INT_VT) {
                // SAFETY: `o` is an exact machine int only the value stack
                // holds (`dying_operand`), and `v` is no small int.
                unsafe { crate::types::scalar::overwrite_int(o, v) };
                return Ok(self.incref(o));
            }
        }
        self.new_int_i64(v)
    }

    fn small_binop(&mut self, a: i64, b: i64, op: BinOp) -> PyResult<Option<ObjRef>> {
        let r = match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor => {
                small_int_result(a, b, op)
            }
            BinOp::FloorDiv => int_ops::floordiv_i64(a, b),
            BinOp::Mod => int_ops::modulo_i64(a, b),
            BinOp::LShift => int_ops::lshift_i64(a, b),
            BinOp::RShift => int_ops::rshift_i64(a, b),
            BinOp::Pow if b >= 0 => int_ops::pow_i64(a, b),
            BinOp::TrueDiv => {
                return match int_ops::int_true_div_i64(a, b) {
                    Some(v) => self.new_float(v).map(Some),
                    None => Ok(None),
                }
            }
            _ => None,
        };
        match r {
            Some(v) => self.new_int_i64(v).map(Some),
            None => Ok(None),
        }
    }

    /// `-x`, `+x`, `~x`, `abs(x)` on numbers; `None` for non-numbers.
    pub(crate) fn num_unary(&mut self, o: ObjRef, op: char) -> PyResult<Option<ObjRef>> {
        self.num_unary_as(o, op, o.tag())
    }

    /// `num_unary` with the operand's layout given (see `num_as`).
    pub(crate) fn num_unary_as(
        &mut self,
        o: ObjRef,
        op: char,
        tag: Tag,
    ) -> PyResult<Option<ObjRef>> {
        if tag == Tag::Complex {
            return self.complex_unary(o, op);
        }
        let Some(n) = num_as(o, tag) else {
            return Ok(None);
        };
        let r = match (n, op) {
            (Num::Float(f), '-') => self.new_float(-f),
            (Num::Float(f), '+') => self.new_float(f),
            (Num::Float(f), 'a') => self.new_float(f.abs()),
            (Num::Float(_), _) => return Ok(None),
            (Num::Int(Int::Small(v)), _) if v != i64::MIN => match op {
                '-' => self.new_int_i64(-v),
                '+' => self.new_int_i64(v),
                'a' => self.new_int_i64(v.abs()),
                _ => self.new_int_i64(!v),
            },
            (Num::Int(i), _) => {
                let b = i.to_big();
                self.new_bigint(match op {
                    '-' => -b,
                    '+' => b,
                    'a' => b.abs(),
                    _ => -b - 1,
                })
            }
        };
        r.map(Some)
    }
}

/// `scalar_compare` of two exact strs (out of line: the int and float
/// cases stay small enough to inline).
#[inline(never)]
fn str_compare(a: ObjRef, b: ObjRef, op: CmpOp) -> Option<bool> {
    if a == b {
        return Some(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge));
    }
    let (x, y) = (&*a.get::<StrObject>()?.s, &*b.get::<StrObject>()?.s);
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        _ => crate::protocol::compare::ord_matches(Some(x.cmp(y)), op),
    })
}

/// Numeric equality and ordering without allocation, the operands' layouts
/// given (see `num_as`); `None` when either is not a number. Int/float
/// comparison is exact, as in CPython.
pub(crate) fn num_cmp_as(
    a: ObjRef,
    b: ObjRef,
    (ta, tb): (Tag, Tag),
) -> Option<Option<std::cmp::Ordering>> {
    let (x, y) = (num_as(a, ta)?, num_as(b, tb)?);
    Some(match (x, y) {
        (Num::Int(Int::Small(p)), Num::Int(Int::Small(q))) => Some(p.cmp(&q)),
        (Num::Int(p), Num::Int(q)) => Some(p.as_big().cmp(&q.as_big())),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
        (Num::Int(p), Num::Float(q)) => int_float_cmp(p, q),
        (Num::Float(p), Num::Int(q)) => int_float_cmp(q, p).map(|o| o.reverse()),
    })
}

impl<C: Collector> Vm<C> {
    /// `int(x)` for a number: truncation for floats.
    pub(crate) fn num_to_int(&mut self, o: ObjRef) -> PyResult<Option<ObjRef>> {
        match num_of(o) {
            Some(Num::Int(i)) => self.new_int(i).map(Some),
            Some(Num::Float(f)) => match float_ops::float_to_bigint(f) {
                Ok(b) => self.new_bigint(b).map(Some),
                Err(e) => Err(self.float_error(e)),
            },
            None => Ok(None),
        }
    }

    /// CPython 3.11's limit on int -> decimal str conversion
    /// (`sys.set_int_max_str_digits`); `v` is about to be written in base 10.
    pub(crate) fn check_int_to_str(&mut self, v: &BigInt) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit == 0 || (v.bits() as f64) * std::f64::consts::LOG10_2 < limit as f64 {
            return Ok(());
        }
        let over = (v.bits() as f64) * std::f64::consts::LOG10_2 > limit as f64 + 2.0
            || v.magnitude().to_string().len() > limit;
        if over {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(())
    }

    /// The same limit for str -> int in a base that is not a power of two.
    pub(crate) fn check_str_to_int(&mut self, s: &str, base: u32) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit == 0 || base.is_power_of_two() {
            return Ok(());
        }
        let digits = s.chars().filter(|c| c.is_alphanumeric()).count();
        if digits > limit {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(())
    }

    /// An index value (int or bool) as i64, for subscripts and counts.
    pub(crate) fn index_i64(&mut self, o: ObjRef) -> PyResult<Option<i64>> {
        self.index_i64_or(o, "IndexError")
    }

    /// `index_i64` with the class of the error for an int too large
    /// (CPython's `PyNumber_AsSsize_t(o, exc)`: IndexError for subscripts,
    /// OverflowError for repeat counts and lengths); `""` clamps such an
    /// int to `i64::MIN`/`i64::MAX` instead (for a caller that only
    /// checks a range, as `PyLong_AsLongAndOverflow`'s callers do).
    pub(crate) fn index_i64_or(&mut self, o: ObjRef, too_big: &str) -> PyResult<Option<i64>> {
        match int_of(o) {
            Some(Int::Small(v)) => Ok(Some(v)),
            Some(Int::Big(b)) => match b.to_i64() {
                Some(v) => Ok(Some(v)),
                None if too_big.is_empty() => {
                    Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }))
                }
                None => {
                    let tn = self.type_name(o);
                    Err(self.new_error(
                        too_big,
                        format!("cannot fit '{tn}' into an index-sized integer"),
                    ))
                }
            },
            None if crate::protocol::ops::is_user(o) => {
                match self.try_dunder(o, "__index__", &[])? {
                    Some(r) => {
                        let v = match int_of(r) {
                            // A strict subclass of int (a bool) is taken,
                            // with CPython's DeprecationWarning.
                            Some(_) if r.tag() != Tag::Int => {
                                let tn = self.type_name(r);
                                let msg = format!(
                                    "__index__ returned non-int (type {tn}).  The ability to \
                                     return an instance of a strict subclass of int is \
                                     deprecated, and may be removed in a future version of \
                                     Python."
                                );
                                self.with_roots(&[r], |vm| vm.warn("DeprecationWarning", &msg))
                                    .and_then(|()| self.index_i64_or(r, too_big))
                            }
                            // (Too large: the message names the object's
                            // own class, as `PyNumber_AsSsize_t` does.)
                            Some(Int::Big(b)) if b.to_i64().is_none() && !too_big.is_empty() => {
                                let tn = self.type_name(o);
                                Err(self.new_error(
                                    too_big,
                                    format!("cannot fit '{tn}' into an index-sized integer"),
                                ))
                            }
                            Some(_) => self.index_i64_or(r, too_big),
                            None => {
                                let tn = self.type_name(r);
                                Err(self
                                    .type_error(format!("__index__ returned non-int (type {tn})")))
                            }
                        };
                        self.decref(r);
                        v
                    }
                    None => Ok(None),
                }
            }
            None => Ok(None),
        }
    }
}

/// Exact comparison of an int with a float (CPython's float_richcompare).
pub(crate) fn int_float_cmp(i: Int<'_>, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 {
        fi
    } else {
        num_bigint::BigInt::from_signed_bytes_le(&[0]) + float_big(fl)
    };
    let ib = i.to_big();
    match ib.cmp(&fi) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}

fn float_big(f: f64) -> BigInt {
    float_ops::float_to_bigint(f).unwrap_or_else(|_| BigInt::zero())
}
